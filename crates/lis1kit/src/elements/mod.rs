//! Custom elements, rendered by Rust into open shadow roots.
//!
//! `js/define-element.js` holds the only JS: a class extending `HTMLElement`
//! whose lifecycle callbacks call the Rust hooks registered here. Everything
//! shown is built with `textContent`, never HTML strings, so attribute values
//! and user input appear literally.
// A module built for one calculation (cargo features) defines only its own
// elements; the other calculations' renderers stay compiled (the element
// table and the manifest test name them) but unused, and the linker drops them.
#![cfg_attr(not(all(feature = "service", feature = "eligibility", feature = "cost")), allow(dead_code))]

// The attributes' labels and help for the people who set them (native only: the manifest, not the wasm).
#[cfg(not(target_arch = "wasm32"))]
pub mod attribute_texts;
mod chart;
mod cost;
mod dom;
mod eligibility;
mod form;
mod form_element;
mod format;
pub mod meta;
mod rule_sets;
mod rules;
mod service;
mod style;
mod summary;
mod svg;
mod timeline;
mod view;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

#[wasm_bindgen(raw_module = "./define-element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineElement)]
    fn define_element(name: &str, observed: Array, hooks: &Object) -> bool;
    /// Form value (JSON text or null) and validity message of an element.
    #[wasm_bindgen(js_name = setFormState)]
    pub(crate) fn set_form_state(element: &HtmlElement, value: Option<String>, message: Option<String>);
    /// `element.dispatchEvent(new CustomEvent(type, { bubbles, composed, detail }))`, the init an object literal.
    #[wasm_bindgen(js_name = dispatchLis1Event)]
    pub(crate) fn dispatch_event(element: &HtmlElement, name: &str, detail: &JsValue);
}

/// An object without a prototype, for the hooks handed to define-element.js:
/// setting its fields runs no page setter on `Object.prototype` (issue 26 item 1).
fn bare_object() -> Object {
    Object::create(JsValue::NULL.unchecked_ref())
}

/// One element: its table entry (tag, observed attributes, …) and what it
/// renders.
struct ElementSpec {
    meta: &'static meta::ElementMeta,
    body: Body,
}

/// A form element (rendered by `form_element`, with the hooks for `input`
/// and reset) or an element with its own renderer.
enum Body {
    Plain(fn(&HtmlElement) -> Result<(), JsValue>),
    Form(&'static form_element::FormKind),
}

impl ElementSpec {
    fn form(&self) -> Option<&'static form_element::FormKind> {
        match self.body {
            Body::Form(kind) => Some(kind),
            Body::Plain(_) => None,
        }
    }
}

const ELEMENTS: &[ElementSpec] = &[
    ElementSpec { meta: &meta::RULE_SETS, body: Body::Plain(rule_sets::render) },
    ElementSpec { meta: &meta::RULES, body: Body::Plain(rules::render) },
    #[cfg(feature = "service")]
    ElementSpec { meta: &meta::REMAINING_SERVICE, body: Body::Form(&service::REMAINING) },
    #[cfg(feature = "service")]
    ElementSpec { meta: &meta::ABSENCE_CHECK, body: Body::Form(&service::ABSENCE) },
    #[cfg(feature = "eligibility")]
    ElementSpec { meta: &meta::ELIGIBILITY, body: Body::Form(&eligibility::ELIGIBILITY) },
    #[cfg(feature = "cost")]
    ElementSpec { meta: &meta::COST_ESTIMATE, body: Body::Form(&cost::COST) },
];

/// The form kind of a lis1 form element's tag (for `for`).
fn form_kind(tag: &str) -> Option<&'static form_element::FormKind> {
    ELEMENTS.iter().find(|spec| spec.meta.tag == tag).and_then(ElementSpec::form)
}

fn log_error(tag: &str, what: &str, err: &JsValue) {
    web_sys::console::error_2(&JsValue::from_str(&format!("lis1kit: <{tag}> {what} failed")), err);
}

