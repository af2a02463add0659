//! One JSON Lines input record: its fields, its text, and writing it back with naskh's output
//! added under `"naskh"`.
//!
//! Why not parse into a `serde_json::Value` and serialize it again: at corpus scale that costs
//! more than cleaning some of the pages. The fields are kept as the raw JSON text of the line
//! ([`serde_json::value::RawValue`]) and copied to the output as they are, with no parsing into
//! values and no allocation per field.
//!
//! The output must stay exactly what parsing and re-serializing gives (compact, numbers and
//! strings in `serde_json`'s form, a repeated key keeping its first place and last value), so a
//! field is copied raw only when its text is already in that form: a string whose escapes are
//! the ones `serde_json` writes, an integer, `true`/`false`/`null`, an array of those with no
//! whitespace. Anything else — a float, an escape such as `\u0627` or `\/`, whitespace, a nested
//! object — is parsed and written again. The text field is decoded (naskh needs its value) by
//! [`decode_text`], which also says whether its raw text can be copied. A line that is unusual as
//! a whole (a repeated key, a text field that is neither a string nor null, very deep nesting,
//! or anything the fast reading rejects) goes through the old path, parsing into a `Value`, so
//! that its error message or output is the old one too.

use std::borrow::Cow;
use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::json;

/// A field's value, ready to be written.
enum Piece<'a> {
    /// Raw JSON text that is already exactly what `serde_json` would write.
    Raw(&'a str),
    /// A string whose raw text was not (an escape `serde_json` does not write): its value.
    Str(String),
    /// Anything else that has to be written again.
    Value(Value),
    /// The text field: its raw JSON text when that is already in `serde_json`'s form (copied),
    /// else `None` (written from [`Object::text`]).
    Text(Option<&'a str>),
}

/// A JSON object read from one input line, and the text of the field naskh works on.
pub(crate) struct Object<'a> {
    /// The fields, in input order (each key once).
    fields: Vec<(Cow<'a, str>, Piece<'a>)>,
    /// The text field's value.
    text: Cow<'a, str>,
}

impl<'a> Object<'a> {
    /// Reads `line` and finds the string field `field`; `Err` says why the record cannot be
    /// processed (the messages naskh reports).
    pub(crate) fn parse(line: &'a str, field: &str) -> Result<Self, String> {
        match parse_fast(line, field) {
            Some(result) => result,
            None => parse_value(line, field),
        }
    }

    /// The text to work on.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// Writes the record as one compact JSON object: every field in input order, the output
    /// of `naskh` as the value of `"naskh"` (in that field's place if the input had one, else
    /// last), then `"invalid_utf8": true` when asked (in place, or last).
    pub(crate) fn write(
        &self,
        buf: &mut Vec<u8>,
        invalid_utf8: bool,
        naskh: &mut dyn FnMut(&mut Vec<u8>) -> Result<(), json::Error>,
    ) -> Result<(), json::Error> {
        self.write_with(buf, "naskh", true, invalid_utf8, naskh)
    }
}

