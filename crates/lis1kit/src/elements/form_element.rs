//! A custom element made of a generic form (from the form SDK) and a result
//! panel. The element keeps nothing but the DOM: the form's state is read
//! from its controls, so nothing typed is lost when issues are shown, and a
//! re-draw (language, rows added or removed, preset) restores what was read.
//!
//! Events (bubbling, composed): `lis1-result` (`detail` = the result) and
//! `lis1-invalid` (`detail.issues`).
//!
//! With `for="<id>"` an element also answers another lis1 form (issue 15
//! item 5: one history, several answers). With the same input
//! (`<lis1-absence-check for="remaining">` of a `<lis1-remaining-service
//! id="remaining">`) it is a *mirror*: no form of its own, and its answer
//! follows each calculation of that form. With another input it takes what
//! it shares from that form's result ([`Takes`]) and keeps its own form.
//! `js/define-element.js` listens for the events and passes the element.

use lis1_core::{Issue, Lang};
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, HtmlElement, ShadowRoot};

use super::dom::append;
use super::{dom, form, style};

/// What differs between form elements: the input kind and the calculation
/// with its result panel.
pub struct FormKind {
    /// Input kind of the form SDK (`service`, …).
    pub kind: &'static str,
    /// Preset attributes for embedding (`meta::Attribute` with the JSON
    /// pointer of the input each fills, e.g. `round` → `/round`). Applied
    /// when the element first draws and whenever the attribute changes;
    /// never otherwise, so what a visitor typed stays.
    pub attributes: &'static [super::meta::Attribute],
    /// Preset attributes a preset must agree with to be offered (the
    /// psykiatri example is not offered where `specialty="allmennmedisin"`).
    pub presets_follow: &'static [&'static str],
    /// The element's own title where the form's does not say what it
    /// answers (`<lis1-absence-check>` shares the service form).
    pub title: Option<&'static lis1_core::MessageDef>,
    /// What this element takes from the result of a form with another input
    /// named by its `for` attribute.
    pub takes: Option<Takes>,
    /// Runs the calculation on the form's input; returns the event detail
    /// and the result panel (its view drawn by `ctx`), or the issues.
    /// (`Err` = a DOM failure, not an input problem.)
    pub run: fn(&Value, &super::view::Draw) -> Outcome,
    /// The pictures its view may hold (`view::Pictures`).
    pub pictures: super::view::Pictures,
    /// The issues of reading a form's value as this element's input type
    /// ([`read_issues`]): limits, structure.
    pub read_issues: fn(&Value, Lang) -> Vec<Issue>,
}

/// The usual `read_issues`: the value read as `I`, as the functional API reads it (the limits are the read's own).
pub fn read_issues<I: crate::inputs::Input>(value: &Value, lang: Lang) -> Vec<Issue> {
    I::from_json(value, lang).err().unwrap_or_default()
}

