//! Texts of the element chrome (nb, nn, en): presets, issues, the result
//! panel's headings, checklist marks, the timeline's legend frame, the rules
//! table and the printed summary. Form labels and every result's words come
//! from the calculation crates (`<crate>::form`, `<crate>::view`).
//! Outside the feature-gated `elements` module: the headless build publishes
//! them with `messages()` as well.

lis1_core::texts! {
    PRESETS "ui.presets" None, "Start fra et eksempel:", "Start frå eit døme:", "Start from an example:";
    FORM_ERRORS "ui.form-errors" None, "Rett opp dette før beregningen:", "Rett opp dette før utrekninga:", "Please correct this first:";
    RESULT_HEADING "ui.result.heading" None, "Resultat", "Resultat", "Result";
    WARNINGS "ui.result.warnings" None, "Merknader", "Merknader", "Notes";
    ASSUMPTIONS "ui.result.assumptions" None, "Forutsetninger (uavklarte regler)", "Føresetnader (uavklara reglar)", "Assumptions (unsettled rules)";
    YES "ui.yes" None, "ja", "ja", "yes";
    NO "ui.no" None, "nei", "nei", "no";
    TIMELINE_LEGEND "ui.timeline.legend" None, "Forklaring til tidslinjen", "Forklaring til tidslinja", "Timeline legend";
    LEGEND_TODAY "ui.legend.today" None, "I dag ({date})", "I dag ({date})", "Today ({date})";
    TIMELINE_TODAY "ui.timeline.today" None, "I dag er {date}.", "I dag er {date}.", "Today is {date}.";
    RULE_ID "ui.rules.id" None, "Regel", "Regel", "Rule";
    RULE_STATUS "ui.rules.status" None, "Status", "Status", "Status";
    RULE_SUMMARY "ui.rules.summary" None, "Innhold", "Innhald", "Summary";
    RULE_SOURCE "ui.rules.source" None, "Kilde", "Kjelde", "Source";
    STATUS_LAW "ui.rules.status.law" None, "lov/forskrift", "lov/forskrift", "law";
    STATUS_PRACTICE "ui.rules.status.practice" None, "praksis", "praksis", "practice";
    STATUS_PROPOSAL "ui.rules.status.proposal" None, "forslag (av som standard)", "framlegg (av som standard)", "proposal (off by default)";
    STATUS_OPEN "ui.rules.status.open" None, "uavklart (valg med standard)", "uavklara (val med standard)", "open (option with default)";
    STATUS_REJECTED "ui.rules.status.rejected" None, "forkastet (brukes ikke)", "forkasta (blir ikkje brukt)", "rejected (not applied)";
    STATUS_MODEL "ui.rules.status.model" None, "modell (IS-3030)", "modell (IS-3030)", "model (IS-3030)";
    STATUS_PLANNING "ui.rules.status.planning" None, "beregning", "utrekning", "calculation";
    STATUS_PARAMETER "ui.rules.status.parameter" None, "datert parameter", "datert parameter", "dated parameter";
    REQUIRED_FIELD "ui.required" None, "«{field}» må fylles ut.", "«{field}» må fyllast ut.", "“{field}” is required.";
    EMPTY_CHOICE "ui.empty-choice" None, "– velg –", "– vel –", "– choose –";
    ADVANCED "ui.advanced" None, "Avanserte valg (kan stå som de er)", "Avanserte val (kan stå som dei er)", "Advanced options (can be left as they are)";
    MET "ui.met" None, "Oppfylt", "Oppfylt", "Met";
    NOT_MET "ui.not-met" None, "Ikke oppfylt", "Ikkje oppfylt", "Not met";
    INFO "ui.info" None, "Til informasjon", "Til informasjon", "For information";
    CHART_BAR "ui.chart.bar" None, "{label}: {amount} kr", "{label}: {amount} kr", "{label}: NOK {amount}";
    PRINT_INPUTS "ui.print.inputs" None, "Dette ble regnet ut", "Dette vart rekna ut", "What was calculated";
    PRINT_CALCULATED "ui.print.calculated" None, "Regnet ut {date} med lis1kit {version}, etter reglene slik de var {rules}.", "Rekna ut {date} med lis1kit {version}, etter reglane slik dei var {rules}.", "Calculated on {date} with lis1kit {version}, under the rules as of {rules}.";
    FLAG_NOT_YES_NO "ui.attribute.not-yes-no" None, "Innstillingen {attribute}=\"{value}\" er verken ja eller nei og er ikke brukt. Skriv ja eller nei (eller true/false, 1/0).", "Innstillinga {attribute}=\"{value}\" er korkje ja eller nei og er ikkje brukt. Skriv ja eller nei (eller true/false, 1/0).", "The setting {attribute}=\"{value}\" is neither yes nor no and is not used. Write yes or no (or true/false, 1/0).";
    VOICE_UNKNOWN "ui.attribute.voice-unknown" None, "Innstillingen voice=\"{value}\" er ukjent og er ikke brukt: svarene snakker til «du». Skriv you eller doctor.", "Innstillinga voice=\"{value}\" er ukjend og er ikkje brukt: svara snakkar til «du». Skriv you eller doctor.", "The setting voice=\"{value}\" is unknown and is not used: the answers speak to the doctor as \"du\" (you). Write you or doctor.";
    FOLDED "ui.result.folded" None, "Forutsetninger som ikke endrer dette svaret ({count})", "Føresetnader som ikkje endrar dette svaret ({count})", "Assumptions that do not change this answer ({count})";
    FOLLOW_WAITING "ui.follow.waiting" None, "Svaret kommer her når du har regnet ut skjemaet over.", "Svaret kjem her når du har rekna ut skjemaet over.", "The answer appears here once you have calculated the form above.";
}