/// Adds the form hooks (`reset`, `getInput`, `setInput`, `attributeChanged`,
/// `submit`, `click`, `edited`, `calculate`, `follow`). Like `connected`, each is one closure per
/// element type, created once; the listeners of each element are JS
/// closures in `define-element.js`, so nothing Rust holds keeps a removed
/// element alive (issue 16 item 1).
fn form_hooks(hooks: &Object, tag: &'static str, kind: &'static form_element::FormKind) -> Result<(), JsValue> {
    let reset = Closure::<dyn Fn(HtmlElement)>::new(move |el: HtmlElement| {
        if let Err(err) = form_element::reset(&el, kind) {
            log_error(tag, "reset", &err);
        }
    });
    Reflect::set(hooks, &JsValue::from_str("reset"), reset.as_ref())?;
    reset.forget();
    // `source`: the element named by `for`, found by define-element.js.
    let get = Closure::<dyn Fn(HtmlElement, Option<HtmlElement>) -> JsValue>::new(move |el, source| {
        form_element::get_input(&el, kind, source).unwrap_or_else(|err| {
            log_error(tag, "reading input", &err);
            JsValue::NULL
        })
    });
    Reflect::set(hooks, &JsValue::from_str("getInput"), get.as_ref())?;
    get.forget();
    let changed = Closure::<dyn Fn(HtmlElement, String)>::new(move |el: HtmlElement, attribute: String| {
        if let Err(err) = form_element::attribute_changed(&el, kind, &attribute) {
            log_error(tag, "attribute change", &err);
        }
    });
    Reflect::set(hooks, &JsValue::from_str("attributeChanged"), changed.as_ref())?;
    changed.forget();
    // Throws (the `Lis1Error` of an input over the limits): the caller learns
    // that the form was left as it was.
    let set = Closure::<dyn Fn(HtmlElement, JsValue, Option<HtmlElement>) -> Result<(), JsValue>>::new(
        move |el: HtmlElement, value: JsValue, source| form_element::set_input(&el, kind, &value, source),
    );
    Reflect::set(hooks, &JsValue::from_str("setInput"), set.as_ref())?;
    set.forget();
    let submit = Closure::<dyn Fn(HtmlElement, web_sys::Event)>::new(move |el: HtmlElement, event: web_sys::Event| {
        event.prevent_default();
        if let Err(err) = form_element::submit(&el, kind) {
            log_error(tag, "calculating", &err);
        }
    });
    Reflect::set(hooks, &JsValue::from_str("submit"), submit.as_ref())?;
    submit.forget();
    let click = Closure::<dyn Fn(HtmlElement, web_sys::Event)>::new(move |el: HtmlElement, event: web_sys::Event| {
        if let Err(err) = form_element::click(&el, kind, &event) {
            log_error(tag, "a button", &err);
        }
    });
    Reflect::set(hooks, &JsValue::from_str("click"), click.as_ref())?;
    click.forget();
    let edited = Closure::<dyn Fn(HtmlElement)>::new(move |el: HtmlElement| {
        if let Err(err) = form_element::edited(&el) {
            log_error(tag, "an edit", &err);
        }
    });
    Reflect::set(hooks, &JsValue::from_str("edited"), edited.as_ref())?;
    edited.forget();
    let calculate = Closure::<dyn Fn(HtmlElement, Option<HtmlElement>) -> bool>::new(move |el, source| {
        form_element::calculate(&el, kind, source).unwrap_or_else(|err| {
            log_error(tag, "calculating", &err);
            false
        })
    });
    Reflect::set(hooks, &JsValue::from_str("calculate"), calculate.as_ref())?;
    calculate.forget();
    let follow = Closure::<dyn Fn(HtmlElement, HtmlElement, JsValue)>::new(move |el, source, detail| {
        if let Err(err) = form_element::follow(&el, kind, &source, &detail) {
            log_error(tag, "following its `for` form", &err);
        }
    });
    Reflect::set(hooks, &JsValue::from_str("follow"), follow.as_ref())?;
    follow.forget();
    Ok(())
}

/// TypeScript: the tags `defineElements()` returns, one per entry of
/// [`ELEMENTS`] (a test below keeps the two equal).
// wasm-bindgen copies the text at macro time, so rustc sees no use of the
// const on any target; natively only the test below reads it.
#[allow(dead_code)]
const TS_ELEMENT_TAG: &str = r#"
/** The tag of a lis1kit custom element, as returned by `defineElements()`. */
export type ElementTag = 'lis1-rule-sets' | 'lis1-rules' | 'lis1-remaining-service' | 'lis1-absence-check' | 'lis1-eligibility' | 'lis1-cost-estimate';
"#;
#[wasm_bindgen(typescript_custom_section)]
const TS_ELEMENT_TAG_SECTION: &'static str = TS_ELEMENT_TAG;

