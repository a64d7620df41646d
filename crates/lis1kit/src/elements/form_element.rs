//! A custom element made of a generic form (from the form SDK) and a result
//! panel. The element keeps nothing but the DOM: the form's state is read
//! from its controls, so nothing typed is lost when issues are shown, and a
//! re-draw (language, rows added or removed, preset) restores what was read.
//!
//! Events (bubbling, composed): `lis1-result` (`detail` = the result) and
//! `lis1-invalid` (`detail.issues`).

use lis1_core::{Issue, Lang};
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit, Document, Element, Event, HtmlElement, ShadowRoot};

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
    /// Runs the calculation on the form's input; returns the event detail
    /// and the result panel's content, or the issues.
    /// (`Err` = a DOM failure, not an input problem.)
    pub run: fn(&Value, Lang, &Document) -> Outcome,
}

/// What `FormKind::run` returns.
pub type Outcome = Result<Result<(JsValue, Element), Vec<Issue>>, JsValue>;

/// The usual `run`: the form's input as `I`, the calculation, its panel.
pub fn run_with<I, O>(
    input: &Value,
    lang: Lang,
    doc: &Document,
    compute: fn(&I) -> Result<O, lis1_core::Lis1Error>,
    panel: fn(&Document, Lang, &I, &O) -> Result<Element, JsValue>,
) -> Outcome
where
    I: serde::de::DeserializeOwned,
    O: serde::Serialize,
{
    // The same reading (and issues) as the functional API: one deserializer
    // for every input in the wasm.
    let parsed: I = match crate::convert::from_js(crate::convert::to_js(input)?, lang) {
        Ok(parsed) => parsed,
        Err(issues) => return Ok(Err(issues)),
    };
    match compute(&parsed) {
        Ok(result) => Ok(Ok((crate::convert::to_js(&result)?, panel(doc, lang, &parsed, &result)?))),
        Err(error) => Ok(Err(error.issues)),
    }
}

const WIRED: &str = "__lis1Wired";

/// An attribute changed: `preset` loads that preset, a preset attribute
/// sets its one value, anything else (`lang`) re-draws keeping the state.
pub fn attribute_changed(host: &HtmlElement, kind: &'static FormKind, attribute: &str) -> Result<(), JsValue> {
    let root = dom::shadow(host)?;
    if root.query_selector("form")?.is_none() {
        return render(host, kind);
    }
    let lang = dom::lang_of(host);
    let Some(spec) = lis1_forms::form(kind.kind, lang) else { return Ok(()) };
    let mut state = form::read(&root, &spec)?;
    if attribute == "preset" {
        state = initial_state(&spec, host, kind);
    } else if let Some(pointer) = kind.attributes.iter().find(|a| a.name == attribute).and_then(|a| a.pointer) {
        set_pointer(&mut state, pointer, host.get_attribute(attribute));
    }
    draw(host, &root, &spec, lang, &state, kind)
}

/// Sets (or with `None` removes) the string at a JSON pointer, creating
/// objects on the way (`/positions/0/kommune` uses the list's first row).
fn set_pointer(state: &mut Value, pointer: &str, value: Option<String>) {
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
            Some(v) => map.insert(key.to_owned(), Value::String(v)),
            None => map.remove(key),
        };
    }
}

/// Draws (or re-draws, keeping the typed state) the element.
pub fn render(host: &HtmlElement, kind: &'static FormKind) -> Result<(), JsValue> {
    let lang = dom::lang_of(host);
    let Some(spec) = lis1_forms::form(kind.kind, lang) else { return Ok(()) };
    let root = dom::shadow(host)?;
    dom::adopt_styles(&root, style::CSS)?;
    let state = match root.query_selector("form")? {
        Some(_) => form::read(&root, &spec)?,
        None => initial_state(&spec, host, kind),
    };
    draw(host, &root, &spec, lang, &state, kind)
}

/// Replaces the shadow content with the form filled from `state` and an
/// empty result region.
fn draw(
    host: &HtmlElement,
    root: &ShadowRoot,
    spec: &lis1_forms::FormSpec,
    lang: Lang,
    state: &Value,
    kind: &'static FormKind,
) -> Result<(), JsValue> {
    let doc = dom::document(host)?;
    let form_el = form::draw(&doc, spec, lang, state)?;
    let result = dom::el(&doc, "section", Some("result"), None)?;
    result.set_attribute("aria-live", "polite")?;
    result.set_class_name("result");
    root.replace_children_with_node_2(&form_el, &result);
    if !js_sys::Reflect::has(host, &JsValue::from_str(WIRED))? {
        wire(host, root, kind)?;
        js_sys::Reflect::set(host, &JsValue::from_str(WIRED), &JsValue::TRUE)?;
    }
    Ok(())
}

/// `formResetCallback`: back to the initial state, no result, no form value.
pub fn reset(host: &HtmlElement, kind: &'static FormKind) -> Result<(), JsValue> {
    let lang = dom::lang_of(host);
    let Some(spec) = lis1_forms::form(kind.kind, lang) else { return Ok(()) };
    let root = dom::shadow(host)?;
    draw(host, &root, &spec, lang, &initial_state(&spec, host, kind), kind)?;
    super::set_form_state(host, None, None);
    Ok(())
}

/// The `input` property: the form's current input as a plain object.
pub fn get_input(host: &HtmlElement, kind: &'static FormKind) -> Result<JsValue, JsValue> {
    let lang = dom::lang_of(host);
    let Some(spec) = lis1_forms::form(kind.kind, lang) else { return Ok(JsValue::NULL) };
    let root = dom::shadow(host)?;
    crate::convert::to_js(&form::read(&root, &spec)?)
}

