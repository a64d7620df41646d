// Every text of the site's pages in nb and en, keyed by the data-t
// attribute of the element it fills (www/site.js). The element texts come
// from the package's own catalogue (nb, nn, en), not from here.
export const TEXTS = {
  // Reference (referanse.html)
  'ref.title': { nb: 'Referanse – lis1kit', en: 'Reference – lis1kit' },
  'ref.h1': { nb: 'Referanse for utviklere', en: 'Reference for developers' },
  'ref.intro': {
    nb: 'Elementene og JavaScript-API-et til pakken lis1kit. Elementdelen er generert fra pakkens custom-elements.json, som igjen er generert fra elementenes egen tabell i Rust-koden.',
    en: 'The elements and the JavaScript API of the lis1kit package. The elements part is generated from the package’s custom-elements.json, itself generated from the elements’ own table in the Rust code.',
  },
  'ref.toc': { nb: 'Innhold', en: 'Contents' },
  'ref.elements': { nb: 'Elementene', en: 'The elements' },
  'ref.elements-intro': {
    nb: 'Attributter, egenskaper, hendelser, CSS-deler (::part) og CSS-egenskaper for hvert element. Beskrivelsene er på engelsk, som i manifestet.',
    en: 'Attributes, properties, events, CSS parts (::part) and CSS custom properties of each element. The descriptions are in English, as in the manifest.',
  },
  'ref.loading': { nb: 'Laster custom-elements.json …', en: 'Loading custom-elements.json …' },
  'ref.load-failed': { nb: 'Kunne ikke laste custom-elements.json', en: 'Could not load custom-elements.json' },
  'ref.api': { nb: 'JavaScript-API', en: 'JavaScript API' },
  'ref.api-intro': {
    nb: 'Importer fra pakken (import … from \'lis1kit\'). Hvert eksempel under kjøres i denne nettleseren når du trykker «Kjør»; koden som vises er nøyaktig koden som kjøres.',
    en: 'Import from the package (import … from \'lis1kit\'). Each example below runs in this browser when you press “Run”; the code shown is exactly the code that runs.',
  },
  'ref.attributes': { nb: 'Attributter', en: 'Attributes' },
  'ref.properties': { nb: 'Egenskaper og metoder', en: 'Properties and methods' },
  'ref.events': { nb: 'Hendelser', en: 'Events' },
  'ref.parts': { nb: 'CSS-deler (::part)', en: 'CSS parts (::part)' },
  'ref.css-properties': { nb: 'CSS-egenskaper (custom properties)', en: 'CSS custom properties' },
  'ref.slots': { nb: 'Spor (slots)', en: 'Slots' },
  'ref.default-slot': { nb: '(standardspor)', en: '(default slot)' },
  'ref.none': { nb: 'Ingen.', en: 'None.' },
  'ref.name': { nb: 'Navn', en: 'Name' },
  'ref.type': { nb: 'Type', en: 'Type' },
  'ref.description': { nb: 'Beskrivelse', en: 'Description' },
  'ref.run': { nb: 'Kjør', en: 'Run' },
  'ref.running': { nb: 'Kjører …', en: 'Running …' },
  'ref.output': { nb: 'Resultat', en: 'Output' },
  'ex.version': { nb: 'version(): pakkens versjon', en: 'version(): the package version' },
  'ex.rule-sets': { nb: 'ruleSets(): de daterte fraværsreglene', en: 'ruleSets(): the dated absence rules' },
  'ex.remaining-service': { nb: 'remainingService(): gjenstående tjeneste (regneeksempel 1)', en: 'remainingService(): remaining service (worked example 1)' },
  'ex.check-absence': { nb: 'checkAbsence(): fravær mot grensen', en: 'checkAbsence(): absence against the allowance' },
  'ex.check-eligibility': { nb: 'checkEligibility(): bundne stillinger', en: 'checkEligibility(): bound positions' },
  'ex.estimate-cost': { nb: 'estimateCost(): kostnader per budsjettår', en: 'estimateCost(): costs per budget year' },
  'ex.validate': { nb: 'validate(): alle feil, uten unntak', en: 'validate(): every issue, never throws' },
  'ex.schema': { nb: 'schema(): JSON Schema for en input', en: 'schema(): JSON Schema of an input' },
  'ex.form-spec': { nb: 'formSpec(): feltene til et eget skjema', en: 'formSpec(): the fields for your own form' },
  'ex.messages': { nb: 'messages(): meldingskatalogen (nb, nn, en)', en: 'messages(): the message catalogue (nb, nn, en)' },
  'ex.lis1-error': { nb: 'Lis1Error: ugyldig input kaster med alle feil', en: 'Lis1Error: invalid input throws with every issue' },
};

