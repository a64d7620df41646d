//! JSON pointers (RFC 6901) into the caller's input, e.g. `/periods/2/end`.

use std::fmt;

/// A JSON pointer built segment by segment while walking an input.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pointer(String);

impl Pointer {
    /// The pointer to the whole input (`""`).
    pub fn root() -> Self {
        Pointer(String::new())
    }

    /// This pointer extended by an object key, escaped per RFC 6901.
    pub fn key(&self, key: &str) -> Self {
        let escaped = key.replace('~', "~0").replace('/', "~1");
        Pointer(format!("{}/{}", self.0, escaped))
    }

    /// This pointer extended by an array index.
    pub fn index(&self, index: usize) -> Self {
        Pointer(format!("{}/{}", self.0, index))
    }

    /// The pointer text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Converts a Rust field name to the camelCase key it has in JSON
/// (`learning_goals_approved` → `learningGoalsApproved`). Input types use
/// `#[serde(rename_all = "camelCase")]`, so this is exact for them.
pub fn camel_case(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut upper = false;
    for c in field.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_segments_are_escaped_per_rfc_6901() {
        let p = Pointer::root().key("periods").index(2).key("a/b~c");
        assert_eq!(p.as_str(), "/periods/2/a~1b~0c");
    }

    #[test]
    fn rust_field_names_become_json_keys() {
        assert_eq!(camel_case("learning_goals_approved"), "learningGoalsApproved");
        assert_eq!(camel_case("end"), "end");
    }
}