/// What a form element takes from another form's result (`for`).
pub struct Takes {
    /// The input kind of the form it takes from.
    pub kind: &'static str,
    /// The values it takes, as (JSON pointer of its own input, value), from
    /// that form's input (read typed by the taking element, after each
    /// result of that form) in this element's language. Empty: nothing.
    /// `null` clears a field.
    pub values: fn(&Value, Lang) -> Vec<(&'static str, Value)>,
}

/// What `FormKind::run` returns.
/// The result as a JS object and as its JSON text (the form's value), and its panel.
pub type Outcome = Result<Result<(JsValue, String, Element), Vec<Issue>>, JsValue>;

/// The usual `run`: the form's input as `I`, the calculation, its view drawn.
pub fn run_with<I, O>(
    input: &Value,
    ctx: &super::view::Draw,
    compute: fn(&I) -> Result<O, lis1_core::Lis1Error>,
    view: fn(&I, &O, Lang, lis1_core::view::Voice) -> lis1_core::view::View,
) -> Outcome
where
    I: crate::inputs::Input,
    O: serde::Serialize,
{
    // The same reading (and issues) as the functional API; a ported input
    // is read from the form's value inside wasm.
    let parsed: I = match I::from_json(input, ctx.lang) {
        Ok(parsed) => parsed,
        Err(issues) => return Ok(Err(issues)),
    };
    match compute(&parsed) {
        Ok(result) => {
            let (detail, text) = crate::convert::to_js_and_text(&result)?;
            Ok(Ok((detail, text, super::view::draw(ctx, &view(&parsed, &result, ctx.lang, ctx.voice))?)))
        }
        Err(error) => Ok(Err(error.issues)),
    }
}

/// An attribute changed: `preset` loads that preset, a preset attribute
/// sets its one value, anything else (`lang`) re-draws keeping the state.
pub fn attribute_changed(host: &HtmlElement, kind: &'static FormKind, attribute: &str) -> Result<(), JsValue> {
    let root = dom::shadow(host)?;
    if root.query_selector("form")?.is_none() {
        return render(host, kind);
    }
    let lang = dom::lang_of(host);
    let Some(spec) = crate::forms::form(kind.kind, lang) else { return Ok(()) };
    let mut state = form::read(&root, &spec)?;
    // An attribute that changes no input (`rules-href`, `lang`) keeps the shown answer, given again (as `render`
    // does); a preset or a preset attribute changes the input, so its answer is out of date.
    let mut keeps_answer = root.query_selector(super::view::SHOWN_ANSWER)?.is_some() && !is_mirror(host, kind);
    if attribute == "preset" {
        state = initial_state(&spec, host, kind);
        keeps_answer = false;
    } else if let Some(found) = kind.attributes.iter().find(|a| a.name == attribute && a.pointer.is_some()) {
        set_pointer(&mut state, found.pointer.unwrap_or_default(), attribute_value(host, found));
        keeps_answer = false;
    }
    draw(host, &root, &spec, lang, &state, kind)?;
    if keeps_answer {
        answer(host, kind, None, false)?;
    }
    Ok(())
}

/// A preset attribute's value for the input: its text, or for a flag
/// (`type_text` boolean) yes or no by [`super::meta::yes_no`]; `None` when
/// absent or a flag's value is neither (see [`flag_problems`]).
fn attribute_value(host: &HtmlElement, attribute: &super::meta::Attribute) -> Option<Value> {
    let text = host.get_attribute(attribute.name)?;
    if attribute.type_text == "boolean" {
        super::meta::yes_no(&text).map(Value::Bool)
    } else {
        Some(Value::String(text))
    }
}

/// The flag attributes whose value is neither yes nor no, with that value:
/// not used, and said in the element and on the console (issue 24 item 1).
fn flag_problems(host: &HtmlElement, kind: &FormKind) -> Vec<(&'static str, String)> {
    kind.attributes
        .iter()
        .filter(|a| a.type_text == "boolean" && a.pointer.is_some())
        .filter_map(|a| host.get_attribute(a.name).map(|v| (a.name, v)))
        .filter(|(_, v)| super::meta::yes_no(v).is_none())
        .collect()
}

/// One line per refused attribute (a flag neither yes nor no, an unknown
/// `voice`), above the form, for whoever set it up.
fn flag_notes(doc: &Document, host: &HtmlElement, kind: &FormKind, lang: Lang) -> Result<Option<Element>, JsValue> {
    let problems = flag_problems(host, kind);
    let bad_voice = kind.attributes.iter().any(|a| a.name == "voice").then(|| voice(host).err()).flatten();
    if problems.is_empty() && bad_voice.is_none() {
        return Ok(None);
    }
    let box_el = dom::el(doc, "div", Some("error"), None)?;
    box_el.set_class_name("attribute-issues");
    box_el.set_attribute("role", "alert")?;
    for (name, value) in problems {
        // A page's value, shown as text (never markup) and cut like other echoed input.
        let shown = lis1_core::input::echo(&value);
        let text =
            crate::element_texts::FLAG_NOT_YES_NO.render(lang, &[("attribute", name.to_owned()), ("value", shown)]);
        web_sys::console::error_1(&JsValue::from_str(&format!("lis1kit <{}>: {text}", host.local_name())));
        append(&box_el, dom::el(doc, "p", None, Some(&text)))?;
    }
    if let Some(value) = bad_voice {
        let text = crate::element_texts::VOICE_UNKNOWN.render(lang, &[("value", lis1_core::input::echo(&value))]);
        web_sys::console::error_1(&JsValue::from_str(&format!("lis1kit <{}>: {text}", host.local_name())));
        append(&box_el, dom::el(doc, "p", None, Some(&text)))?;
    }
    Ok(Some(box_el))
}

/// Sets (or with `None` removes) the value at a JSON pointer, creating
/// objects on the way (`/positions/0/kommune` uses the list's first row).
fn set_pointer(state: &mut Value, pointer: &str, value: Option<Value>) {
    let Some((parent, key)) = pointer.rsplit_once('/') else { return };
    let mut here = state;
    for segment in parent.split('/').skip(1) {
        here = match here {
            Value::Array(items) => match segment.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                Some(item) => item,
                None => return,
            },
            Value::Object(map) => {
                map.entry(segment.to_owned()).or_insert_with(|| Value::Object(serde_json::Map::new()))
            }
            _ => return,
        };
    }
    if let Value::Object(map) = here {
        match value {
            Some(v) => map.insert(key.to_owned(), v),
            None => map.remove(key),
        };
    }
}