/// Defines the lis1kit custom elements this module carries: all of them, or
/// only those named in `tags` (other names are ignored). Idempotent: an
/// element already defined (e.g. the script loaded twice) is kept, with a
/// console warning. Returns the tags defined by this call.
#[wasm_bindgen(js_name = defineElements, unchecked_return_type = "ElementTag[]")]
pub fn define_elements(
    #[wasm_bindgen(unchecked_optional_param_type = "ElementTag[]")] tags: JsValue,
) -> Result<Array, JsValue> {
    // `lis1kit/elements` passes the tags a page still lacks, so that a second
    // module (a page with elements of two calculations) defines only those.
    let wanted: Option<Vec<String>> =
        Array::is_array(&tags).then(|| Array::from(&tags).iter().filter_map(|t| t.as_string()).collect());
    let defined = Array::new();
    for spec in ELEMENTS {
        let tag = spec.meta.tag;
        if wanted.as_ref().is_some_and(|w| !w.iter().any(|t| t == tag)) {
            continue;
        }
        // Lives as long as the page: one closure per element type, created once.
        let connected = Closure::<dyn Fn(HtmlElement)>::new(move |el: HtmlElement| {
            let rendered = match spec.body {
                Body::Plain(render) => render(&el),
                Body::Form(kind) => form_element::render(&el, kind),
            };
            if let Err(err) = rendered {
                log_error(tag, "rendering", &err);
            }
        });
        let hooks = bare_object();
        Reflect::set(&hooks, &JsValue::from_str("connected"), connected.as_ref())?;
        connected.forget();
        if let Some(kind) = spec.form() {
            form_hooks(&hooks, tag, kind)?;
        }
        let observed: Array = spec.meta.observed().map(JsValue::from_str).collect();
        if define_element(tag, observed, &hooks) {
            defined.push(&JsValue::from_str(tag));
        }
    }
    Ok(defined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_typescript_element_tags_are_the_defined_elements() {
        let ts: Vec<&str> = TS_ELEMENT_TAG.split('\'').skip(1).step_by(2).collect();
        let tags: Vec<&str> = ELEMENTS.iter().map(|e| e.meta.tag).collect();
        assert_eq!(ts, tags);
    }

    #[test]
    fn the_defined_elements_are_the_table_s_in_its_order() {
        let defined: Vec<&str> = ELEMENTS.iter().map(|e| e.meta.tag).collect();
        let table: Vec<&str> = meta::ELEMENTS.iter().map(|e| e.tag).collect();
        assert_eq!(defined, table);
    }

    #[test]
    fn a_form_element_documents_exactly_its_preset_attributes() {
        for spec in ELEMENTS {
            let documented: Vec<(&str, &str)> =
                spec.meta.attributes().filter_map(|a| Some((a.name, a.pointer?))).collect();
            let used: Vec<(&str, &str)> = spec
                .form()
                .map(|k| k.attributes.iter().filter_map(|a| Some((a.name, a.pointer?))).collect())
                .unwrap_or_default();
            assert_eq!(documented, used, "<{}>", spec.meta.tag);
            // Hand-listed from the README's embedding example: the eligibility
            // presets are specialty, round, employer, kommune, then the
            // employer's facts and the view (issue 15 item 6); cost: kommune, start.
            let observed: Vec<&str> = spec.meta.observed().collect();
            match spec.meta.tag {
                "lis1-eligibility" => assert_eq!(
                    observed,
                    [
                        "lang",
                        "preset",
                        "rules-href",
                        "for",
                        "specialty",
                        "round",
                        "employer",
                        "kommune",
                        "registered",
                        "vacancy-from",
                        "fixed-salary",
                        "recruitment-weak",
                        "supervision",
                        "advertised",
                        "lis3-public",
                        "view"
                    ]
                ),
                "lis1-cost-estimate" => {
                    assert_eq!(observed, ["lang", "preset", "rules-href", "for", "kommune", "start"])
                }
                "lis1-remaining-service" | "lis1-absence-check" => {
                    assert_eq!(observed, ["lang", "preset", "rules-href", "for"])
                }
                "lis1-rules" => assert_eq!(observed, ["lang", "section"]),
                _ => assert_eq!(observed, ["lang"]),
            }
        }
    }
}