impl Object<'_> {
    /// Writes one field's value as it was read.
    fn write_piece(&self, buf: &mut Vec<u8>, piece: &Piece<'_>) -> Result<(), json::Error> {
        match piece {
            Piece::Raw(raw) => buf.extend_from_slice(raw.as_bytes()),
            Piece::Str(s) => json::write_str(buf, s),
            Piece::Value(v) => json::write(buf, v)?,
            Piece::Text(Some(raw)) => buf.extend_from_slice(raw.as_bytes()),
            Piece::Text(None) => json::write_str(buf, &self.text),
        }
        Ok(())
    }

    /// Writes the object: every field in input order, `value` as the value of the field `key`
    /// (in its place; appended last when the record has none and `append` is set), then
    /// `"invalid_utf8": true` when asked (in place, or last).
    fn write_with(
        &self,
        buf: &mut Vec<u8>,
        key: &str,
        append: bool,
        invalid_utf8: bool,
        value: &mut dyn FnMut(&mut Vec<u8>) -> Result<(), json::Error>,
    ) -> Result<(), json::Error> {
        buf.push(b'{');
        let mut wrote_key = false;
        let mut wrote_flag = false;
        for (i, (name, piece)) in self.fields.iter().enumerate() {
            if i > 0 {
                buf.push(b',');
            }
            json::write_str(buf, name);
            buf.push(b':');
            if name == key {
                value(buf)?;
                wrote_key = true;
            } else if invalid_utf8 && name == "invalid_utf8" {
                buf.extend_from_slice(b"true");
                wrote_flag = true;
            } else {
                self.write_piece(buf, piece)?;
            }
        }
        if append && !wrote_key {
            if !self.fields.is_empty() {
                buf.push(b',');
            }
            json::write_str(buf, key);
            buf.push(b':');
            value(buf)?;
        }
        if invalid_utf8 && !wrote_flag {
            buf.extend_from_slice(b",\"invalid_utf8\":true");
        }
        buf.push(b'}');
        Ok(())
    }

    /// Writes the object with its text field `field` set to what `text` writes (a JSON string
    /// is made of it), every other field as it was read, and `"invalid_utf8": true` when the
    /// line had invalid UTF-8: the shape of commands that rewrite the text in place.
    pub(crate) fn write_replacing(
        &self,
        buf: &mut Vec<u8>,
        field: &str,
        invalid_utf8: bool,
        text: &str,
    ) -> Result<(), json::Error> {
        self.write_with(buf, field, false, invalid_utf8, &mut |b| {
            json::write_str(b, text);
            Ok(())
        })
    }
}

/// The fast reading: `None` when the line must take the old path ([`parse_value`]).
fn parse_fast<'a>(line: &'a str, field: &str) -> Option<Result<Object<'a>, String>> {
    let Entries(entries) = serde_json::from_str(line).ok()?;
    if has_repeated_key(&entries) {
        return None;
    }
    let mut fields = Vec::with_capacity(entries.len());
    let mut text = None;
    for (key, raw) in entries {
        let raw = raw.get();
        let piece = if key == field {
            match raw.as_bytes().first() {
                Some(b'"') => {
                    let (value, canonical) = decode_text(raw)?;
                    text = Some(value);
                    Piece::Text(canonical.then_some(raw))
                }
                Some(b'n') => Piece::Raw(raw),
                // Not a string: the old path says what it is.
                _ => return None,
            }
        } else {
            piece(raw)?
        };
        fields.push((key, piece));
    }
    Some(match text {
        Some(text) => Ok(Object { fields, text }),
        None => Err(no_string_field(field)),
    })
}

/// The value of the text field from its raw JSON string (quotes included), and whether the raw
/// text is already in `serde_json`'s form; `None` when it cannot be decoded here (then the old
/// path decides).
///
/// Page text is full of `\n`: decoding it here, with the line's raw text already checked by
/// `serde_json`, takes one allocation of the right size and one pass that copies the runs
/// between escapes, where `serde_json` grows a scratch buffer and copies it once more. Strings
/// with a `\u` escape (whose surrogate pairs `serde_json` checks) are left to `serde_json`.
fn decode_text(raw: &str) -> Option<(Cow<'_, str>, bool)> {
    let inner = raw.get(1..raw.len().checked_sub(1)?)?;
    let bytes = inner.as_bytes();
    let Some(first) = memchr::memchr(b'\\', bytes) else {
        return Some((Cow::Borrowed(inner), true));
    };
    if memchr::memmem::find(bytes, b"\\u").is_some() {
        let value: String = serde_json::from_str(raw).ok()?;
        return Some((Cow::Owned(value), string_is_canonical(raw.as_bytes())));
    }
    let mut value = String::with_capacity(inner.len());
    let mut canonical = true;
    let mut start = 0;
    let mut at = first;
    loop {
        value.push_str(inner.get(start..at)?);
        let escaped = match bytes.get(at + 1)? {
            b'n' => '\n',
            b'"' => '"',
            b'\\' => '\\',
            b't' => '\t',
            b'r' => '\r',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'/' => {
                canonical = false;
                '/'
            }
            _ => return None,
        };
        value.push(escaped);
        start = at + 2;
        match bytes
            .get(start..)
            .and_then(|rest| memchr::memchr(b'\\', rest))
        {
            Some(next) => at = start + next,
            None => break,
        }
    }
    value.push_str(inner.get(start..)?);
    Some((Cow::Owned(value), canonical))
}

