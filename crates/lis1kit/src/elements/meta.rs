//! What each custom element offers a page — tag, attributes, properties,
//! events, CSS parts and CSS custom properties — in one table.
//!
//! The elements read it: `defineElements` observes the attributes marked
//! `observed`, a form element's preset attributes (with the JSON pointer
//! each fills) are the `presets` of its `FormKind`, events are dispatched
//! by the names here, and the stylesheets are the `css` here (a test checks
//! that every `var(--lis1-…)` they use is listed). `tests/custom_elements.rs`
//! writes `custom-elements.json` (Custom Elements Manifest 2.x) from it, and
//! the e2e tests check the defined elements and the parts they draw against
//! that file, so the published reference cannot drift from the elements.
//!
//! Descriptions are developer documentation, in English, written with
//! `dev_doc!("…")`: kept in native builds (the manifest test), empty in the wasm,
//! which never shows them (saves ~3 KB gzipped).

/// A description: the text natively, `""` in the wasm.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! dev_doc {
    ($text:literal) => {
        $text
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! dev_doc {
    ($text:literal) => {
        ""
    };
}
pub(crate) use dev_doc;

/// An attribute the element reads.
#[derive(Debug)]
pub struct Attribute {
    pub name: &'static str,
    /// TypeScript-style type text for the manifest.
    pub type_text: &'static str,
    pub description: &'static str,
    /// Re-rendered when it changes (`observedAttributes`).
    pub observed: bool,
    /// For a preset attribute: the JSON pointer of the input it fills.
    pub pointer: Option<&'static str>,
}

/// A property or method on the element.
#[derive(Debug)]
pub struct Member {
    pub name: &'static str,
    /// Type text; `{input}` / `{result}` stand for the element's types.
    pub type_text: &'static str,
    pub description: &'static str,
    pub readonly: bool,
    pub method: bool,
}

/// An event the element dispatches (bubbling, composed).
#[derive(Debug)]
pub struct Event {
    pub name: &'static str,
    /// Type of the event; `{result}` stands for the element's result type.
    pub type_text: &'static str,
    pub description: &'static str,
}

/// A `part` for `::part()` styling, or a CSS custom property.
#[derive(Debug)]
pub struct Named {
    pub name: &'static str,
    pub description: &'static str,
}

/// One custom element.
#[derive(Debug)]
pub struct ElementMeta {
    pub tag: &'static str,
    /// Class name in the manifest (the classes are anonymous in JS).
    pub class_name: &'static str,
    pub description: &'static str,
    /// Input and result types (`types.d.ts` names) of a form element.
    pub types: Option<(&'static str, &'static str)>,
    pub attributes: &'static [&'static [Attribute]],
    pub members: &'static [Member],
    pub events: &'static [Event],
    pub parts: &'static [&'static [Named]],
    pub css_properties: &'static [Named],
    /// The element's stylesheet (adopted into its shadow root).
    pub css: &'static str,
}

impl ElementMeta {
    /// Every attribute, in table order.
    pub fn attributes(&self) -> impl Iterator<Item = &'static Attribute> {
        self.attributes.iter().flat_map(|group| group.iter())
    }

    /// The attributes that trigger a re-render.
    pub fn observed(&self) -> impl Iterator<Item = &'static str> {
        self.attributes().filter(|a| a.observed).map(|a| a.name)
    }

    /// Every CSS part.
    pub fn parts(&self) -> impl Iterator<Item = &'static Named> {
        self.parts.iter().flat_map(|group| group.iter())
    }
}

const fn attr(name: &'static str, type_text: &'static str, description: &'static str) -> Attribute {
    Attribute { name, type_text, description, observed: true, pointer: None }
}

/// A preset attribute: fills the input at `pointer` when the element first
/// draws and whenever the attribute changes.
pub const fn preset(name: &'static str, pointer: &'static str, description: &'static str) -> Attribute {
    Attribute { name, type_text: "string", description, observed: true, pointer: Some(pointer) }
}

/// A preset flag: its value read by [`yes_no`] sets the checkbox at
/// `pointer`; absent leaves it as the visitor sets it; any other value is
/// refused (shown in the element and on the console), never read as yes.
pub const fn preset_flag(name: &'static str, pointer: &'static str, description: &'static str) -> Attribute {
    Attribute { name, type_text: "boolean", description, observed: true, pointer: Some(pointer) }
}

/// A flag attribute's value as yes or no: `true`/`false`, `ja`/`nei`,
/// `yes`/`no`, `1`/`0` in any case, around spaces; an empty value (the bare
/// attribute, `<… registered>`) is yes, as for HTML's boolean attributes.
/// Anything else is `None`: a job posting must never say yes by accident
/// (`registered="nei"` was once read as yes).
pub fn yes_no(text: &str) -> Option<bool> {
    match text.trim().to_ascii_lowercase().as_str() {
        "" | "true" | "ja" | "yes" | "1" => Some(true),
        "false" | "nei" | "no" | "0" => Some(false),
        _ => None,
    }
}

