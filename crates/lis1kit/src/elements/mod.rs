//! Custom elements, rendered by Rust into open shadow roots.
//!
//! `js/define-element.js` holds the only JS: a class extending `HTMLElement`
//! whose lifecycle callbacks call the Rust hooks registered here. Everything
//! shown is built with `textContent`, never HTML strings, so attribute values
//! and user input appear literally.
// A module built for one calculation (cargo features) defines only its own
// elements; the other calculations' renderers stay compiled (the element
// table and the manifest test name them) but unused, and the linker drops them.
#![cfg_attr(not(feature = "calculations"), allow(dead_code))]

// The attributes' labels and help for the people who set them (native only: the manifest, not the wasm).
#[cfg(not(target_arch = "wasm32"))]
pub mod attribute_texts;
mod chart;
mod dom;
mod form;
mod form_element;
mod format;
pub mod meta;
mod rule_rows;
mod rule_sets;
mod rules;
mod style;
mod summary;
mod svg;
mod table;
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

/// Every element's table entry with the calculation it belongs to (its form's input kind, which is also the
/// calculation's cargo feature; none for the rule elements), in the order `defineElements()` defines them: what
/// `custom-elements.json` lists (`x-lis1kit-calculation`), from which the build writes the module each tag loads.
pub fn described() -> impl Iterator<Item = (&'static meta::ElementMeta, Option<&'static str>)> {
    table::ELEMENTS.iter().map(|spec| (spec.meta, spec.form().map(|kind| kind.kind)))
}

/// The form kind of a lis1 form element's tag (for `for`).
fn form_kind(tag: &str) -> Option<&'static form_element::FormKind> {
    table::ELEMENTS.iter().find(|spec| spec.meta.tag == tag).and_then(ElementSpec::form)
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
    for spec in table::ELEMENTS {
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
