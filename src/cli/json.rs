//! A compact JSON writer for the CLI's output records, byte-for-byte the same as
//! `serde_json::to_writer`, but faster on long strings.
//!
//! Why it exists: at corpus scale the CLI writes about four times its input as JSON strings (the
//! normalized text, each language's text, the text with dates converted). `serde_json` escapes a
//! string one byte at a time; [`write_str`] looks at eight bytes at a time and copies the runs
//! that need no escaping whole, which took string escaping from about a fifth of all the
//! instructions of `naskh clean` to under a tenth. The output must not change, so the writer
//! follows `serde_json`'s compact format exactly (the tests compare the two on random input), and
//! it hands the rare cases that matter little to speed (floats, 128-bit integers, byte strings)
//! to `serde_json` itself.
//!
//! It is a [`serde::Serializer`], so the shape of each record is still defined once, by the
//! `Serialize` implementations of the types written (such as [`crate::clean::Document`]).

use std::fmt;

use serde::ser::{self, Serialize};

/// Appends `value` as compact JSON to `buf`, exactly as `serde_json::to_writer` would.
pub(crate) fn write<T: Serialize + ?Sized>(buf: &mut Vec<u8>, value: &T) -> Result<(), Error> {
    value.serialize(&mut Writer { buf })
}

/// Bytes with the high bit set in each of eight lanes.
const HIGH: u64 = 0x8080_8080_8080_8080;
/// One in each of eight lanes.
const ONES: u64 = 0x0101_0101_0101_0101;

/// Whether any of the eight bytes of `chunk` must be escaped in a JSON string: a control
/// character (below 0x20), `"` or `\`. Each lane of the result has its high bit set exactly
/// when that byte needs escaping (bytes at or above 0x80 never do).
#[inline]
fn needs_escape(chunk: u64) -> u64 {
    // For bytes below 0x80, `b - k` borrows into the high bit exactly when `b < k`; `!chunk`
    // masks out bytes at or above 0x80 (whose high bit is set). The equality tests use the
    // same trick on `b ^ c`, which is zero exactly when `b == c`.
    let control = chunk.wrapping_sub(ONES * 0x20);
    let quote = (chunk ^ (ONES * u64::from(b'"'))).wrapping_sub(ONES);
    let backslash = (chunk ^ (ONES * u64::from(b'\\'))).wrapping_sub(ONES);
    (control | quote | backslash) & !chunk & HIGH
}

/// The escape `serde_json` writes for `byte`, or `None` when it is written as it is.
#[inline]
fn escape(byte: u8) -> Option<&'static [u8]> {
    Some(match byte {
        b'"' => b"\\\"",
        b'\\' => b"\\\\",
        0x08 => b"\\b",
        0x0c => b"\\f",
        b'\n' => b"\\n",
        b'\r' => b"\\r",
        b'\t' => b"\\t",
        0x00..=0x1f => return Some(&[]), // written as \u00XX by the caller
        _ => return None,
    })
}

/// The index of the first byte at or after `at` that must be escaped, if any.
#[inline]
fn next_escape(bytes: &[u8], mut at: usize) -> Option<usize> {
    // Sixteen bytes a step, as two words tested together (the compiler turns the pair into one
    // vector operation); page text needs an escape (mostly a line break) every 60 bytes or so.
    while let Some(block) = bytes.get(at..at + 16) {
        let (a, b) = block.split_at(8);
        let mut wa = [0u8; 8];
        let mut wb = [0u8; 8];
        wa.copy_from_slice(a);
        wb.copy_from_slice(b);
        let ha = needs_escape(u64::from_le_bytes(wa));
        let hb = needs_escape(u64::from_le_bytes(wb));
        if ha | hb != 0 {
            return Some(if ha != 0 {
                at + ha.trailing_zeros() as usize / 8
            } else {
                at + 8 + hb.trailing_zeros() as usize / 8
            });
        }
        at += 16;
    }
    let rest = bytes.get(at..)?;
    rest.iter()
        .position(|&b| escape(b).is_some())
        .map(|offset| at + offset)
}

