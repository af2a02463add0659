//! The line transforms `digits` and `normalize` as record jobs: each line (or the text field
//! of each JSON record, with `--field`) rewritten in place, line breaks kept as they were.

use super::json;
use super::records::{Job, JsonShape};
use crate::digits::{self, DigitAlphabet};
use crate::normalize::Normalizer;

/// `naskh digits`: digits converted to one alphabet.
pub(crate) struct DigitsJob {
    pub to: DigitAlphabet,
}

/// `naskh normalize`: the text normalized.
pub(crate) struct NormalizeJob {
    pub normalizer: Normalizer,
}

/// The JSON fields of a rewritten text: `{"text": …}` (the `--field` form replaces the field).
fn write_text_json(out: &str, buf: &mut Vec<u8>) -> Result<(), json::Error> {
    buf.extend_from_slice(b"{\"text\":");
    json::write_str(buf, out);
    buf.push(b'}');
    Ok(())
}

impl Job for DigitsJob {
    type Output = String;

    fn run(&self, text: &str) -> String {
        digits::convert(text, self.to).into_owned()
    }

    fn write_json(&self, out: &String, buf: &mut Vec<u8>) -> Result<(), json::Error> {
        write_text_json(out, buf)
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

impl Job for NormalizeJob {
    type Output = String;

    fn run(&self, text: &str) -> String {
        self.normalizer.normalize(text)
    }

    fn write_json(&self, out: &String, buf: &mut Vec<u8>) -> Result<(), json::Error> {
        write_text_json(out, buf)
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