/// Draws (or re-draws, keeping the typed state) the element.
pub fn render(host: &HtmlElement, kind: &'static FormKind) -> Result<(), JsValue> {
    let lang = dom::lang_of(host);
    let Some(spec) = crate::forms::form(kind.kind, lang) else { return Ok(()) };
    let root = dom::shadow(host)?;
    dom::adopt_styles(&root, style::CSS)?;
    // A redraw (another language, a disabled fieldset toggled) keeps the shown answer: it is given again, in the
    // element's language now (issue 26 item 9). A mirror answers again with its form's next result.
    let answered = root.query_selector(super::view::SHOWN_ANSWER)?.is_some() && !is_mirror(host, kind);
    let state = match root.query_selector("form")? {
        Some(_) => form::read(&root, &spec)?,
        None => initial_state(&spec, host, kind),
    };
    draw(host, &root, &spec, lang, &state, kind)?;
    if answered {
        answer(host, kind, None, false)?;
    }
    Ok(())
}

/// Replaces the shadow content with the form filled from `state` and an
/// empty result region.
fn draw(
    host: &HtmlElement,
    root: &ShadowRoot,
    spec: &lis1_core::form::FormSpec,
    lang: Lang,
    state: &Value,
    kind: &FormKind,
) -> Result<(), JsValue> {
    let doc = dom::document(host)?;
    if is_mirror(host, kind) {
        let result = result_region(&doc)?;
        append(&result, waiting(&doc, lang))?;
        root.replace_children_with_node_1(&result);
        super::set_form_state(host, None, None);
        return Ok(());
    }
    let form_el = form_for(host, &doc, spec, lang, state, kind)?;
    let result = result_region(&doc)?;
    match flag_notes(&doc, host, kind, lang)? {
        Some(notes) => root.replace_children_with_node_3(&notes, &form_el, &result),
        None => root.replace_children_with_node_2(&form_el, &result),
    }
    // The result region starts empty, so no form value answers this form yet.
    super::set_form_state(host, None, None);
    Ok(())
}

/// The form drawn from `state`, as this element shows it: its title, the
/// controls disabled inside a disabled fieldset, presets that contradict a
/// preset attribute left out, the employer's section hidden in the applicant
/// view. Every redraw (first draw, a row added or removed, a preset) goes
/// through here, so none of them loses one of these.
fn form_for(
    host: &HtmlElement,
    doc: &Document,
    spec: &lis1_core::form::FormSpec,
    lang: Lang,
    state: &Value,
    kind: &FormKind,
) -> Result<Element, JsValue> {
    let form_el = form::draw(doc, spec, lang, state)?;
    if let (Some(title), Some(heading)) = (kind.title, form_el.query_selector("[part=title]")?) {
        heading.set_text_content(Some(&title.render(lang, &[])));
    }
    disable_if_disabled(host, &form_el)?;
    hide_other_presets(host, spec, kind, &form_el)?;
    if is_applicant_view(host) {
        if let Some(employer) = form_el.query_selector("fieldset[data-section=employer]")? {
            // Hidden, not removed: its values (set by the attributes) still go into the input.
            employer.set_attribute("hidden", "")?;
        }
    }
    Ok(form_el)
}

/// The region results are shown in, announced when they change.
fn result_region(doc: &Document) -> Result<Element, JsValue> {
    let result = dom::el(doc, "section", Some("result"), None)?;
    result.set_attribute("aria-live", "polite")?;
    result.set_class_name("result");
    Ok(result)
}