/// Appends `s` as a JSON string (with its quotes) to `buf`, escaping exactly the characters
/// `serde_json` escapes: `"`, `\` and the control characters below U+0020 (as `\b \f \n \r \t`
/// or `\u00xx` with lowercase hex digits). Everything else, including non-ASCII text, is copied
/// as it is.
pub(crate) fn write_str(buf: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = s.as_bytes();
    buf.reserve(bytes.len() + 2);
    buf.push(b'"');
    // The first byte not yet copied.
    let mut start = 0;
    while let Some(i) = next_escape(bytes, start) {
        buf.extend_from_slice(bytes.get(start..i).unwrap_or_default());
        let byte = bytes.get(i).copied().unwrap_or_default();
        match escape(byte) {
            Some(esc) if !esc.is_empty() => buf.extend_from_slice(esc),
            _ => {
                buf.extend_from_slice(b"\\u00");
                buf.push(HEX.get(usize::from(byte >> 4)).copied().unwrap_or(b'0'));
                buf.push(HEX.get(usize::from(byte & 0xf)).copied().unwrap_or(b'0'));
            }
        }
        start = i + 1;
    }
    buf.extend_from_slice(bytes.get(start..).unwrap_or_default());
    buf.push(b'"');
}

/// Appends the decimal digits of `n`.
fn write_u64(buf: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        if let Some(d) = digits.get_mut(i) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || i == 0 {
            break;
        }
    }
    buf.extend_from_slice(digits.get(i..).unwrap_or_default());
}

fn write_i64(buf: &mut Vec<u8>, n: i64) {
    if n < 0 {
        buf.push(b'-');
    }
    write_u64(buf, n.unsigned_abs());
}

/// Why a value could not be written (only a map key that is not a string or a number, as with
/// `serde_json`, or an error raised by the value's own `Serialize`).
#[derive(Debug)]
pub(crate) struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

impl From<Error> for std::io::Error {
    fn from(e: Error) -> Self {
        std::io::Error::other(e)
    }
}

/// Hands one value to `serde_json` (for the types this writer does not format itself).
fn via_serde_json<T: Serialize + ?Sized>(buf: &mut Vec<u8>, value: &T) -> Result<(), Error> {
    serde_json::to_writer(buf, value).map_err(|e| Error(e.to_string()))
}

struct Writer<'a> {
    buf: &'a mut Vec<u8>,
}

/// An array or object being written; `first` says whether a comma is due before the next item.
struct Compound<'w, 'a> {
    w: &'w mut Writer<'a>,
    first: bool,
    /// What closes it: `]`, `}`, or `}}` for a variant wrapped in an object.
    close: &'static [u8],
}

impl Compound<'_, '_> {
    fn comma(&mut self) {
        if !self.first {
            self.w.buf.push(b',');
        }
        self.first = false;
    }
}