pub(super) const fn part(name: &'static str, description: &'static str) -> Named {
    Named { name, description }
}

pub const LANG: Attribute = attr(
    "lang",
    "'nb' | 'nn' | 'en'",
    dev_doc!("Language of the element; without it the nearest ancestor's `lang`, else nb. Changing it re-draws in that language and keeps what is typed."),
);

/// Attributes of every form element.
pub const FORM_ATTRIBUTES: &[Attribute] = &[
    LANG,
    attr(
        "preset",
        "string",
        dev_doc!("Id of one of the form's presets (`formSpec(kind).presets`, e.g. `example-1`): the form starts filled with it."),
    ),
    Attribute {
        name: "rules-href",
        type_text: "string",
        description: dev_doc!("URL of a page with <lis1-rules> (e.g. `regler.html`): each rule id in a result links to its row there (`<url>#A-O1`). Without it a rule id shows the rule's summary as its title. Only URLs on the page's own site are used (relative, or http(s) of the same origin); another host, `javascript:` or `data:` is ignored."),
        observed: true,
        pointer: None,
    },
    Attribute {
        name: "for",
        type_text: "string",
        description: dev_doc!("Id of another lis1 form element (one without `for` itself) in the same document or shadow root, placed before this one, whose form this element answers too. With the same input (`<lis1-absence-check for=\"remaining\">` of a `<lis1-remaining-service id=\"remaining\">`) it shows no form of its own: its answer follows each calculation of that form, and `input` and `calculate()` act on that form. An element that takes values from a form of another calculation says so in its own description."),
        observed: true,
        pointer: None,
    },
    Attribute {
        name: "name",
        type_text: "string",
        description: dev_doc!("Form association: with a name, the result (JSON text) is submitted with the surrounding <form> under this name."),
        observed: false,
        pointer: None,
    },
];

/// `lis1-result`.
pub const RESULT: Event = Event {
    name: "lis1-result",
    type_text: "CustomEvent<{result}>",
    description: dev_doc!("A calculation succeeded; `detail` is the result, exactly as the JS API returns it."),
};
/// `lis1-invalid`.
pub const INVALID: Event = Event {
    name: "lis1-invalid",
    type_text: "CustomEvent<{ issues: Issue[] }>",
    description: dev_doc!("The input has issues; `detail.issues` lists them ({ code, path, rule?, message }), each also shown next to its field."),
};

const fn field(name: &'static str, type_text: &'static str, readonly: bool, description: &'static str) -> Member {
    Member { name, type_text, description, readonly, method: false }
}

/// Properties and methods of every form element (js/define-element.js).
pub const FORM_MEMBERS: &[Member] = &[
    field(
        "input",
        "{input}",
        false,
        dev_doc!("The input as currently filled in (a plain object; reading gives what is typed). Setting it fills the form with a full input; values the form has no field for are ignored."),
    ),
    field("value", "string | null", true, dev_doc!("The last result as JSON text, or null (also the submitted form value).")),
    field("form", "HTMLFormElement | null", true, dev_doc!("The surrounding form (form-associated element).")),
    field("name", "string | null", true, dev_doc!("The `name` attribute.")),
    field("validity", "ValidityState", true, dev_doc!("Invalid (customError) while the last calculation had issues.")),
    field("validationMessage", "string", true, dev_doc!("The first issue's message, or empty.")),
    Member { name: "calculate", type_text: "() => boolean", description: dev_doc!("Calculates as the form's button does, without moving focus (e.g. after setting `input` from a saved file); true when a result is shown."), readonly: true, method: true },
    Member { name: "checkValidity", type_text: "() => boolean", description: dev_doc!("As for form controls."), readonly: true, method: true },
    Member { name: "reportValidity", type_text: "() => boolean", description: dev_doc!("As for form controls."), readonly: true, method: true },
];

pub const FORM_EVENTS: &[Event] = &[RESULT, INVALID];

/// Parts of the generic form (elements/form.rs).
pub const FORM_PARTS: &[Named] = &[
    part("form", dev_doc!("The <form>.")),
    part("title", dev_doc!("The form's heading.")),
    part("presets", dev_doc!("The row of preset buttons.")),
    part("preset", dev_doc!("One preset button.")),
    part("section", dev_doc!("A fieldset of the form (a section of the form spec).")),
    part("advanced", dev_doc!("The folded <details> holding the options of the open rules, with their defaults.")),
    part("field", dev_doc!("A label, its control, help and error.")),
    part("label", dev_doc!("A field's label (or a group's legend).")),
    part("control", dev_doc!("An input, select or checkbox group.")),
    part("help", dev_doc!("Help text under a section or field.")),
    part("error", dev_doc!("Where a field's, row's or section's issues are shown.")),
    part("form-errors", dev_doc!("Issues that belong to no field.")),
    part("submit", dev_doc!("The calculate button.")),
];