/// A mirror's text until the form it answers has a result.
fn waiting(doc: &Document, lang: Lang) -> Result<Element, JsValue> {
    let note = dom::el(doc, "p", None, Some(&crate::element_texts::FOLLOW_WAITING.render(lang, &[])))?;
    note.set_class_name("waiting");
    Ok(note)
}

/// `for` names a form with the same input: this element has no form. The
/// named element decides (its tag's input kind) where it is in the page
/// already; one not there yet is taken to be of the same input unless this
/// element takes from another input ([`Takes`]).
fn is_mirror(host: &HtmlElement, kind: &FormKind) -> bool {
    let Some(id) = host.get_attribute("for") else { return false };
    match followed_kind(host, &id) {
        Some(other) => other == kind.kind,
        None => kind.takes.is_none(),
    }
}

/// The input kind of the form element with id `id` in `host`'s document or
/// shadow root, if there is one.
fn followed_kind(host: &HtmlElement, id: &str) -> Option<&'static str> {
    let root = host.get_root_node();
    let target = match root.dyn_ref::<ShadowRoot>() {
        Some(shadow) => shadow.get_element_by_id(id),
        None => root.dyn_ref::<Document>().and_then(|doc| doc.get_element_by_id(id)),
    }?;
    super::form_kind(&target.tag_name().to_ascii_lowercase()).map(|k| k.kind)
}

/// The `voice` attribute: absent or `you` speaks to the doctor as "du",
/// `doctor` about the doctor (an HR page). Any other value is `Err` with the
/// value: said above the form ([`flag_notes`]), and the answers speak to "du".
fn voice(host: &HtmlElement) -> Result<lis1_core::view::Voice, String> {
    use lis1_core::view::Voice;
    match host.get_attribute("voice") {
        None => Ok(Voice::You),
        Some(value) => match value.trim().to_ascii_lowercase().as_str() {
            "you" => Ok(Voice::You),
            "doctor" => Ok(Voice::Doctor),
            _ => Err(value),
        },
    }
}

/// `view="applicant"`: a job posting shows the applicant's questions only.
fn is_applicant_view(host: &HtmlElement) -> bool {
    host.get_attribute("view").as_deref() == Some("applicant")
}

/// A preset that contradicts a preset attribute (the psykiatri example on a
/// posting with `specialty="allmennmedisin"`) is not offered.
fn hide_other_presets(
    host: &HtmlElement,
    spec: &lis1_core::form::FormSpec,
    kind: &FormKind,
    form_el: &Element,
) -> Result<(), JsValue> {
    for preset in &spec.presets {
        let contradicts = kind.attributes.iter().filter(|a| kind.presets_follow.contains(&a.name)).any(|a| {
            let (Some(pointer), Some(value)) = (a.pointer, attribute_value(host, a)) else { return false };
            preset.input.pointer(pointer).is_some_and(|given| *given != value)
        });
        if contradicts {
            if let Some(button) = form_el.query_selector(&format!("button[data-preset=\"{}\"]", preset.id))? {
                button.remove();
            }
        }
    }
    Ok(())
}

/// Inside `<fieldset disabled>` (the host matches `:disabled`) every
/// control of the form is disabled too, as a native control would be.
fn disable_if_disabled(host: &HtmlElement, form_el: &Element) -> Result<(), JsValue> {
    if host.matches(":disabled")? {
        let controls = form_el.query_selector_all("input, select, button, textarea")?;
        for i in 0..controls.length() {
            if let Some(control) = controls.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                control.set_attribute("disabled", "")?;
            }
        }
    }
    Ok(())
}

/// The form was edited: a shown result no longer answers it. The form value
/// is cleared (a surrounding `<form>` submits nothing stale) and the result
/// says so above itself, once, until the next calculation.
pub fn edited(host: &HtmlElement) -> Result<(), JsValue> {
    let root = dom::shadow(host)?;
    let Some(result) = root.query_selector("section.result")? else { return Ok(()) };
    if result.child_element_count() == 0 || result.query_selector("p.stale")?.is_some() {
        return Ok(());
    }
    super::set_form_state(host, None, None);
    let doc = dom::document(host)?;
    let note = dom::el(&doc, "p", None, Some(&lis1_core::form::texts::RESULT_STALE.render(dom::lang_of(host), &[])))?;
    note.set_class_name("stale");
    result.prepend_with_node_1(&note)?;
    Ok(())
}