impl<'w, 'a> ser::Serializer for &'w mut Writer<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'w, 'a>;
    type SerializeTuple = Compound<'w, 'a>;
    type SerializeTupleStruct = Compound<'w, 'a>;
    type SerializeTupleVariant = Compound<'w, 'a>;
    type SerializeMap = Compound<'w, 'a>;
    type SerializeStruct = Compound<'w, 'a>;
    type SerializeStructVariant = Compound<'w, 'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.buf
            .extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        write_i64(self.buf, v);
        Ok(())
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        via_serde_json(self.buf, &v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        write_u64(self.buf, v);
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        via_serde_json(self.buf, &v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        via_serde_json(self.buf, &v)
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        via_serde_json(self.buf, &v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        write_str(self.buf, v.encode_utf8(&mut [0u8; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(self.buf, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        via_serde_json(self.buf, v)
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.buf.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.buf.push(b'{');
        write_str(self.buf, variant);
        self.buf.push(b':');
        value.serialize(&mut *self)?;
        self.buf.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'w, 'a>, Error> {
        self.buf.push(b'[');
        Ok(Compound {
            w: self,
            first: true,
            close: b"]",
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'w, 'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Compound<'w, 'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'w, 'a>, Error> {
        self.buf.push(b'{');
        write_str(self.buf, variant);
        self.buf.extend_from_slice(b":[");
        Ok(Compound {
            w: self,
            first: true,
            close: b"]}",
        })
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'w, 'a>, Error> {
        self.buf.push(b'{');
        Ok(Compound {
            w: self,
            first: true,
            close: b"}",
        })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Compound<'w, 'a>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'w, 'a>, Error> {
        self.buf.push(b'{');
        write_str(self.buf, variant);
        self.buf.extend_from_slice(b":{");
        Ok(Compound {
            w: self,
            first: true,
            close: b"}}",
        })
    }
}

impl Compound<'_, '_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        value.serialize(&mut *self.w)
    }
    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.comma();
        write_str(self.w.buf, key);
        self.w.buf.push(b':');
        value.serialize(&mut *self.w)
    }
    fn finish(self) -> Result<(), Error> {
        self.w.buf.extend_from_slice(self.close);
        Ok(())
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeTuple for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeTupleStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeTupleVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.comma();
        key.serialize(KeyWriter { buf: self.w.buf })
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.w.buf.push(b':');
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeStructVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

/// Writes a map key: strings as they are, and (as `serde_json` does) numbers, booleans and
/// characters as strings. Anything else is an error, with `serde_json`'s message.
struct KeyWriter<'a> {
    buf: &'a mut Vec<u8>,
}

impl KeyWriter<'_> {
    fn quoted(self, digits: impl FnOnce(&mut Vec<u8>)) -> Result<(), Error> {
        self.buf.push(b'"');
        digits(self.buf);
        self.buf.push(b'"');
        Ok(())
    }
}

fn key_must_be_a_string() -> Error {
    Error("key must be a string".into())
}

impl ser::Serializer for KeyWriter<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.quoted(|b| b.extend_from_slice(if v { b"true" } else { b"false" }))
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.quoted(|b| write_i64(b, v))
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.quoted(|b| write_u64(b, v))
    }
    fn serialize_f32(self, _v: f32) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_f64(self, _v: f64) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        write_str(self.buf, v.encode_utf8(&mut [0u8; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(self.buf, v);
        Ok(())
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_none(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _value: &T) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(key_must_be_a_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    fn ours<T: Serialize + ?Sized>(v: &T) -> Vec<u8> {
        let mut buf = Vec::new();
        write(&mut buf, v).unwrap();
        buf
    }

    #[test]
    fn escapes_like_serde_json() {
        for s in [
            "",
            "a",
            "\"",
            "\\",
            "\u{0}\u{1}\u{8}\u{9}\u{a}\u{b}\u{c}\u{d}\u{1f}\u{20}\u{7f}",
            "0123456\"",
            "01234567\"",
            "012345678\n",
            "سلام\nدنیا \"quoted\" \\ end",
            "/ is not escaped, nor é or \u{2028}",
        ] {
            assert_eq!(ours(s), serde_json::to_vec(s).unwrap(), "{s:?}");
        }
        // serde_json writes \u00XX with lowercase hex digits.
        assert_eq!(ours("\u{1b}"), b"\"\\u001b\"");
    }

    #[test]
    fn numbers_and_compounds_like_serde_json() {
        let mut map = BTreeMap::new();
        map.insert("k", (0u64, u64::MAX, i64::MIN, -1i32, 1.5f64, None::<u8>));
        map.insert("l", (10u64, 0, 0, 0, f64::NAN, Some(7u8)));
        assert_eq!(ours(&map), serde_json::to_vec(&map).unwrap());
        let mut keys = BTreeMap::new();
        keys.insert(-3i64, vec![true, false]);
        keys.insert(12, vec![]);
        assert_eq!(ours(&keys), serde_json::to_vec(&keys).unwrap());
        let v: serde_json::Value = serde_json::json!({"a": [1, -2, 3.25, null, "x\ty"], "b": {}});
        assert_eq!(ours(&v), serde_json::to_vec(&v).unwrap());
    }

    #[test]
    fn documents_like_serde_json() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/news_page.txt"
        ))
        .unwrap();
        let doc = crate::clean::clean(&text, &crate::clean::CleanOptions::default());
        assert!(!doc.dates.is_empty() && doc.spans.len() > 10);
        assert_eq!(ours(&doc), serde_json::to_vec(&doc).unwrap());
    }

    proptest! {
        #[test]
        fn any_string_like_serde_json(s in "(\\PC|[\\x00-\\x1f\"\\\\]){0,40}") {
            prop_assert_eq!(ours(&s), serde_json::to_vec(&s).unwrap());
        }

        #[test]
        fn any_document_like_serde_json(s in "([ا-ی۰-۹a-z0-9 \n\"\\\\/:-]|\\PC){0,80}") {
            let doc = crate::clean::clean(&s, &crate::clean::CleanOptions::default());
            prop_assert_eq!(ours(&doc), serde_json::to_vec(&doc).unwrap());
        }

        #[test]
        fn any_integers_like_serde_json(a: u64, b: i64, c: i8, d: u32) {
            prop_assert_eq!(ours(&(a, b, c, d)), serde_json::to_vec(&(a, b, c, d)).unwrap());
        }
    }
}