/// The old reading, through a `Value`: for lines the fast reading does not take, so that their
/// output and error messages stay what they were.
fn parse_value<'a>(line: &'a str, field: &str) -> Result<Object<'a>, String> {
    let object: Map<String, Value> = match serde_json::from_str::<Value>(line) {
        Ok(Value::Object(object)) => object,
        Ok(other) => {
            return Err(format!(
                "expected a JSON object, found {}",
                kind_of_value(&other)
            ))
        }
        Err(e) => return Err(format!("malformed JSON: {e}")),
    };
    let text = match object.get(field) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => return Err(no_string_field(field)),
        Some(other) => return Err(not_a_string(field, kind_of_value(other))),
    };
    Ok(Object {
        fields: object
            .into_iter()
            .map(|(k, v)| (Cow::Owned(k), Piece::Value(v)))
            .collect(),
        text: Cow::Owned(text),
    })
}

fn no_string_field(field: &str) -> String {
    format!("no string field {field:?} in this JSON object")
}

fn not_a_string(field: &str, kind: &str) -> String {
    format!("field {field:?} is {kind}, not a string")
}

fn kind_of_value(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Whether two fields have the same key (as decoded: `"a"` and `"\u0061"` are the same).
fn has_repeated_key(entries: &[(Cow<'_, str>, &RawValue)]) -> bool {
    if entries.len() <= 16 {
        entries
            .iter()
            .enumerate()
            .any(|(i, (key, _))| entries.iter().take(i).any(|(k, _)| k == key))
    } else {
        let mut keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_ref()).collect();
        keys.sort_unstable();
        keys.windows(2).any(|w| w.first() == w.get(1))
    }
}

/// How a raw value is written: `None` when the whole line must take the old path.
fn piece(raw: &str) -> Option<Piece<'_>> {
    if raw.starts_with('"') {
        return Some(if string_is_canonical(raw.as_bytes()) {
            Piece::Raw(raw)
        } else {
            Piece::Str(serde_json::from_str(raw).ok()?)
        });
    }
    match scan(raw.as_bytes()) {
        Scan::Canonical => Some(Piece::Raw(raw)),
        Scan::Rewrite => serde_json::from_str(raw).ok().map(Piece::Value),
        Scan::TooDeep => None,
    }
}

/// The length of the escape sequence at the start of `escape` (which starts with `\`) when it
/// is the one `serde_json` writes for its character, else `None`.
fn canonical_escape(escape: &[u8]) -> Option<usize> {
    match escape.get(1)? {
        b'"' | b'\\' | b'b' | b'f' | b'n' | b'r' | b't' => Some(2),
        b'u' => match escape.get(2..6)? {
            // serde_json writes \u00XX (lowercase hex) only for the control characters that
            // have no short escape.
            [b'0', b'0', b'0', b'0'..=b'7' | b'b' | b'e' | b'f']
            | [b'0', b'0', b'1', b'0'..=b'9' | b'a'..=b'f'] => Some(6),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a raw JSON string (quotes included) is exactly what `serde_json` writes for its
/// value. The raw text is valid JSON, so only its escapes can differ.
fn string_is_canonical(raw: &[u8]) -> bool {
    let mut at = 0;
    while let Some(found) = raw.get(at..).and_then(|rest| memchr::memchr(b'\\', rest)) {
        let start = at + found;
        match raw.get(start..).and_then(canonical_escape) {
            Some(len) => at = start + len,
            None => return false,
        }
    }
    true
}

enum Scan {
    /// Copy it as it is.
    Canonical,
    /// Parse it and write it again.
    Rewrite,
    /// Nested deeper than the fast path handles (near `serde_json`'s recursion limit).
    TooDeep,
}

/// Deepest nesting of arrays and objects handled by the fast path; `serde_json` stops at 128.
const MAX_DEPTH: usize = 100;

/// Looks at a raw JSON value that is not a string (valid JSON, as `serde_json` accepted it).
fn scan(raw: &[u8]) -> Scan {
    let mut canonical = true;
    let mut depth = 0usize;
    let mut at = 0;
    while let Some(&byte) = raw.get(at) {
        match byte {
            b'"' => {
                // A string inside an array or object: find its end, checking its escapes.
                at += 1;
                loop {
                    let Some(found) = raw.get(at..).and_then(|r| memchr::memchr2(b'"', b'\\', r))
                    else {
                        return Scan::Rewrite; // cannot happen in valid JSON
                    };
                    at += found;
                    if raw.get(at) == Some(&b'"') {
                        at += 1;
                        break;
                    }
                    match raw.get(at..).and_then(canonical_escape) {
                        Some(len) => at += len,
                        None => {
                            canonical = false;
                            at += 2; // an escaped quote is two bytes; others are longer
                        }
                    }
                }
            }
            b'[' | b'{' => {
                // Nested objects may repeat a key, which parsing resolves: always rewrite.
                canonical &= byte == b'[';
                depth += 1;
                if depth > MAX_DEPTH {
                    return Scan::TooDeep;
                }
                at += 1;
            }
            b']' | b'}' => {
                depth = depth.saturating_sub(1);
                at += 1;
            }
            b',' => at += 1,
            b't' | b'f' | b'n' => {
                at += raw.get(at..).map_or(1, |r| {
                    r.iter().take_while(|b| b.is_ascii_lowercase()).count()
                });
            }
            b'-' | b'0'..=b'9' => {
                let len = raw.get(at..).map_or(1, |r| {
                    r.iter()
                        .take_while(|b| matches!(b, b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'))
                        .count()
                });
                let number = raw.get(at..at + len).unwrap_or_default();
                canonical &= integer_is_canonical(number);
                at += len;
            }
            _ => {
                canonical = false; // whitespace (or `:`, only inside objects, which are rewritten)
                at += 1;
            }
        }
    }
    if canonical {
        Scan::Canonical
    } else {
        Scan::Rewrite
    }
}

/// Whether a raw JSON number is an integer that `serde_json` reads as `u64` or `i64` and so
/// writes back with the same digits (`-0` is read as a float, larger numbers too).
fn integer_is_canonical(number: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(number) else {
        return false;
    };
    if !number.iter().skip(1).all(u8::is_ascii_digit) {
        return false;
    }
    if text.starts_with('-') {
        text.parse::<i64>().is_ok_and(|n| n < 0)
    } else {
        text.parse::<u64>().is_ok()
    }
}

/// The fields of a JSON object, in input order, each value as its raw text.
struct Entries<'a>(Vec<(Cow<'a, str>, &'a RawValue)>);

impl<'de> Deserialize<'de> for Entries<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct EntriesVisitor;
        impl<'de> Visitor<'de> for EntriesVisitor {
            type Value = Entries<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries<'de>, A::Error> {
                let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(4));
                while let Some(Key(key)) = map.next_key()? {
                    let value: &'de RawValue = map.next_value()?;
                    entries.push((key, value));
                }
                Ok(Entries(entries))
            }
        }
        d.deserialize_map(EntriesVisitor)
    }
}

/// An object key, borrowed from the line when it has no escapes.
struct Key<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What the old path wrote for `line`, with `{"n":1}` as naskh's output.
    fn old(line: &str, field: &str, invalid: bool) -> Result<(String, Vec<u8>), String> {
        let mut object = match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(o)) => o,
            Ok(other) => {
                return Err(format!(
                    "expected a JSON object, found {}",
                    kind_of_value(&other)
                ))
            }
            Err(e) => return Err(format!("malformed JSON: {e}")),
        };
        let text = match object.get(field) {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Null) | None => return Err(no_string_field(field)),
            Some(other) => return Err(not_a_string(field, kind_of_value(other))),
        };
        object.insert("naskh".into(), serde_json::json!({"n": 1}));
        if invalid {
            object.insert("invalid_utf8".into(), Value::Bool(true));
        }
        Ok((text, serde_json::to_vec(&Value::Object(object)).unwrap()))
    }

    fn new(line: &str, field: &str, invalid: bool) -> Result<(String, Vec<u8>), String> {
        let object = Object::parse(line, field)?;
        let mut buf = Vec::new();
        object
            .write(&mut buf, invalid, &mut |b| {
                b.extend_from_slice(b"{\"n\":1}");
                Ok(())
            })
            .unwrap();
        Ok((object.text().to_owned(), buf))
    }

    fn same(line: &str, field: &str) {
        for invalid in [false, true] {
            assert_eq!(
                new(line, field, invalid),
                old(line, field, invalid),
                "{line}"
            );
        }
    }

    #[test]
    fn the_same_as_parsing_into_a_value() {
        for line in [
            r#"{"id": 0, "text": "a\nb \"q\" \\ \u0001 \u001f", "url": "http://x/y"}"#,
            r#"{"id":1,"text":"a\/b \u0041 \u00e9 \u0008 \u001F \u000a"}"#,
            r#"{"id":1.0,"text":"x","f":1e5,"g":-0,"h":18446744073709551615,"i":18446744073709551616}"#,
            r#"{"text":"x","j":-9223372036854775808,"k":-9223372036854775809,"l":1.5E+3}"#,
            r#"{"text":"x","big":1e400}"#,
            r#"{"text":"x","s":"\ud800"}"#,
            r#"{"text":"\ud83d\ude00 \uD83D\uDE00"}"#,
            r#"{"id":1,"text":"dup","id":2}"#,
            r#"{"text":"a","text":"b"}"#,
            r#"{"te\u0078t":"escaped key","text":"c"}"#,
            r#"{"naskh":"old","text":"x","invalid_utf8":false}"#,
            r#"{"text":"x","naskh":1e400}"#,
            r#"  { "text" : "x" , "o" : { "a" : [ 1 , 2 ] , "a" : { } } , "e" : [ ] }  "#,
            r#"{"text":"x","arr":[1,[2,[]],"s\n",true,false,null,{"k":1}],"a2":[1, 2]}"#,
            r#"{"text":"x"} trailing"#,
            r#"{"text":"x",}"#,
            r#"{}"#,
            r#"{"text":null}"#,
            r#"{"text":5}"#,
            r#"{"text":[]}"#,
            r#"{"text":{}}"#,
            r#"{"text":true}"#,
            r#"{"text":""}"#,
            r#"[1]"#,
            r#""s""#,
            r#"{"text":"x","n":01}"#,
        ] {
            same(line, "text");
        }
        let deep = |n: usize| {
            format!(
                "{{\"text\":\"x\",\"d\":{}{}}}",
                "[".repeat(n),
                "]".repeat(n)
            )
        };
        for n in [99, 100, 101, 126, 127, 128, 129, 200] {
            same(&deep(n), "text");
        }
        let many: String = (0..40).map(|i| format!("\"k{}\":{i},", i % 39)).collect();
        same(&format!("{{{many}\"text\":\"x\"}}"), "text");
        same(r#"{"naskh":"the text","text":1}"#, "naskh");
    }

    #[test]
    fn plain_fields_are_copied_raw() {
        let object = Object::parse(
            r#"{"id": 7, "text": "a\nb", "tags": ["x",1], "u": "\"q\""}"#,
            "text",
        )
        .unwrap();
        let kinds: Vec<&str> = object
            .fields
            .iter()
            .map(|(_, p)| match p {
                Piece::Raw(raw) => raw,
                Piece::Text(Some(_)) => "TEXT",
                _ => "other",
            })
            .collect();
        assert_eq!(kinds, ["7", "TEXT", r#"["x",1]"#, r#""\"q\"""#]);
        assert_eq!(object.text(), "a\nb");
        // The page text is borrowed from the line when it has no escapes.
        let object = Object::parse(r#"{"text": "سلام"}"#, "text").unwrap();
        assert!(matches!(object.text, Cow::Borrowed("سلام")));
        let object =
            Object::parse(r#"{"text": "\u0627", "s": "\u0627", "f": 0.5}"#, "text").unwrap();
        assert!(matches!(object.fields.get(1), Some((_, Piece::Str(s))) if s == "ا"));
        assert!(matches!(object.fields.get(2), Some((_, Piece::Value(_)))));
        assert_eq!(object.text(), "ا");
    }

    #[test]
    fn text_with_a_slash_escape_is_written_from_its_value() {
        let object = Object::parse(r#"{"text": "a\/b\n"}"#, "text").unwrap();
        assert!(matches!(
            object.fields.first(),
            Some((_, Piece::Text(None)))
        ));
        assert_eq!(object.text(), "a/b\n");
        same(r#"{"text": "a\/b\n"}"#, "text");
    }

    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            (-1e6f64..1e6).prop_map(Value::from),
            "(\\PC|[\\x00-\\x1f\"\\\\/]){0,12}".prop_map(Value::String),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::vec(("[a-c]{1,2}", inner), 0..4)
                    .prop_map(|kv| Value::Object(kv.into_iter().collect())),
            ]
        })
    }

    /// Writes JSON the way other tools do: ASCII-only escapes, spaces, upper-case hex.
    fn restyle(line: &str, seed: u8) -> String {
        let mut out = String::new();
        let mut in_string = false;
        let mut escaped = false;
        for c in line.chars() {
            if in_string {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == '"' {
                    in_string = false;
                } else if !c.is_ascii() && seed.is_multiple_of(2) {
                    let mut units = [0u16; 2];
                    for u in c.encode_utf16(&mut units) {
                        out.push_str(&format!("\\u{u:04X}"));
                    }
                    continue;
                }
            } else if c == '"' {
                in_string = true;
            } else if (c == ',' || c == ':') && seed.is_multiple_of(3) {
                out.push(c);
                out.push(' ');
                continue;
            }
            out.push(c);
        }
        out
    }

    proptest! {
        #[test]
        fn decodes_text_as_serde_json_does(text in "(\\PC|[\x00-\x1f\"\\\\/]){0,60}", seed: u8) {
            let canonical = serde_json::to_string(&text).unwrap();
            let slashed = canonical.replace('/', "\\/");
            for raw in [canonical.clone(), slashed, restyle(&canonical, seed)] {
                let decoded: String = serde_json::from_str(&raw).unwrap();
                let (value, copy_raw) = decode_text(&raw).unwrap();
                prop_assert_eq!(&value, &decoded);
                prop_assert_eq!(copy_raw, raw == canonical, "{}", raw);
            }
        }

        #[test]
        fn any_object_the_same_as_parsing(
            fields in prop::collection::vec(("[a-e]|text|naskh|invalid_utf8", json_value()), 0..6),
            seed: u8,
        ) {
            let mut line = String::from("{");
            for (i, (k, v)) in fields.iter().enumerate() {
                if i > 0 { line.push(','); }
                line.push_str(&serde_json::to_string(k).unwrap());
                line.push(':');
                line.push_str(&serde_json::to_string(v).unwrap());
            }
            line.push('}');
            for l in [line.clone(), restyle(&line, seed)] {
                for invalid in [false, true] {
                    prop_assert_eq!(new(&l, "text", invalid), old(&l, "text", invalid), "{}", l);
                }
            }
        }
    }
}
