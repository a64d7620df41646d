//! Small DOM helpers shared by the elements: shadow root, language, safe
//! text-only element creation, adopted stylesheets (allowed under a strict
//! `style-src 'self'` CSP, unlike inline `<style>`).

use lis1_core::Lang;
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Document, Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

/// The element's open shadow root, created on first use.
pub fn shadow(host: &HtmlElement) -> Result<ShadowRoot, JsValue> {
    match host.shadow_root() {
        Some(root) => Ok(root),
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)),
    }
}

/// The language for an element: its own `lang`, else the nearest ancestor's
/// `lang`, else the default (nb). Unknown values fall through to the next.
pub fn lang_of(host: &Element) -> Lang {
    let mut node = Some(host.clone());
    while let Some(el) = node {
        if let Some(lang) = el.get_attribute("lang").as_deref().and_then(Lang::from_html_lang) {
            return lang;
        }
        node = el.parent_element();
    }
    Lang::default()
}

/// The document of an element.
pub fn document(host: &Element) -> Result<Document, JsValue> {
    host.owner_document().ok_or_else(|| JsValue::from_str("element has no document"))
}

/// A new element with optional text (set as text, never parsed as HTML) and
/// `part` name for styling from outside.
pub fn el(doc: &Document, tag: &str, part: Option<&str>, text: Option<&str>) -> Result<Element, JsValue> {
    let node = doc.create_element(tag)?;
    if let Some(part) = part {
        node.set_attribute("part", part)?;
    }
    if let Some(text) = text {
        node.set_text_content(Some(text));
    }
    Ok(node)
}

/// Replaces the shadow root's stylesheet with `css` (constructable sheet).
pub fn adopt_styles(root: &ShadowRoot, css: &str) -> Result<(), JsValue> {
    // A sheet may be adopted only in the document whose window constructed it: an element moved into an iframe's
    // document gets a sheet made by that window (issue 26 item 10), so it keeps its styles.
    let window = root.owner_document().and_then(|d| d.default_view());
    let sheet: CssStyleSheet = match window.map(|w| js_sys::Reflect::get(&w, &JsValue::from_str("CSSStyleSheet"))) {
        Some(Ok(constructor)) if constructor.is_function() => {
            js_sys::Reflect::construct(constructor.unchecked_ref::<js_sys::Function>(), &js_sys::Array::new())?
                .unchecked_into()
        }
        _ => CssStyleSheet::new()?,
    };
    sheet.replace_sync(css)?;
    root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    Ok(())
}

/// Appends a freshly built child (saves a binding at every call site).
pub fn append(parent: &Element, child: Result<Element, JsValue>) -> Result<(), JsValue> {
    let child = child?;
    parent.append_child(&child)?;
    Ok(())
}

/// Today's date in the visitor's time zone (the timeline's today, the date
/// on a printed result).
pub fn today() -> Option<lis1_core::Date> {
    let now = js_sys::Date::new_0();
    let month = time::Month::try_from(u8::try_from(now.get_month() + 1).ok()?).ok()?;
    #[allow(clippy::cast_possible_wrap)]
    lis1_core::Date::from_calendar_date(now.get_full_year() as i32, month, u8::try_from(now.get_date()).ok()?).ok()
}