/// `formResetCallback`: back to the initial state, no result, no form value.
pub fn reset(host: &HtmlElement, kind: &'static FormKind) -> Result<(), JsValue> {
    let lang = dom::lang_of(host);
    let Some(spec) = crate::forms::form(kind.kind, lang) else { return Ok(()) };
    let root = dom::shadow(host)?;
    // draw clears the form value with the result.
    draw(host, &root, &spec, lang, &initial_state(&spec, host, kind), kind)
}

/// The `input` property: the form's current input as a plain object.
/// A mirror's input is the input of the form it answers (`source`).
pub fn get_input(host: &HtmlElement, kind: &'static FormKind, source: Option<HtmlElement>) -> Result<JsValue, JsValue> {
    if is_mirror(host, kind) {
        return source.map_or(Ok(JsValue::NULL), |source| js_sys::Reflect::get(&source, &"input".into()));
    }
    let lang = dom::lang_of(host);
    let Some(spec) = crate::forms::form(kind.kind, lang) else { return Ok(JsValue::NULL) };
    let root = dom::shadow(host)?;
    crate::convert::to_js(&form::read(&root, &spec)?)
}

/// The issues that stop an input from being drawn at all: more rows or
/// entries, or longer texts, than the calculation accepts (the API's limits).
const LIMIT_CODES: &[&str] = &["list.too-long", "map.too-long", "text.too-long"];

/// Setting the `input` property fills the form with a full input (as the
/// calculation takes it); values the form has no field for are ignored.
/// An input over the API's limits (e.g. more than 200 periods) throws
/// `Lis1Error` with those issues and leaves the form as it was: it is never
/// drawn (20 000 rows would freeze the page), nor cut silently.
/// A mirror fills the form it answers (`source`).
pub fn set_input(
    host: &HtmlElement,
    kind: &'static FormKind,
    value: &JsValue,
    source: Option<HtmlElement>,
) -> Result<(), JsValue> {
    if is_mirror(host, kind) {
        if let Some(source) = source {
            js_sys::Reflect::set(&source, &"input".into(), value)?;
        }
        return Ok(());
    }
    let lang = dom::lang_of(host);
    let Some(spec) = crate::forms::form(kind.kind, lang) else { return Ok(()) };
    // Not an object (`undefined`, a number, nesting too deep for JSON): a Lis1Error like every refusal, never a
    // bare string (issue 26 item 10); the form stays as it was.
    let state = match json_of(value) {
        Ok(state @ Value::Object(_)) => state,
        _ => {
            let issues = crate::kinds::validate(kind.kind, value.clone(), lang);
            let mut at_root: Vec<Issue> = issues.into_iter().filter(|issue| issue.path.is_empty()).collect();
            if at_root.is_empty() {
                let expected = lis1_core::input::expected_in(lang, "a map");
                at_root.push(Issue::new(
                    lang,
                    &lis1_core::messages::INPUT_TYPE,
                    &lis1_core::Pointer::root(),
                    &[("field", String::from("input")), ("expected", expected)],
                ));
            }
            return Err(crate::error::invalid(at_root));
        }
    };
    // The limits are counted on the copy that is drawn, once: a getter or `toJSON` that answers differently on a
    // second read cannot slip 20 000 rows past the check (issue 26 item 2).
    let issues = (kind.read_issues)(&state, lang);
    let mut limits: Vec<Issue> = issues.into_iter().filter(|issue| LIMIT_CODES.contains(&issue.code)).collect();
    if !limits.is_empty() {
        crate::messages::in_form_words(kind.kind, lang, &mut limits);
        return Err(crate::error::invalid(limits));
    }
    let root = dom::shadow(host)?;
    dom::adopt_styles(&root, style::CSS)?;
    draw(host, &root, &spec, lang, &state, kind)
}

/// A new form starts from the preset named by the `preset` attribute (or
/// with one empty row in its first list section), then the kind's preset
/// attributes.
fn initial_state(spec: &lis1_core::form::FormSpec, host: &HtmlElement, kind: &FormKind) -> Value {
    let preset = host.get_attribute("preset");
    let mut state = match preset.and_then(|id| spec.presets.iter().find(|p| p.id == id)) {
        Some(found) => found.input.clone(),
        None => empty_state(spec),
    };
    apply_attributes(&mut state, host, kind);
    state
}

