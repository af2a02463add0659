//! The line transforms `digits` and `normalize` as record jobs: each line (or the text field
//! of each JSON record, with `--field`) rewritten in place, line breaks kept as they were.

use super::json;
use super::records::{Job, JsonShape};

/// A line transform: each text rewritten by `apply` (`naskh digits`: digits converted to one
/// alphabet; `naskh normalize`: the text normalized).
pub(crate) struct TransformJob<F> {
    pub apply: F,
}

impl<F: Fn(&str) -> String + Sync> Job for TransformJob<F> {
    type Output = String;

    fn run(&self, text: &str) -> String {
        (self.apply)(text)
    }

    /// `{"text": …}` (the `--field` form replaces the field instead).
    fn write_json(&self, out: &String, buf: &mut Vec<u8>) -> Result<(), json::Error> {
        buf.extend_from_slice(b"{\"text\":");
        json::write_str(buf, out);
        buf.push(b'}');
        Ok(())
    }

    fn write_text(&self, out: &String, buf: &mut Vec<u8>) {
        buf.extend_from_slice(out.as_bytes());
    }

    fn json_shape(&self) -> JsonShape {
        JsonShape::ReplaceField
    }

    fn keeps_line_breaks(&self) -> bool {
        true
    }
}