Object.assign(TEXTS, {
  // Applicant self-check (selvsjekk.html)
  'check.title': { nb: 'Selvsjekk for LIS1 – lis1kit', en: 'LIS1 self-check – lis1kit' },
  'check.h1': { nb: 'Selvsjekk for LIS1', en: 'LIS1 self-check' },
  'check.intro': {
    nb: 'Regn ut gjenstående tjeneste, fravær, om du kan søke en bunden stilling, og hva en stilling koster. Alt regnes ut i nettleseren din; ingenting sendes eller lagres med mindre du selv lagrer en fil.',
    en: 'Work out your remaining service, your absence, whether you can apply for a bound position, and what a position costs. Everything is computed in your browser; nothing is sent or stored unless you save a file yourself.',
  },
  'check.keep': { nb: 'Ta vare på det du har fylt ut', en: 'Keep what you have filled in' },
  'check.keep-help': {
    nb: '«Lagre» laster ned en JSON-fil med alt du har fylt ut i de fire skjemaene. Med «Åpne» fyller du skjemaene fra en slik fil igjen.',
    en: '“Save” downloads a JSON file with everything you have filled in on the four forms. “Open” fills the forms from such a file again.',
  },
  'check.save': { nb: 'Lagre det jeg har fylt ut', en: 'Save my inputs' },
  'check.open': { nb: 'Åpne lagret fil', en: 'Open saved inputs' },
  'check.print': { nb: 'Skriv ut sammendrag', en: 'Print summary' },
  'check.service': { nb: 'Gjenstående tjeneste', en: 'Remaining service' },
  'check.absence': { nb: 'Fravær', en: 'Absence' },
  'check.eligibility': { nb: 'Kan jeg søke en bunden stilling?', en: 'Can I apply for a bound position?' },
  'check.cost': { nb: 'Hva koster en LIS1-stilling?', en: 'What does a LIS1 position cost?' },
  'check.loading': { nb: 'Laster …', en: 'Loading …' },
  'check.saved': { nb: 'Filen lis1-selvsjekk.json er lastet ned.', en: 'The file lis1-selvsjekk.json has been downloaded.' },
  'check.opened': { nb: 'skjemaene er fylt ut fra filen.', en: 'the forms are filled in from the file.' },
  'check.error-json': { nb: 'filen er ikke gyldig JSON.', en: 'the file is not valid JSON.' },
  'check.error-format': { nb: 'filen er ikke en lagret selvsjekk fra denne siden.', en: 'the file is not a self-check saved from this page.' },
  'check.error-field': { nb: 'filen har et ukjent eller ugyldig skjema:', en: 'the file has an unknown or invalid form:' },
  'check.nothing-changed': { nb: 'Ingenting er endret.', en: 'Nothing was changed.' },
});