/// Sets each preset attribute the element has into `state`.
fn apply_attributes(state: &mut Value, host: &HtmlElement, kind: &FormKind) {
    for attribute in kind.attributes {
        if let (Some(pointer), Some(value)) = (attribute.pointer, attribute_value(host, attribute)) {
            set_pointer(state, pointer, Some(value));
        }
    }
}

/// One empty row in the first list section.
fn empty_state(spec: &lis1_core::form::FormSpec) -> Value {
    let mut state = serde_json::Map::new();
    if let Some(section) = spec.sections.iter().find(|s| s.repeat.is_some()) {
        if let Some(key) = section.path.strip_prefix('/') {
            state.insert(key.to_owned(), Value::Array(vec![Value::Object(serde_json::Map::new())]));
        }
    }
    Value::Object(state)
}

/// A click inside the form: add or remove a row, or load a preset.
pub fn click(host: &HtmlElement, kind: &'static FormKind, event: &Event) -> Result<(), JsValue> {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return Ok(()) };
    let Some(button) = target.closest("button[data-add], button[data-remove], button[data-preset]")? else {
        return Ok(());
    };
    let lang = dom::lang_of(host);
    let Some(spec) = crate::forms::form(kind.kind, lang) else { return Ok(()) };
    let root = dom::shadow(host)?;
    let mut state = form::read(&root, &spec)?;
    // A keyed list (a map in the input) is edited as rows.
    let list = button.get_attribute("data-add").or_else(|| {
        button.get_attribute("data-remove").and_then(|row| row.rsplit_once('/').map(|(list, _)| list.to_owned()))
    });
    if let Some(section) = spec.sections.iter().find(|s| Some(s.path) == list.as_deref()) {
        if section.repeat.as_ref().is_some_and(|r| r.keyed_by.is_some()) {
            let rows = form::rows(section, state.pointer(section.path));
            set_pointer(&mut state, section.path, Some(Value::Array(rows)));
        }
    }
    let focus: String;
    if let Some(list) = button.get_attribute("data-add") {
        let len = match state.pointer_mut(&list).and_then(Value::as_array_mut) {
            Some(items) => {
                items.push(Value::Object(serde_json::Map::new()));
                items.len()
            }
            None => 0,
        };
        focus = format!("fieldset[data-path=\"{list}/{}\"] :is(input, select)", len.saturating_sub(1));
    } else if let Some(row) = button.get_attribute("data-remove") {
        let (list, index) = row.rsplit_once('/').unwrap_or_default();
        let index: usize = index.parse().unwrap_or(usize::MAX);
        if let Some(items) = state.pointer_mut(list).and_then(Value::as_array_mut) {
            if index < items.len() {
                items.remove(index);
            }
        }
        focus = format!("button[data-add=\"{list}\"]");
    } else if let Some(id) = button.get_attribute("data-preset") {
        if let Some(preset) = spec.presets.iter().find(|p| p.id == id) {
            state = preset.input.clone();
            // The element's preset attributes still hold (a posting's employer facts).
            apply_attributes(&mut state, host, kind);
        }
        focus = String::from("button[type=submit]");
    } else {
        return Ok(());
    }
    let doc = dom::document(host)?;
    let form_el = form_for(host, &doc, &spec, lang, &state, kind)?;
    if let Some(old) = root.query_selector("form")? {
        old.replace_with_with_node_1(&form_el)?;
    }
    if let Some(next) = root.query_selector(&focus)?.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        next.focus()?;
    }
    // A row added or removed, or a preset chosen, is an edit like typing (issue 26 item 6): the shown answer is
    // marked out of date and the form value cleared, so an old result is never submitted with the form.
    edited(host)
}

/// Where rule ids in a result lead (issue 15 item 3): the `rules-href`
/// attribute (the URL of a page with `<lis1-rules>`) when it is on the
/// page's own site; without one a rule id carries the rule's summary from
/// the rule table as its title (`view::Draw`).
fn rules_href(host: &HtmlElement, doc: &Document) -> Option<String> {
    let origin = doc.location().and_then(|l| l.origin().ok()).unwrap_or_default();
    host.get_attribute("rules-href").filter(|href| is_page_url(href, &origin))
}

