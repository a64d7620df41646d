//! JSON Schemas (draft 2020-12) of the inputs, generated from the Rust types
//! of the core crates (feature `schema`, native only), and the committed
//! copies in `crates/lis1kit/schemas/` that `scripts/build.mjs` ships as
//! `pkg/schemas/*.json`, embeds into `pkg/schemas.js` (read by `schema(kind)`;
//! not in the wasm) and turns into `types.d.ts`.
//!
//! `UPDATE_SCHEMAS=1 cargo test -p lis1kit --test schemas` rewrites the files;
//! without it the test fails when a committed file differs from what the
//! types generate, so schemas and validators cannot drift apart.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use std::path::PathBuf;

use schemars::generate::{Contract, SchemaGenerator, SchemaSettings};
use schemars::JsonSchema;
use serde_json::{Map, Value};

fn generator(contract: Contract) -> SchemaGenerator {
    let mut settings = SchemaSettings::draft2020_12();
    settings.contract = contract;
    settings.transforms.push(Box::new(lis1_core::schema::tidy));
    settings.into_generator()
}

fn input_schema<T: JsonSchema>() -> Value {
    generator(Contract::Deserialize).into_root_schema_for::<T>().to_value()
}

/// The input schema of each kind of `lis1kit::kinds::KINDS`.
fn kind_schemas() -> Vec<(&'static str, Value)> {
    vec![
        ("service", input_schema::<lis1_service::ServiceInput>()),
        ("eligibility", input_schema::<lis1_eligibility::EligibilityInput>()),
        ("cost", input_schema::<lis1_cost::CostInput>()),
        ("distribution", input_schema::<lis1_eligibility::DistributionInput>()),
        ("portal", input_schema::<lis1_eligibility::PortalInput>()),
    ]
}

/// Every input (read as deserialised) and result (as serialised) type of the
/// API under `$defs`, for json-schema-to-typescript. Input and result types
/// share no names; a shared name with two different schemas fails here.
fn types_schema() -> Value {
    let mut inputs = generator(Contract::Deserialize);
    inputs.subschema_for::<lis1_service::ServiceInput>();
    inputs.subschema_for::<lis1_eligibility::EligibilityInput>();
    inputs.subschema_for::<lis1_cost::CostInput>();
    inputs.subschema_for::<lis1_cost::CostComparisonInput>();
    inputs.subschema_for::<lis1_eligibility::DistributionInput>();
    inputs.subschema_for::<lis1_eligibility::PortalInput>();
    inputs.subschema_for::<lis1_service::RosterInput>();
    let mut results = generator(Contract::Serialize);
    results.subschema_for::<lis1_service::ServiceResult>();
    results.subschema_for::<lis1_service::AbsenceResult>();
    results.subschema_for::<lis1_eligibility::EligibilityResult>();
    results.subschema_for::<lis1_eligibility::Distribution>();
    results.subschema_for::<lis1_eligibility::PortalResult>();
    results.subschema_for::<lis1_cost::CostResult>();
    results.subschema_for::<lis1_cost::CostComparison>();
    results.subschema_for::<lis1_core::Issue>();
    results.subschema_for::<lis1_service::Roster>();
    results.subschema_for::<lis1_core::file::TextFile>();
    results.subschema_for::<lis1_core::form::FormSpec>();
    let mut defs: Map<String, Value> = inputs.take_definitions(true);
    let mut results = results.take_definitions(true);
    // A form's `kind` is one of the kinds that have a form (lis1-core's form
    // model does not know the calculations; the bindings' table does).
    if let Some(kind) = results.get_mut("FormSpec").and_then(|f| f.pointer_mut("/properties/kind")) {
        kind["enum"] = serde_json::json!(lis1kit::forms::KINDS);
    }
    for (name, schema) in results {
        if let Some(existing) = defs.get(&name) {
            assert_eq!(existing, &schema, "{name} differs between inputs and results");
        }
        defs.insert(name, schema);
    }
    let mut root = Map::new();
    root.insert("$schema".into(), "https://json-schema.org/draft/2020-12/schema".into());
    root.insert("title".into(), "lis1kit".into());
    root.insert("type".into(), "object".into());
    root.insert("additionalProperties".into(), false.into());
    root.insert("$defs".into(), Value::Object(defs));
    let mut root = Value::Object(root);
    bare_refs(&mut root);
    root
}