Object.assign(TEXTS, {
  // Embed configurator (konfigurator.html)
  'conf.title': { nb: 'Konfigurator for innbygging – lis1kit', en: 'Embed configurator – lis1kit' },
  'conf.h1': { nb: 'Bygg inn en kalkulator', en: 'Embed a calculator' },
  'conf.intro': {
    nb: 'Velg element, forhåndsutfylling, språk og farger. Du ser resultatet med en gang, og får en kodebit å lime inn på din egen side: med fast versjon, integritetssjekk (SRI) og linjene sidens Content-Security-Policy trenger.',
    en: 'Choose the element, presets, language and colours. You see the result at once and get a snippet to paste into your own page: with a pinned version, an integrity check (SRI) and the lines your page’s Content-Security-Policy needs.',
  },
  'conf.choose': { nb: 'Element og språk', en: 'Element and language' },
  'conf.element': { nb: 'Element', en: 'Element' },
  'conf.lang': { nb: 'Språk', en: 'Language' },
  'conf.presets': { nb: 'Forhåndsutfylling (attributter)', en: 'Presets (attributes)' },
  'conf.theme': { nb: 'Farger og form (CSS-egenskaper)', en: 'Colours and shape (CSS custom properties)' },
  'conf.theme-help': { nb: 'Tomt felt betyr standardverdien. Eksempel: #8a1538 for aksentfargen.', en: 'An empty field means the default. Example: #8a1538 for the accent colour.' },
  'conf.preview': { nb: 'Forhåndsvisning', en: 'Preview' },
  'conf.snippet': { nb: 'Kodebit', en: 'Snippet' },
  'conf.snippet-help': { nb: 'Lim dette inn der kalkulatoren skal stå på siden din.', en: 'Paste this where the calculator should appear on your page.' },
  'conf.css': { nb: 'Farger i sidens stilark', en: 'Colours in your page’s stylesheet' },
  'conf.csp': { nb: 'Content-Security-Policy på siden din', en: 'Content-Security-Policy of your page' },
  'conf.csp-help': {
    nb: 'Har siden en Content-Security-Policy, må disse kildene være med (slå dem sammen med dine egne direktiver). Elementene bruker ingen innebygde stiler eller skript.',
    en: 'If your page has a Content-Security-Policy, it needs these sources (merge them with your own directives). The elements use no inline styles or scripts.',
  },
  'conf.copy': { nb: 'Kopier', en: 'Copy' },
  'conf.copied': { nb: 'Kopiert.', en: 'Copied.' },
  'conf.copy-failed': { nb: 'Kunne ikke kopiere; merk teksten og kopier den selv.', en: 'Could not copy; select the text and copy it yourself.' },
  'conf.fallback': { nb: 'Kalkulatoren lastes …', en: 'The calculator is loading …' },
  'conf.no-theme': { nb: '/* Ingen farger valgt: standardutseendet brukes. */', en: '/* No colours chosen: the default look is used. */' },
});