/// Setting the `input` property fills the form with a full input (as the
/// calculation takes it); values the form has no field for are ignored.
pub fn set_input(host: &HtmlElement, kind: &'static FormKind, value: &JsValue) -> Result<(), JsValue> {
    let lang = dom::lang_of(host);
    let Some(spec) = lis1_forms::form(kind.kind, lang) else { return Ok(()) };
    let text = js_sys::JSON::stringify(value)?.as_string().unwrap_or_default();
    let state: Value = serde_json::from_str(&text).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let root = dom::shadow(host)?;
    dom::adopt_styles(&root, style::CSS)?;
    draw(host, &root, &spec, lang, &state, kind)
}

/// A new form starts from the preset named by the `preset` attribute (or
/// with one empty row in its first list section), then the kind's preset
/// attributes.
fn initial_state(spec: &lis1_forms::FormSpec, host: &HtmlElement, kind: &FormKind) -> Value {
    let preset = host.get_attribute("preset");
    let mut state = match preset.and_then(|id| spec.presets.iter().find(|p| p.id == id)) {
        Some(found) => found.input.clone(),
        None => empty_state(spec),
    };
    for attribute in kind.attributes {
        if let (Some(pointer), Some(value)) = (attribute.pointer, host.get_attribute(attribute.name)) {
            set_pointer(&mut state, pointer, Some(value));
        }
    }
    state
}

/// One empty row in the first list section.
fn empty_state(spec: &lis1_forms::FormSpec) -> Value {
    let mut state = serde_json::Map::new();
    if let Some(section) = spec.sections.iter().find(|s| s.repeat.is_some()) {
        if let Some(key) = section.path.strip_prefix('/') {
            state.insert(key.to_owned(), Value::Array(vec![Value::Object(serde_json::Map::new())]));
        }
    }
    Value::Object(state)
}

/// One set of listeners per element, on its shadow root (event delegation).
fn wire(host: &HtmlElement, root: &ShadowRoot, kind: &'static FormKind) -> Result<(), JsValue> {
    let on_submit = {
        let host = host.clone();
        Closure::<dyn Fn(Event)>::new(move |event: Event| {
            event.prevent_default();
            if let Err(err) = submit(&host, kind) {
                web_sys::console::error_1(&err);
            }
        })
    };
    root.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref())?;
    on_submit.forget();
    let on_click = {
        let host = host.clone();
        Closure::<dyn Fn(Event)>::new(move |event: Event| {
            if let Err(err) = click(&host, kind, &event) {
                web_sys::console::error_1(&err);
            }
        })
    };
    root.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref())?;
    on_click.forget();
    Ok(())
}

fn click(host: &HtmlElement, kind: &'static FormKind, event: &Event) -> Result<(), JsValue> {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return Ok(()) };
    let Some(button) = target.closest("button[data-add], button[data-remove], button[data-preset]")? else {
        return Ok(());
    };
    let lang = dom::lang_of(host);
    let Some(spec) = lis1_forms::form(kind.kind, lang) else { return Ok(()) };
    let root = dom::shadow(host)?;
    let mut state = form::read(&root, &spec)?;
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
        }
        focus = String::from("button[type=submit]");
    } else {
        return Ok(());
    }
    let doc = dom::document(host)?;
    let form_el = form::draw(&doc, &spec, lang, &state)?;
    if let Some(old) = root.query_selector("form")? {
        old.replace_with_with_node_1(&form_el)?;
    }
    if let Some(next) = root.query_selector(&focus)?.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        next.focus()?;
    }
    Ok(())
}

fn submit(host: &HtmlElement, kind: &'static FormKind) -> Result<(), JsValue> {
    let lang = dom::lang_of(host);
    let Some(spec) = lis1_forms::form(kind.kind, lang) else { return Ok(()) };
    let root = dom::shadow(host)?;
    let doc = dom::document(host)?;
    form::clear_issues(&root)?;
    let mut input = form::read(&root, &spec)?;
    if let Some(object) = input.as_object_mut() {
        object.insert("lang".into(), Value::String(lang.code().into()));
    }
    let result = root.query_selector("section.result")?;
    match (kind.run)(&input, lang, &doc)? {
        Ok((detail, panel)) => {
            if let Some(result) = &result {
                result.replace_children_with_node_1(&panel);
            }
            let json = js_sys::JSON::stringify(&detail)?.as_string();
            super::set_form_state(host, json, None);
            dispatch(host, super::meta::RESULT.name, &detail)?;
        }
        Err(issues) => {
            if let Some(result) = &result {
                result.replace_children_with_node_0();
            }
            let first = form::show_issues(&root, &doc, &spec, lang, &issues)?;
            super::set_form_state(host, None, issues.first().map(|i| i.message.clone()));
            if let Some(first) = first.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
                first.focus()?;
            }
            let detail = js_sys::Object::new();
            js_sys::Reflect::set(&detail, &JsValue::from_str("issues"), &crate::convert::to_js(&issues)?)?;
            dispatch(host, super::meta::INVALID.name, &detail)?;
        }
    }
    Ok(())
}

fn dispatch(host: &HtmlElement, name: &str, detail: &JsValue) -> Result<(), JsValue> {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    let event = CustomEvent::new_with_event_init_dict(name, &init)?;
    host.dispatch_event(&event)?;
    Ok(())
}
