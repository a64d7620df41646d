//! Custom elements, rendered by Rust into open shadow roots.
//!
//! `js/define-element.js` holds the only JS: a class extending `HTMLElement`
//! whose lifecycle callbacks call the Rust hooks registered here. Everything
//! shown is built with `textContent`, never HTML strings, so attribute values
//! and user input appear literally.

mod dom;
mod form;
mod form_element;
mod format;
mod rule_sets;
mod service;
mod style;
pub mod texts;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

#[wasm_bindgen(raw_module = "./define-element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineElement)]
    fn define_element(name: &str, observed: Array, hooks: &Object) -> bool;
}

/// One element: its tag, the attributes that trigger a re-render, and the
/// renderer.
struct ElementSpec {
    tag: &'static str,
    observed: &'static [&'static str],
    render: fn(&HtmlElement) -> Result<(), JsValue>,
}

const ELEMENTS: &[ElementSpec] = &[
    ElementSpec { tag: "lis1-rule-sets", observed: &["lang"], render: rule_sets::render },
    ElementSpec {
        tag: "lis1-remaining-service",
        observed: &["lang"],
        render: |host| form_element::render(host, &service::REMAINING),
    },
    ElementSpec { tag: "lis1-absence-check", observed: &["lang"], render: |host| form_element::render(host, &service::ABSENCE) },
];

/// Defines every lis1kit custom element. Idempotent: an element already
/// defined (e.g. the script loaded twice) is kept, with a console warning.
/// Returns the tags defined by this call.
#[wasm_bindgen(js_name = defineElements)]
pub fn define_elements() -> Result<Array, JsValue> {
    let defined = Array::new();
    for spec in ELEMENTS {
        let render = spec.render;
        let tag = spec.tag;
        // Lives as long as the page: one closure per element type, created once.
        let connected = Closure::<dyn Fn(HtmlElement)>::new(move |el: HtmlElement| {
            if let Err(err) = render(&el) {
                web_sys::console::error_2(&JsValue::from_str(&format!("lis1kit: <{tag}> failed to render")), &err);
            }
        });
        let hooks = Object::new();
        Reflect::set(&hooks, &JsValue::from_str("connected"), connected.as_ref())?;
        connected.forget();
        let observed: Array = spec.observed.iter().map(|a| JsValue::from_str(a)).collect();
        if define_element(spec.tag, observed, &hooks) {
            defined.push(&JsValue::from_str(spec.tag));
        }
    }
    Ok(defined)
}