/// Keeps only `$ref` where a reference has siblings (a field's description):
/// json-schema-to-typescript would otherwise declare a numbered copy of the
/// referenced type for every such field.
fn bare_refs(value: &mut Value) {
    match value {
        Value::Object(obj) => {
            if let Some(reference) = obj.get("$ref").cloned() {
                obj.clear();
                obj.insert("$ref".into(), reference);
                return;
            }
            obj.values_mut().for_each(bare_refs);
        }
        Value::Array(list) => list.iter_mut().for_each(bare_refs),
        _ => {}
    }
}

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schemas")
}

fn check_or_write(name: &str, value: &Value) {
    common::check_or_write(&dir().join(name), value, "UPDATE_SCHEMAS", "schemas", "the schema the Rust types generate");
}

#[test]
fn committed_schemas_match_the_rust_types() {
    let schemas = kind_schemas();
    let kinds: Vec<&str> = schemas.iter().map(|(k, _)| *k).collect();
    assert_eq!(kinds, lis1kit::kinds::KINDS, "one schema per kind of validate(kind, …)");
    for (kind, schema) in &schemas {
        check_or_write(&format!("{kind}.schema.json"), schema);
    }
    check_or_write("types.schema.json", &types_schema());
}

/// Picks `/properties/<name>` of a `$defs` entry of a kind's schema.
fn prop<'a>(schema: &'a Value, def: &str, name: &str) -> &'a Value {
    let obj = if def.is_empty() { schema } else { &schema["$defs"][def] };
    &obj["properties"][name]
}

#[test]
fn constraints_come_from_the_validators_lists_and_limits() {
    let all = kind_schemas();
    let service = &all[0].1;
    let enum_of = |list: &[&str]| Value::from(list.to_vec());
    assert_eq!(service["additionalProperties"], false, "deny_unknown_fields");
    assert_eq!(prop(service, "Period", "part")["enum"], enum_of(lis1_service::model::PARTS));
    assert_eq!(prop(service, "Period", "position")["enum"], enum_of(lis1_service::model::POSITIONS));
    assert_eq!(prop(service, "Absence", "kind")["enum"], enum_of(lis1_service::model::ABSENCE_KINDS));
    assert_eq!(prop(service, "ServiceOptions", "dayUnit")["enum"], enum_of(lis1_service::model::DAY_UNITS));
    assert_eq!(prop(service, "Period", "start")["format"], "date");
    assert_eq!(prop(service, "Period", "start")["pattern"], lis1_core::date::ISO_DATE_PATTERN);
    assert_eq!(prop(service, "Period", "percent")["minimum"], lis1_core::input::PERCENT_MIN);
    assert_eq!(prop(service, "Period", "percent")["maximum"], lis1_core::input::PERCENT_MAX);
    assert_eq!(prop(service, "", "periods")["maxItems"], lis1_service::params::MAX_PERIODS);
    assert_eq!(prop(service, "", "absences")["maxItems"], lis1_service::params::MAX_ABSENCES);
    assert_eq!(service["$defs"]["Lang"]["enum"], serde_json::json!(["nb", "nn", "en"]));
    // Optional fields are written by leaving them out: not required, not null.
    assert_eq!(service["required"], serde_json::json!(["periods"]));
    assert_eq!(prop(service, "Period", "percent")["type"], "number");

    let eligibility = &all[1].1;
    assert_eq!(prop(eligibility, "Applicant", "specialty")["enum"], enum_of(lis1_eligibility::input::SPECIALTIES));
    assert_eq!(
        prop(eligibility, "Applicant", "exemptions")["items"]["enum"],
        enum_of(lis1_eligibility::input::EXEMPTIONS)
    );
    assert_eq!(prop(eligibility, "Employer", "kind")["enum"], enum_of(lis1_eligibility::input::EMPLOYER_KINDS));
    // The row limits the reader caps at (review 19): each value once.
    assert_eq!(prop(eligibility, "Applicant", "exemptions")["maxItems"], lis1_eligibility::input::MAX_EXEMPTIONS);
    assert_eq!(prop(eligibility, "Employer", "approvedFor")["maxItems"], lis1_eligibility::input::MAX_APPROVED_FOR);

    let cost = &all[2].1;
    assert_eq!(prop(cost, "PositionInput", "part")["enum"], enum_of(lis1_cost::PARTS));
    assert_eq!(prop(cost, "PositionInput", "zone")["enum"], enum_of(lis1_cost::zones::ZONE_NAMES));
    assert_eq!(prop(cost, "", "positions")["maxItems"], lis1_cost::input::MAX_POSITIONS);
    // The entry limits the reader caps at (review 19): one per parameter id, one per accepted year 1900..=2200.
    assert_eq!(prop(cost, "", "parameters")["maxProperties"], lis1_cost::parameters::PARAMETERS.len());
    assert_eq!(prop(cost, "", "priceIndex")["maxProperties"], 2200 - 1900 + 1);

    let distribution = &all[3].1;
    assert_eq!(prop(distribution, "Allocation", "rhf")["enum"], enum_of(lis1_eligibility::kommuner::RHF_CODES));
}

