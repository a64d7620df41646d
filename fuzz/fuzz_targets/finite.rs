//! Numbers stay numbers (issue 26 item 4): every number in a result is finite. serde_json writes NaN and ±Infinity
//! as `null`, and no result field is ever `null` (absent options are left out), so a `null` anywhere in a result's
//! JSON is a number that was not one.

/// Panics (a finding) when `result`'s JSON holds a `null` or a non-finite number.
pub fn assert_finite<T: serde::Serialize>(result: &T) {
    let Ok(value) = serde_json::to_value(result) else { panic!("a result did not serialize") };
    walk(&value, &mut String::new());
}

fn walk(value: &serde_json::Value, path: &mut String) {
    match value {
        serde_json::Value::Null => panic!("null (a non-finite number) at {path}"),
        serde_json::Value::Number(n) => assert!(n.as_f64().is_some_and(f64::is_finite), "{n} at {path}"),
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("/{i}"));
                walk(item, path);
                path.truncate(len);
            }
        }
        serde_json::Value::Object(map) => {
            for (key, item) in map {
                let len = path.len();
                path.push('/');
                path.push_str(key);
                walk(item, path);
                path.truncate(len);
            }
        }
        _ => {}
    }
}
