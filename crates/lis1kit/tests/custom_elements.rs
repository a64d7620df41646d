//! `custom-elements.json` (Custom Elements Manifest, schema 2.1.0) from the
//! elements' own table (`lis1kit::elements::meta`). `scripts/build.mjs`
//! ships it in the package (`"customElements"` in package.json) and the
//! site's reference page is drawn from it.
//!
//! `UPDATE_MANIFEST=1 cargo test -p lis1kit --features elements --test custom_elements` rewrites
//! the file; without it the test fails when the committed file differs.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use std::path::PathBuf;

use lis1kit::elements::meta::{self, ElementMeta};
use lis1kit::elements::{attribute_texts, described};
use serde_json::{json, Value};

fn types(text: &str, el: &ElementMeta) -> String {
    let (input, result) = el.types.unwrap_or(("unknown", "unknown"));
    text.replace("{input}", input).replace("{result}", result)
}

/// The committed JSON Schema (tests/schemas.rs) whose title is `input`, and its kind.
fn input_schema(input: &str) -> Option<(String, Value)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schemas");
    lis1kit::kinds::KINDS.iter().find_map(|kind| {
        let text = std::fs::read_to_string(dir.join(format!("{kind}.schema.json"))).ok()?;
        let schema: Value = serde_json::from_str(&text).ok()?;
        (schema["title"] == input).then(|| ((*kind).to_owned(), schema))
    })
}

/// The schema node at a JSON pointer of the input (following `$ref`s;
/// a number segment is a list item).
fn at_pointer<'a>(schema: &'a Value, pointer: &str) -> Option<&'a Value> {
    let deref = |node: &'a Value| -> &'a Value {
        match node["$ref"].as_str().and_then(|r| r.strip_prefix("#/$defs/")) {
            Some(name) => &schema["$defs"][name],
            None => node,
        }
    };
    let mut node = schema;
    for segment in pointer.split('/').skip(1) {
        let here = deref(node);
        node = if segment.parse::<usize>().is_ok() { &here["items"] } else { &here["properties"][segment] };
        if node.is_null() {
            return None;
        }
    }
    Some(deref(node))
}

/// `'a' | 'b'` of a list of names.
fn union<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    names.into_iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(" | ")
}

/// An attribute's type: a preset attribute's is the enum of the input
/// field it fills (from the input's JSON Schema), `preset`'s the ids of the
/// form's presets; otherwise the table's type text.
fn attribute_type(el: &ElementMeta, a: &meta::Attribute) -> String {
    let Some((kind, schema)) = el.types.and_then(|(input, _)| input_schema(input)) else {
        return a.type_text.to_owned();
    };
    if a.name == "preset" {
        let spec = lis1kit::forms::form(&kind, lis1_core::Lang::En).expect("a form per element kind");
        return union(spec.presets.iter().map(|p| p.id));
    }
    let Some(pointer) = a.pointer else { return a.type_text.to_owned() };
    let field = at_pointer(&schema, pointer)
        .unwrap_or_else(|| panic!("<{}> {}: {pointer} is no field of {kind}", el.tag, a.name));
    match field["enum"].as_array() {
        Some(names) => union(names.iter().filter_map(Value::as_str)),
        None => field["type"].as_str().unwrap_or(a.type_text).to_owned(),
    }
}

/// A text in the three languages, as the manifest's extension fields hold it.
fn in_three(m: &lis1_core::MessageDef) -> Value {
    json!({ "nb": m.nb, "nn": m.nn, "en": m.en })
}

/// The attribute's words for the people who set it (`elements::attribute_texts`), as extension fields of the
/// manifest (names starting `x-`, which the schema leaves open): `x-lis1kit-label` and `x-lis1kit-help`, each
/// `{ nb, nn, en }`, and where its names are codes, `x-lis1kit-choices`: `{ name: { nb, nn, en } }`.
fn with_texts(v: &mut Value, name: &str) {
    let texts = attribute_texts::of(name).unwrap_or_else(|| panic!("attribute {name}: no label and help"));
    v["x-lis1kit-label"] = in_three(&texts.label);
    v["x-lis1kit-help"] = in_three(&texts.help);
    if !texts.choices.is_empty() {
        let choices: serde_json::Map<String, Value> =
            texts.choices.iter().map(|(name, m)| ((*name).to_owned(), in_three(m))).collect();
        v["x-lis1kit-choices"] = choices.into();
    }
}

fn declaration(el: &ElementMeta, calculation: Option<&str>) -> Value {
    let attributes: Vec<Value> = el
        .attributes()
        .map(|a| {
            let mut v =
                json!({ "name": a.name, "type": { "text": attribute_type(el, a) }, "description": a.description });
            if let Some(pointer) = a.pointer {
                v["description"] =
                    format!("{} Preset attribute: fills the input at JSON pointer {pointer}.", a.description).into();
            }
            with_texts(&mut v, a.name);
            v
        })
        .collect();
    let members: Vec<Value> = el
        .members
        .iter()
        .map(|m| {
            let mut v = json!({
                "kind": if m.method { "method" } else { "field" },
                "name": m.name,
                "description": m.description,
            });
            if m.method {
                v["return"] = json!({ "type": { "text": "boolean" } });
            } else {
                v["type"] = json!({ "text": types(m.type_text, el) });
                if m.readonly {
                    v["readonly"] = true.into();
                }
            }
            v
        })
        .collect();
    let events: Vec<Value> = el
        .events
        .iter()
        .map(|e| json!({ "name": e.name, "type": { "text": types(e.type_text, el) }, "description": e.description }))
        .collect();
    let parts: Vec<Value> = el.parts().map(|p| json!({ "name": p.name, "description": p.description })).collect();
    let props: Vec<Value> =
        el.css_properties.iter().map(|p| json!({ "name": p.name, "description": p.description })).collect();
    let mut v = json!({
        "kind": "class",
        "name": el.class_name,
        "description": format!("{} {}", el.description, meta::FALLBACK),
        "customElement": true,
        "tagName": el.tag,
        "superclass": { "name": "HTMLElement" },
        "attributes": attributes,
        "members": members,
        "events": events,
        "cssParts": parts,
        "cssProperties": props,
        "slots": [],
    });
    // The calculation a form element belongs to (an extension field): scripts/build.mjs writes from it which
    // module elements.js loads for each tag, so that no file besides the element table lists the tags.
    if let Some(calculation) = calculation {
        v["x-lis1kit-calculation"] = calculation.into();
    }
    v
}