/// Every list of every input has a row limit (`maxItems`), at most 1 000
/// (the absences'): the reader reads a list only to one row past its limit,
/// so what a list costs to read is bounded by it.
#[test]
fn every_input_list_has_a_row_limit() {
    fn walk(value: &Value, at: &str, out: &mut Vec<(String, Option<u64>)>) {
        match value {
            Value::Object(map) => {
                let is_list = match map.get("type") {
                    Some(Value::String(t)) => t == "array",
                    Some(Value::Array(ts)) => ts.iter().any(|t| t == "array"),
                    _ => false,
                };
                if is_list {
                    out.push((at.to_owned(), map.get("maxItems").and_then(Value::as_u64)));
                }
                for (key, inner) in map {
                    walk(inner, &format!("{at}/{key}"), out);
                }
            }
            Value::Array(items) => {
                items.iter().enumerate().for_each(|(i, inner)| walk(inner, &format!("{at}/{i}"), out))
            }
            _ => {}
        }
    }
    let mut lists = Vec::new();
    for (kind, schema) in kind_schemas() {
        walk(&schema, kind, &mut lists);
    }
    // The walk finds lists at all: service periods (MAX_PERIODS) and the distribution's byRhf (one per RHF, B-30).
    assert!(lists.iter().any(|(at, max)| at.ends_with("/periods") && *max == Some(200)), "{lists:?}");
    assert!(lists.iter().any(|(at, max)| at.ends_with("/byRhf") && *max == Some(4)), "{lists:?}");
    for (at, max) in lists {
        let max = max.unwrap_or_else(|| panic!("{at}: a list without maxItems"));
        assert!(max <= 1000, "{at}: maxItems {max} > 1000");
    }
}

/// A form's copy of an input (`el.input`) cuts every text, list and object one past 1 000 characters, rows or keys
/// (`lis1kit::js_source::MOST_COPIED`, elements only): every limit of every input must be within it, so the cut
/// never changes what is refused. Checked on the schemas, which carry each field's limit.
#[test]
fn every_input_limit_is_within_what_a_form_copies() {
    fn walk(value: &Value, at: &str, out: &mut Vec<(String, u64)>) {
        match value {
            Value::Object(map) => {
                for key in ["maxLength", "maxItems", "maxProperties"] {
                    if let Some(n) = map.get(key).and_then(Value::as_u64) {
                        out.push((format!("{at}/{key}"), n));
                    }
                }
                for (key, inner) in map {
                    walk(inner, &format!("{at}/{key}"), out);
                }
            }
            Value::Array(items) => {
                items.iter().enumerate().for_each(|(i, inner)| walk(inner, &format!("{at}/{i}"), out))
            }
            _ => {}
        }
    }
    let mut limits = Vec::new();
    for (kind, schema) in kind_schemas() {
        walk(&schema, kind, &mut limits);
    }
    // The walk finds the limits: the rotation's 100 characters (MAX_ROTATION_CHARS) and the absences' 1 000 rows.
    assert!(limits.iter().any(|(at, n)| at.ends_with("/rotation/maxLength") && *n == 100), "{limits:?}");
    assert!(limits.iter().any(|(at, n)| at.ends_with("/absences/maxItems") && *n == 1000), "{limits:?}");
    for (at, n) in limits {
        assert!(n <= 1000, "{at}: {n} > 1000");
    }
}
