//! Shared SVG building for the pictures of the result panels (the service
//! timeline, the cost charts): elements in the SVG namespace, and the
//! picture frame every one of them needs — `role="img"`, a `<title>` and a
//! `<desc>` that says in words what the picture shows (its text
//! alternative), both referenced by `aria-labelledby`.

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

const NS: &str = "http://www.w3.org/2000/svg";

/// An SVG element with attributes.
pub fn node(doc: &Document, tag: &str, attrs: &[(&str, String)]) -> Result<Element, JsValue> {
    let node = doc.create_element_ns(Some(NS), tag)?;
    for (k, v) in attrs {
        node.set_attribute(k, v)?;
    }
    Ok(node)
}

/// An SVG text element.
pub fn text(doc: &Document, content: &str, attrs: &[(&str, String)]) -> Result<Element, JsValue> {
    let node = node(doc, "text", attrs)?;
    node.set_text_content(Some(content));
    Ok(node)
}

/// An `<svg role="img">` with `part` and `class`, titled `title`; `id` makes
/// the ids of its `<title>` and `<desc>` unique within the shadow root.
/// Returns the picture and its (empty) `<desc>`, to be filled by the caller
/// once the description is known.
pub fn picture(
    doc: &Document,
    id: &str,
    part: &str,
    class: &str,
    title: &str,
    attrs: &[(&str, String)],
) -> Result<(Element, Element), JsValue> {
    let root = node(doc, "svg", attrs)?;
    root.set_attribute("role", "img")?;
    root.set_attribute("part", part)?;
    root.set_attribute("class", class)?;
    root.set_attribute("aria-labelledby", &format!("{id}-title {id}-desc"))?;
    let heading = node(doc, "title", &[("id", format!("{id}-title"))])?;
    heading.set_text_content(Some(title));
    root.append_child(&heading)?;
    let desc = node(doc, "desc", &[("id", format!("{id}-desc"))])?;
    root.append_child(&desc)?;
    Ok((root, desc))
}