/// A link target on the page's own site (issue 26 item 10): a relative URL, or an http(s) URL of the page's
/// `origin`; never `javascript:`, `data:` or another host (`//host/x`, `https://host/x`). Read as a browser reads
/// it: tabs and line breaks inside are dropped and backslashes are slashes.
fn is_page_url(href: &str, origin: &str) -> bool {
    let href: String =
        href.trim().chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect::<String>().to_ascii_lowercase();
    let href = href.replace('\\', "/");
    if href.starts_with("//") {
        return false;
    }
    match href.find(':') {
        Some(colon) if !href[..colon].contains(['/', '?', '#']) => {
            let origin = origin.to_ascii_lowercase();
            (href.starts_with("http://") || href.starts_with("https://"))
                && href.strip_prefix(&origin).is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '?', '#']))
        }
        _ => true,
    }
}

/// A plain JSON copy of a JS value (an input or a result).
fn json_of(value: &JsValue) -> Result<Value, JsValue> {
    let text = crate::js_source::json_text(value)?.unwrap_or_default();
    serde_json::from_str(&text).map_err(|e| JsValue::from_str(&e.to_string()))
}

/// The form was submitted: calculate, show the result or the issues, and
/// move focus to the first issue's field or, when it has none, to the
/// announced summary beside the submit button.
pub fn submit(host: &HtmlElement, kind: &'static FormKind) -> Result<(), JsValue> {
    answer(host, kind, None, true).map(drop)
}

/// `calculate()`: as the form's button, without moving focus (a page that
/// fills several elements at once, e.g. from a saved file). A mirror has
/// the form it answers (`source`) calculated, and follows it. Returns
/// whether a result is shown.
pub fn calculate(host: &HtmlElement, kind: &'static FormKind, source: Option<HtmlElement>) -> Result<bool, JsValue> {
    if is_mirror(host, kind) {
        let Some(source) = source else { return Ok(false) };
        let method = js_sys::Reflect::get(&source, &"calculate".into())?;
        let Some(method) = method.dyn_ref::<js_sys::Function>() else { return Ok(false) };
        method.call0(&source)?;
        return Ok(dom::shadow(host)?.query_selector(super::view::SHOWN_ANSWER)?.is_some());
    }
    answer(host, kind, None, false)
}

/// The form named by `for` (`source`) has a new result (`detail`), or has
/// issues (`detail` null): a mirror answers the same input or waits again;
/// an element that [`Takes`] from that form fills those fields and draws
/// its form again (its own result, now stale, is cleared).
pub fn follow(
    host: &HtmlElement,
    kind: &'static FormKind,
    source: &HtmlElement,
    detail: &JsValue,
) -> Result<(), JsValue> {
    let Some(from) = super::form_kind(&source.tag_name().to_ascii_lowercase()) else {
        not_followed(host);
        return Ok(());
    };
    let lang = dom::lang_of(host);
    let root = dom::shadow(host)?;
    if is_mirror(host, kind) && from.kind == kind.kind {
        if detail.is_null() || detail.is_undefined() {
            let doc = dom::document(host)?;
            if let Some(result) = root.query_selector("section.result")? {
                let note = waiting(&doc, lang)?;
                result.replace_children_with_node_1(&note);
            }
            super::set_form_state(host, None, None);
            return Ok(());
        }
        let input = json_of(&js_sys::Reflect::get(source, &"input".into())?)?;
        return answer(host, kind, Some(input), false).map(drop);
    }
    let Some(takes) = kind.takes.as_ref().filter(|t| t.kind == from.kind) else {
        not_followed(host);
        return Ok(());
    };
    if detail.is_null() || detail.is_undefined() {
        return Ok(());
    }
    let values = (takes.values)(&json_of(&js_sys::Reflect::get(source, &"input".into())?)?, lang);
    if values.is_empty() {
        return Ok(());
    }
    let Some(spec) = crate::forms::form(kind.kind, lang) else { return Ok(()) };
    let mut state = form::read(&root, &spec)?;
    for (pointer, value) in values {
        set_pointer(&mut state, pointer, (!value.is_null()).then_some(value));
    }
    draw(host, &root, &spec, lang, &state, kind)
}

/// `for` names an element this one cannot answer or take from: said once
/// per result on the console, for the page's developer.
fn not_followed(host: &HtmlElement) {
    web_sys::console::warn_1(&JsValue::from_str(&format!(
        "lis1kit: <{}> for=\"{}\" names no form it can answer or take from",
        host.tag_name().to_ascii_lowercase(),
        host.get_attribute("for").unwrap_or_default()
    )));
}

