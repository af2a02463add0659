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

/// Output bytes a record may hold before [`maybe_spill`] hands them on (when this thread has a
/// [`Spill`]).
pub(crate) const SPILL_BYTES: usize = 8 << 20;

/// Where the output of one huge record goes while it is being written, so that its output (for
/// `segment`, fourteen times the record's size) is never held whole: set on the thread that
/// renders the record with [`with_spill`]; [`maybe_spill`] hands everything written so far to
/// `send` once it reaches [`SPILL_BYTES`]. Output is only handed on between two items of an
/// array or object, or inside a string longer than half of that (before its closing quote), so
/// the last byte written (a closing bracket or quote) is always still there.
pub(crate) struct Spill {
    send: Box<dyn FnMut(Vec<u8>) -> std::io::Result<()>>,
    /// Bytes handed on so far.
    sent: usize,
    /// A byte to overwrite before the first hand-on: the caller's `{` that becomes `,` when
    /// the object's fields are merged into another object (they are, once there is output
    /// enough to hand on).
    patch: Option<(usize, u8)>,
}

impl Spill {
    pub(crate) fn new(send: impl FnMut(Vec<u8>) -> std::io::Result<()> + 'static) -> Spill {
        Spill {
            send: Box::new(send),
            sent: 0,
            patch: None,
        }
    }
}

thread_local! {
    static SPILL: std::cell::RefCell<Option<Spill>> = const { std::cell::RefCell::new(None) };
    /// `SPILL` is set (one load to ask).
    static SPILLING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` with `spill` set on this thread.
pub(crate) fn with_spill<R>(spill: Spill, f: impl FnOnce() -> R) -> R {
    SPILL.with(|cell| *cell.borrow_mut() = Some(spill));
    SPILLING.set(true);
    let r = f();
    SPILLING.set(false);
    SPILL.with(|cell| *cell.borrow_mut() = None);
    r
}

/// Bytes this thread's [`Spill`] has handed on (0 without one).
pub(crate) fn spilled() -> usize {
    SPILL.with(|cell| cell.borrow().as_ref().map_or(0, |s| s.sent))
}

/// Asks this thread's [`Spill`] to overwrite `buf[at]` with `byte` before it first hands
/// `buf` on (`None`: no such byte).
pub(crate) fn set_patch(patch: Option<(usize, u8)>) {
    SPILL.with(|cell| {
        if let Some(s) = cell.borrow_mut().as_mut() {
            s.patch = patch;
        }
    });
}

/// Hands `buf` on to this thread's [`Spill`] once it holds [`SPILL_BYTES`]; nothing without a
/// spill. Call it only where everything in `buf` is final.
#[inline]
pub(crate) fn maybe_spill(buf: &mut Vec<u8>) -> Result<(), Error> {
    if buf.len() < SPILL_BYTES || !SPILLING.get() {
        return Ok(());
    }
    spill_now(buf)
}

#[cold]
fn spill_now(buf: &mut Vec<u8>) -> Result<(), Error> {
    SPILL.with(|cell| {
        let mut slot = cell.borrow_mut();
        let Some(spill) = slot.as_mut() else {
            return Ok(());
        };
        if let Some((at, byte)) = spill.patch.take() {
            if let Some(b) = buf.get_mut(at) {
                *b = byte;
            }
        }
        let full = std::mem::replace(buf, Vec::with_capacity(SPILL_BYTES + SPILL_BYTES / 4));
        spill.sent += full.len();
        (spill.send)(full).map_err(|e| Error(format!("writing the output: {e}")))
    })
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
    let bytes = s.as_bytes();
    if bytes.len() > SPILL_BYTES / 2 && SPILLING.get() {
        // A huge string of a huge record: handed on a piece at a time (escaping is byte by
        // byte, so it may be cut anywhere).
        buf.push(b'"');
        for piece in bytes.chunks(SPILL_BYTES / 2) {
            escape_into(buf, piece);
            // (an error means the output thread stopped, which the run reports)
            let _ = maybe_spill(buf);
        }
        buf.push(b'"');
        return;
    }
    buf.reserve(bytes.len() + 2);
    buf.push(b'"');
    escape_into(buf, bytes);
    buf.push(b'"');
}

/// Appends `bytes` (UTF-8, or a piece of it) escaped as [`write_str`] does, without quotes.
fn escape_into(buf: &mut Vec<u8>, bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
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
    /// Before every item but the first: a comma, and a chance to hand the output on.
    fn comma(&mut self) -> Result<(), Error> {
        if !self.first {
            maybe_spill(self.w.buf)?;
            self.w.buf.push(b',');
        }
        self.first = false;
        Ok(())
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
        self.comma()?;
        value.serialize(&mut *self.w)
    }
    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.comma()?;
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
        self.comma()?;
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
    fn a_huge_value_handed_on_while_written_is_the_same_json() {
        use std::sync::{Arc, Mutex};
        // a long string with escapes across every piece boundary, in a map with a long array
        let long: String = "سلام \"quoted\"\n\u{1}tab\t".repeat(SPILL_BYTES / 10);
        let items: Vec<u32> = (0..3_000_000).collect();
        let mut value = BTreeMap::new();
        value.insert("a", serde_json::json!(long));
        value.insert("b", serde_json::json!(items));
        let sent = Arc::new(Mutex::new(Vec::new()));
        let to = Arc::clone(&sent);
        let mut buf = b"{\"source\":1".to_vec();
        let at = buf.len();
        buf.extend_from_slice(b"...");
        let patch = Some((at, b'#'));
        let handed_on = with_spill(
            Spill::new(move |piece| {
                to.lock().unwrap().extend_from_slice(&piece);
                Ok(())
            }),
            || {
                set_patch(patch);
                write(&mut buf, &value).unwrap();
                spilled()
            },
        );
        let mut all = sent.lock().unwrap().clone();
        assert!(
            handed_on > 0 && handed_on == all.len(),
            "handed on while written"
        );
        all.extend_from_slice(&buf);
        let mut want = b"{\"source\":1#..".to_vec();
        want.extend_from_slice(&ours(&value));
        assert_eq!(all, want);
        // without a spill set, nothing is handed on
        let mut plain = Vec::new();
        write(&mut plain, &value).unwrap();
        assert_eq!(plain, ours(&value));
        assert_eq!(spilled(), 0);
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
