//! Shared by the tests that compare a committed, generated JSON file.

use std::path::Path;

use serde_json::Value;

/// Fails when the committed file at `path` differs from `value` (pretty
/// JSON and a newline), which comes from `source`; with `{env}=1` set,
/// rewrites the file instead. `test` is the test target that does this.
pub fn check_or_write(path: &Path, value: &Value, env: &str, test: &str, source: &str) {
    let text = serde_json::to_string_pretty(value).unwrap() + "\n";
    if std::env::var_os(env).is_some_and(|v| v == "1") {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).unwrap();
        }
        std::fs::write(path, text).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!("{}: {e}; run {env}=1 cargo test -p lis1kit --features elements --test {test}", path.display())
    });
    assert!(
        committed == text,
        "{} differs from {source}; run {env}=1 cargo test -p lis1kit --features elements --test {test} and commit",
        path.display()
    );
}
