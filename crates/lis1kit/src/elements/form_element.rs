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
    /// Runs the calculation on the form's input; returns the event detail
    /// and the result panel's content, or the issues.
    /// (`Err` = a DOM failure, not an input problem.)
    pub run: fn(&Value, Lang, &Document) -> Result<Result<(JsValue, Element), Vec<Issue>>, JsValue>,
}

const WIRED: &str = "__lis1Wired";

/// Attributes that re-draw a form element: `lang`, and `preset` (the id of
/// one of the form's presets, loaded when the element first draws).
pub const OBSERVED: &[&str] = &["lang", "preset"];

/// Draws (or re-draws, keeping the typed state) the element.
pub fn render(host: &HtmlElement, kind: &'static FormKind) -> Result<(), JsValue> {
    let lang = dom::lang_of(host);
    let Some(spec) = lis1_forms::form(kind.kind, lang) else { return Ok(()) };
    let root = dom::shadow(host)?;
    dom::adopt_styles(&root, style::CSS)?;
    let state = match root.query_selector("form")? {
        Some(_) => form::read(&root, &spec)?,
        None => initial_state(&spec, host.get_attribute("preset").as_deref()),
    };
    draw(host, &root, &spec, lang, &state, kind)
}

/// Replaces the shadow content with the form filled from `state` and an
/// empty result region.
fn draw(host: &HtmlElement, root: &ShadowRoot, spec: &lis1_forms::FormSpec, lang: Lang, state: &Value, kind: &'static FormKind) -> Result<(), JsValue> {
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
    draw(host, &root, &spec, lang, &initial_state(&spec, host.get_attribute("preset").as_deref()), kind)?;
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

/// A new form starts from the preset named by the `preset` attribute, or
/// with one empty row in its first list section.
fn initial_state(spec: &lis1_forms::FormSpec, preset: Option<&str>) -> Value {
    if let Some(found) = preset.and_then(|id| spec.presets.iter().find(|p| p.id == id)) {
        return found.input.clone();
    }
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
    let Some(button) = target.closest("button[data-add], button[data-remove], button[data-preset]")? else { return Ok(()) };
    let lang = dom::lang_of(host);
    let Some(spec) = lis1_forms::form(kind.kind, lang) else { return Ok(()) };
    let root = dom::shadow(host)?;
    let mut state = form::read(&root, &spec)?;
    let focus: String;
    if let Some(list) = button.get_attribute("data-add") {
        let key = list.trim_start_matches('/').to_owned();
        let len = match state.get_mut(&key).and_then(Value::as_array_mut) {
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
        if let Some(items) = state.get_mut(list.trim_start_matches('/')).and_then(Value::as_array_mut) {
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
            dispatch(host, "lis1-result", &detail)?;
        }
        Err(issues) => {
            if let Some(result) = &result {
                result.replace_children_with_node_0();
            }
            let first = form::show_issues(&root, &doc, &issues)?;
            super::set_form_state(host, None, issues.first().map(|i| i.message.clone()));
            if let Some(first) = first.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
                first.focus()?;
            }
            let detail = js_sys::Object::new();
            js_sys::Reflect::set(&detail, &JsValue::from_str("issues"), &crate::convert::to_js(&issues)?)?;
            dispatch(host, "lis1-invalid", &detail)?;
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