fn manifest() -> Value {
    let declarations: Vec<Value> = described().map(|(el, calculation)| declaration(el, calculation)).collect();
    let exports: Vec<Value> = described()
        .map(|(el, _)| json!({ "kind": "custom-element-definition", "name": el.tag, "declaration": { "name": el.class_name, "module": "elements.js" } }))
        .collect();
    json!({
        "schemaVersion": "2.1.0",
        "readme": "README.md",
        "modules": [{
            "kind": "javascript-module",
            "path": "elements.js",
            "description": "Side-effect entry (`lis1kit/elements`): defines the custom elements.",
            "declarations": declarations,
            "exports": exports,
        }],
    })
}

#[test]
fn committed_custom_elements_json_matches_the_elements_table() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("custom-elements.json");
    let source = "the element table (src/elements/table.rs, meta.rs)";
    common::check_or_write(&path, &manifest(), "UPDATE_MANIFEST", "custom_elements", source);
}

#[test]
fn the_manifest_says_what_the_readme_promises() {
    // Independently from README.md "Embedding": the form elements dispatch
    // lis1-result and lis1-invalid and take an `input` property; the
    // eligibility element takes specialty, round, employer, kommune.
    let m = manifest();
    let decls = m["modules"][0]["declarations"].as_array().unwrap();
    // Every element is declared, in the order defineElements() defines them (the element table's tests list the
    // tags by hand); the form elements, and only they, name their calculation.
    let tags: Vec<&str> = decls.iter().map(|d| d["tagName"].as_str().unwrap()).collect();
    let defined: Vec<&str> = described().map(|(el, _)| el.tag).collect();
    assert_eq!(tags, defined);
    for d in decls {
        let form = d["members"].as_array().unwrap().iter().any(|m| m["name"] == "input");
        assert_eq!(d["x-lis1kit-calculation"].is_string(), form, "{}", d["tagName"]);
    }
    let input_type = |d: &Value| {
        d["members"].as_array().unwrap().iter().find(|m| m["name"] == "input").map(|m| m["type"]["text"].clone())
    };
    let eligibility = decls.iter().find(|d| input_type(d) == Some("EligibilityInput".into())).unwrap();
    let attrs: Vec<&str> =
        eligibility["attributes"].as_array().unwrap().iter().map(|a| a["name"].as_str().unwrap()).collect();
    for name in ["lang", "preset", "name", "specialty", "round", "employer", "kommune"] {
        assert!(attrs.contains(&name), "{name} in {attrs:?}");
    }
    let events: Vec<&str> =
        eligibility["events"].as_array().unwrap().iter().map(|e| e["name"].as_str().unwrap()).collect();
    assert_eq!(events, ["lis1-result", "lis1-invalid"]);
    assert_eq!(eligibility["events"][0]["type"]["text"], "CustomEvent<EligibilityResult>");
    let input = eligibility["members"].as_array().unwrap().iter().find(|m| m["name"] == "input").unwrap();
    assert_eq!(input["type"]["text"], "EligibilityInput");
    assert_eq!(m["schemaVersion"], "2.1.0");
    // Attribute types from the input schema and the form's presets (rules
    // section 3, T-4 and B-1: the bound specialties; the eligibility form's two presets).
    let type_of = |name: &str| {
        eligibility["attributes"].as_array().unwrap().iter().find(|a| a["name"] == name).unwrap()["type"]["text"]
            .clone()
    };
    assert_eq!(type_of("specialty"), "'allmennmedisin' | 'psykiatri' | 'bup'");
    assert_eq!(type_of("employer"), "'helseforetak' | 'kommune'");
    assert_eq!(type_of("round"), "string");
    assert_eq!(type_of("preset"), "'psykiatri-2022' | 'allmennmedisin-bodo'");
    // Issue 24 item 2: each attribute carries its label and help for the people who set it, in nb, nn and en.
    let round = eligibility["attributes"].as_array().unwrap().iter().find(|a| a["name"] == "round").unwrap();
    assert_eq!(round["x-lis1kit-label"]["nb"], "Oppstart (LIS1-runde)");
    for lang in ["nb", "nn", "en"] {
        for a in eligibility["attributes"].as_array().unwrap() {
            assert!(a["x-lis1kit-label"][lang].as_str().is_some_and(|t| !t.is_empty()), "{} {lang}", a["name"]);
            assert!(a["x-lis1kit-help"][lang].as_str().is_some_and(|t| !t.is_empty()), "{} {lang}", a["name"]);
        }
    }
    let view = eligibility["attributes"].as_array().unwrap().iter().find(|a| a["name"] == "view").unwrap();
    assert_eq!(view["x-lis1kit-choices"]["applicant"]["nn"], "Søkjarane (stillingsannonse)");
}