/// Parts of a form with a list section (periods, absences, positions); the
/// eligibility form has none.
pub const LIST_PARTS: &[Named] = &[
    part("row", dev_doc!("A fieldset for one row of a list section (a period, an absence, a position).")),
    part("add", dev_doc!("The button adding a row.")),
    part("remove", dev_doc!("The button removing a row.")),
];

/// Parts of every result panel (elements/panel.rs, form_element.rs).
pub const RESULT_PARTS: &[Named] = &[
    part("result", dev_doc!("The live region holding the result (aria-live=polite).")),
    part("result-panel", dev_doc!("The result, with its heading.")),
    part("table", dev_doc!("A result table.")),
    part("warnings", dev_doc!("The list of warnings, each with its rule id.")),
    part("assumptions", dev_doc!("The list of assumptions (open options used) that change this result, each in words with its rule id.")),
    part("rule", dev_doc!("A rule id in a result: a link with `rules-href`, else the rule's summary in the element's language as its title (set once the package's rules-<lang>.js has loaded).")),
    part(
        "print-summary",
        dev_doc!(
            "Printed only: the input in words, the date of the calculation, the package version and the rules' date."
        ),
    ),
];

/// The answer in plain sentences, first in the result (remaining service,
/// absence check, eligibility with its status in `data-status`).
pub const ANSWER_PARTS: &[Named] =
    &[part("answer", dev_doc!("The answer in one or two plain sentences, first in the result."))];

/// The service answers' assumptions that do not change the result, folded (issue 24 item 8).
pub const FOLDED_PARTS: &[Named] = &[part("assumptions-folded", dev_doc!("A `<details>` after the assumptions: those used that do not change this result (with their other value the calculation gives the same answer), folded under one line that counts them."))];

/// The one-line summary of the cost result (its total).
pub const SUMMARY_PARTS: &[Named] = &[part("summary", dev_doc!("The one-line summary of the result."))];

pub const SERVICE_PARTS: &[Named] =
    &[
        part("timeline", dev_doc!("The SVG timeline of periods, absence, planned service, make-up days, projected ends and today, with month ticks (and a text description).")),
        part("legend", dev_doc!("The list under the timeline explaining each kind of mark it shows.")),
    ];

pub const ELIGIBILITY_PARTS: &[Named] = &[
    part("checklist", dev_doc!("The applicant's reasons or the employer checklist.")),
    part("met", dev_doc!("A checklist item that is met (said in words too).")),
    part("not-met", dev_doc!("A checklist item that is not met (said in words too).")),
    part("info", dev_doc!("A checklist item that is information (a statement such as B-4 or B-13), not a condition: never shown as met.")),
];

/// Parts of the cost result (elements/cost.rs, chart.rs).
pub const COST_PARTS: &[Named] = &[
    part("chart", dev_doc!("A bar chart of the result (an SVG with a title and a text description); every chart also has its own part name.")),
    part("chart-by-payer", dev_doc!("The bar chart of the amounts per payer (helseforetak, kommune, state), C-20.")),
    part("chart-by-year", dev_doc!("The bar chart of the amounts per budget year, C-21.")),
];

/// Custom properties of the form elements' stylesheet (`style::CSS`).
pub const FORM_CSS_PROPERTIES: &[Named] = &[
    part("--lis1-font", dev_doc!("Font family (default system-ui, sans-serif).")),
    part("--lis1-color", dev_doc!("Text colour (default #1a1a1a).")),
    part("--lis1-background", dev_doc!("Background (default transparent).")),
    part("--lis1-accent", dev_doc!("Accent: buttons, focus ring, rule ids, timeline periods (default #005b9a).")),
    part("--lis1-accent-contrast", dev_doc!("Text on the accent colour (default #fff).")),
    part("--lis1-muted", dev_doc!("Control borders and help text (defaults #6b6b6b, #4a4a4a).")),
    part("--lis1-border", dev_doc!("Fieldset and table borders (default #c7c7c7).")),
    part("--lis1-error", dev_doc!("Issues and absence marks (default #b00020).")),
    part("--lis1-radius", dev_doc!("Corner radius of fieldsets (default 6px).")),
    part("--lis1-gap", dev_doc!("Space between sections (default 1rem).")),
    part("--lis1-chart-bar", dev_doc!("Bars of the cost charts (default the accent, #005b9a: 7:1 against white).")),
];