Object.assign(TEXTS, {
  // Home (index.html)
  'index.title': { nb: 'lis1kit – LIS1-kalkulatorer for nettsider', en: 'lis1kit – LIS1 calculators for web pages' },
  'index.intro': {
    nb: 'Beregninger for LIS1 (del 1 av spesialistutdanningen) som kjører i nettleseren. Ingen data forlater siden.',
    en: 'Calculations for LIS1 (part 1 of the Norwegian medical specialist training) that run in the browser. No data leaves the page.',
  },
  'index.pages': { nb: 'Sidene', en: 'The pages' },
  'index.link.check': { nb: 'Selvsjekk for søkere: alle fire beregningene, lagre og åpne det du har fylt ut, skriv ut', en: 'Applicant self-check: all four calculations, save and open your inputs, print' },
  'index.link.hr': { nb: 'HR-intranett: gjenstående tjeneste og fravær', en: 'HR intranet: remaining service and absence' },
  'index.link.job': { nb: 'Stillingsannonse: bunden LIS1 i allmennmedisin med sjekk av hvem som kan søke', en: 'Job posting: a bound LIS1 in general practice, with a check of who can apply' },
  'index.link.budget': { nb: 'Budsjett: kostnader per stilling, betaler og år', en: 'Budget: costs per position, payer and year' },
  'index.link.conf': { nb: 'Konfigurator: velg element, forhåndsutfylling, språk og farger, og få en kodebit å lime inn', en: 'Configurator: choose element, presets, language and colours, and get a snippet to paste' },
  'index.link.ref': { nb: 'Referanse for utviklere: elementene og JavaScript-API-et, med eksempler som kan kjøres', en: 'Reference for developers: the elements and the JavaScript API, with runnable examples' },
  'index.link.rules': { nb: 'Regler: alle regel-id-er med status og kilde', en: 'Rules: every rule id with its status and source' },
  'index.rules': { nb: 'Fraværsregler', en: 'Absence rules' },
  'index.rules-intro': { nb: 'Elementet viser de daterte fraværsreglene (A-1 til A-4) på sidens språk:', en: 'The element shows the dated absence rules (A-1 to A-4) in the page’s language:' },
  'index.rules-loading': { nb: 'Laster fraværsreglene …', en: 'Loading the absence rules …' },
  'index.embed': { nb: 'Slik bygger du det inn', en: 'How to embed it' },
  // HR intranet (hr.html)
  'hr.title': { nb: 'Eksempel: HR-intranett – LIS1-tjeneste og fravær', en: 'Example: HR intranet – LIS1 service and absence' },
  'hr.h1': { nb: 'HR-intranett: LIS1-tjeneste', en: 'HR intranet: LIS1 service' },
  'hr.intro': { nb: 'Et eksempel på en intern side hos en arbeidsgiver. Beregningene skjer i nettleseren; ingenting sendes.', en: 'An example of an employer’s internal page. The calculations run in the browser; nothing is sent.' },
  'hr.loading-remaining': { nb: 'Laster kalkulatoren for gjenstående tjeneste …', en: 'Loading the remaining service calculator …' },
  'hr.loading-absence': { nb: 'Laster fraværskontrollen …', en: 'Loading the absence check …' },
  // Job posting (stilling.html)
  'job.title': { nb: 'Eksempel: stillingsannonse – bunden LIS1 i allmennmedisin, Bodø kommune', en: 'Example: job posting – bound LIS1 in general practice, Bodø kommune' },
  'job.kicker': { nb: 'Eksempel på stillingsannonse', en: 'Example of a job posting' },
  'job.h1': { nb: 'LIS1 med videre løp i allmennmedisin – Bodø kommune', en: 'LIS1 leading on to general practice – Bodø kommune' },
  'job.text': {
    nb: 'Bodø kommune lyser ut en bunden LIS1-stilling med oppstart 1. september 2026: 12 måneder i sykehus, 6 måneder i kommunen, deretter ALIS i fastlønnet stilling hos oss. Stillingene er kombinert, og søkerne vurderes etter kvalifikasjonsprinsippet.',
    en: 'Bodø kommune advertises a bound LIS1 position starting 1 September 2026: 12 months in hospital, 6 months in the municipality, then ALIS (general practice training) in a salaried position with us. The positions are combined, and applicants are assessed on their qualifications.',
  },
  'job.check': { nb: 'Sjekk om du kan søke', en: 'Check whether you can apply' },
  'job.check-intro': { nb: 'Svar på spørsmålene under. Beregningen skjer i nettleseren din, og ingenting sendes til oss.', en: 'Answer the questions below. The check runs in your browser, and nothing is sent to us.' },
  'job.loading': { nb: 'Laster sjekken for bundne LIS1-stillinger …', en: 'Loading the check for bound LIS1 positions …' },
  // Budget (budsjett.html)
  'budget.title': { nb: 'Eksempel: budsjett – kostnader for LIS1-stillinger', en: 'Example: budget – costs of LIS1 positions' },
  'budget.h1': { nb: 'Budsjett: hva koster LIS1-stillinger?', en: 'Budget: what do LIS1 positions cost?' },
  'budget.intro': { nb: 'Kostnad per stilling, per betaler og per budsjettår, fra en datert parametertabell med kilder.', en: 'Cost per position, per payer and per budget year, from a dated parameter table with sources.' },
  'budget.loading': { nb: 'Laster kostnadsberegningen …', en: 'Loading the cost estimate …' },
  // Rules (regler.html)
  'rules.title': { nb: 'Regler – lis1kit', en: 'Rules – lis1kit' },
  'rules.h1': { nb: 'Regler', en: 'Rules' },
  'rules.intro': {
    nb: 'Alle regel-id-er som beregningene viser til, med status og kilde. Listen tegnes fra kodens egen regeltabell, så den kan ikke avvike fra det beregningene bruker.',
    en: 'Every rule id the calculations cite, with its status and source. The list is drawn from the code’s own rule table, so it cannot differ from what the calculations use.',
  },
  'rules.loading': { nb: 'Laster reglene …', en: 'Loading the rules …' },
});