/// Calculates `input` (or the form as filled in), shows the result or the
/// issues, dispatches the event. Returns whether a result is shown.
fn answer(host: &HtmlElement, kind: &'static FormKind, input: Option<Value>, focus: bool) -> Result<bool, JsValue> {
    let lang = dom::lang_of(host);
    let Some(spec) = crate::forms::form(kind.kind, lang) else { return Ok(false) };
    let root = dom::shadow(host)?;
    let doc = dom::document(host)?;
    form::clear_issues(&root)?;
    let mut input = match input {
        Some(input) => input,
        None => form::read(&root, &spec)?,
    };
    if let Some(object) = input.as_object_mut() {
        object.insert("lang".into(), Value::String(lang.code().into()));
    }
    let result = root.query_selector("section.result")?;
    let ctx = super::view::Draw {
        doc: &doc,
        lang,
        // A job posting leaves out every part for the employer (checklist, its notes), whatever facts are missing.
        employer: !is_applicant_view(host),
        rules_href: rules_href(host, &doc),
        pictures: kind.pictures,
        voice: voice(host).unwrap_or_default(),
    };
    match (kind.run)(&input, &ctx)? {
        Ok((detail, json, panel)) => {
            append(&panel, super::summary::draw(&doc, &spec, lang, &input, dom::today()))?;
            if let Some(result) = &result {
                result.replace_children_with_node_1(&panel);
            }
            // Pressed by the visitor: the answer's first line at the top of
            // the screen (on a phone it is otherwise below the fold).
            if let Some(first) = panel.query_selector("[data-answer]")?.filter(|_| focus) {
                first.scroll_into_view_with_bool(true);
            }
            super::set_form_state(host, Some(json), None);
            dispatch(host, super::meta::RESULT.name, &detail)?;
            Ok(true)
        }
        Err(issues) => {
            // Said away from the fields (the event, the validation message, a mirror's result) as the API says
            // them: with the field's label and its row, never the JSON key. Next to a field the form says them
            // its own way (`form::show_issues`).
            let mut said = issues.clone();
            crate::messages::in_form_words(kind.kind, lang, &mut said);
            if let Some(result) = &result {
                result.replace_children_with_node_0();
                if is_mirror(host, kind) {
                    // No fields to show them at: the messages, in the result.
                    for issue in &said {
                        append(result, dom::el(&doc, "p", None, Some(&issue.message)))?;
                    }
                }
            }
            // Focus: the first issue's field, else the summary beside the submit button (issue 24 item 7).
            let first = form::show_issues(&root, &doc, &spec, lang, &issues, &said)?;
            super::set_form_state(host, None, said.first().map(|i| i.message.clone()));
            if let Some(first) = first.filter(|_| focus).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
                first.focus()?;
            }
            // Made by JSON.parse (which defines, never assigns): no page setter runs (issue 26 item 1).
            let detail = crate::convert::to_js(&InvalidDetail { issues: &said })?;
            dispatch(host, super::meta::INVALID.name, &detail)?;
            Ok(false)
        }
    }
}

/// The `lis1-invalid` event's detail.
#[derive(serde::Serialize)]
struct InvalidDetail<'a> {
    issues: &'a [Issue],
}

/// Dispatches a bubbling, composed event with `detail`, built in
/// define-element.js from an object literal: web-sys's `CustomEventInit`
/// assigns its fields, which ran a page's setters on `Object.prototype`
/// inside a call (issue 26 item 1).
fn dispatch(host: &HtmlElement, name: &str, detail: &JsValue) -> Result<(), JsValue> {
    super::dispatch_event(host, name, detail);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::is_page_url;

    #[test]
    fn rules_href_stays_on_the_pages_own_site() {
        let origin = "https://www.bodo.kommune.no";
        for ok in [
            "regler.html",
            "/lis1/regler.html",
            "#rules",
            "?x=1",
            "https://www.bodo.kommune.no/regler.html",
            "HTTPS://www.bodo.kommune.no",
        ] {
            assert!(is_page_url(ok, origin), "{ok}");
        }
        for refused in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,x",
            "//evil.example/x",
            "\\\\evil.example/x",
            "/\\evil.example/x",
            "https://evil.example/regler.html",
            "https://www.bodo.kommune.no.evil.example/x",
        ] {
            assert!(!is_page_url(refused, origin), "{refused}");
        }
    }
}