/// Added to every element's description in the manifest.
pub const FALLBACK: &str = dev_doc!("Light-DOM children are the fallback content, shown until the element is defined (the WebAssembly module loads when the first lis1 element comes into view).");

pub const RULE_SETS: ElementMeta = ElementMeta {
    tag: "lis1-rule-sets",
    class_name: "Lis1RuleSets",
    description: dev_doc!("The dated absence regimes A-1..A-4 in the element's language."),
    types: None,
    attributes: &[&[LANG]],
    members: &[],
    events: &[],
    parts: &[&[
        part("panel", dev_doc!("The bordered section.")),
        part("heading", dev_doc!("The heading.")),
        part("list", dev_doc!("The list of regimes.")),
        part("item", dev_doc!("One regime.")),
        part("rule-id", dev_doc!("The regime's rule id (A-1 …).")),
        part("dates", dev_doc!("The dates the regime applies to.")),
    ]],
    css_properties: &[
        part("--lis1-font", dev_doc!("Font family (default system-ui, sans-serif).")),
        part("--lis1-color", dev_doc!("Text colour (default #1a1a1a).")),
        part("--lis1-accent", dev_doc!("Rule ids (default #005b9a).")),
        part("--lis1-muted", dev_doc!("Border (default #c7c7c7).")),
        part("--lis1-muted-text", dev_doc!("The dates (default #4a4a4a).")),
        part("--lis1-radius", dev_doc!("Corner radius (default 6px).")),
    ],
    css: super::rule_sets::CSS,
};

pub const RULES: ElementMeta = ElementMeta {
    tag: "lis1-rules",
    class_name: "Lis1Rules",
    description: dev_doc!(
        "Every rule id of the rule table (docs/rules.md) with its status, summary and source in the element's language (nb, nn or en), from the code's own rule table; the summaries load with the element (rules-<lang>.js of the package), not with the wasm."
    ),
    types: None,
    attributes: &[&[
        LANG,
        attr("section", "'1' | '2' | '3' | '4' | '5'", dev_doc!("Only the rules of this section of the rule table.")),
    ]],
    members: &[],
    events: &[],
    parts: &[&[part("table", dev_doc!("The table of rules."))]],
    css_properties: FORM_CSS_PROPERTIES,
    css: super::style::CSS,
};

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use std::collections::BTreeSet;

    /// Every `var(--lis1-…)` name in a stylesheet.
    fn vars(css: &str) -> BTreeSet<String> {
        css.split("var(").skip(1).filter_map(|s| s.split([',', ')']).next()).map(str::to_owned).collect()
    }

    #[test]
    fn every_custom_property_a_stylesheet_uses_is_listed_and_no_other() {
        for (el, _) in crate::elements::described() {
            let listed: BTreeSet<String> = el.css_properties.iter().map(|p| p.name.to_owned()).collect();
            // rules.rs uses the form stylesheet but draws only a table: its
            // listed set is the stylesheet's, like the form elements'.
            assert_eq!(listed, vars(el.css), "<{}>: css_properties vs var(--lis1-…) in its stylesheet", el.tag);
        }
    }

    #[test]
    fn the_var_scanner_finds_a_known_property() {
        // Hand check of the helper: two uses, one name; a fallback list is not a name.
        assert_eq!(vars("a{color:var(--x,#fff)}b{color:var(--x)}c{margin:var(--y,var(--z,1px))}").len(), 3);
    }

    #[test]
    fn names_are_unique_per_element() {
        for (el, _) in crate::elements::described() {
            let attrs: Vec<_> = el.attributes().map(|a| a.name).collect();
            let parts: Vec<_> = el.parts().map(|p| p.name).collect();
            for list in [&attrs, &parts] {
                let set: BTreeSet<_> = list.iter().collect();
                assert_eq!(set.len(), list.len(), "<{}>: duplicate in {list:?}", el.tag);
            }
        }
    }

    #[test]
    fn flag_attributes_are_yes_no_or_refused() {
        // Issue 24 item 1: the spellings an HR officer may type, in any case; the configurator wrote "nei".
        for yes in ["true", "TRUE", "ja", "Ja", "yes", "1", " ja ", ""] {
            assert_eq!(yes_no(yes), Some(true), "{yes:?}");
        }
        for no in ["false", "False", "nei", "NEI", "no", "0"] {
            assert_eq!(yes_no(no), Some(false), "{no:?}");
        }
        for neither in ["kanskje", "y", "n", "2", "off", "nei takk"] {
            assert_eq!(yes_no(neither), None, "{neither:?}");
        }
    }
}
