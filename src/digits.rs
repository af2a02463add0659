//! Digits in three alphabets: Persian (`۰`–`۹`, U+06F0–U+06F9), Arabic-Indic (`٠`–`٩`,
//! U+0660–U+0669) and ASCII (`0`–`9`).
//!
//! Persian and Arabic pages mix all three, often inside one number (`۱۴۰2/٠٧/01`), which breaks
//! search, sorting and every parser that expects ASCII. These functions convert between them.
//!
//! Exactly these characters are touched; every other byte comes back unchanged:
//!
//! | function | changes | into |
//! |---|---|---|
//! | [`to_ascii`] | Persian and Arabic-Indic digits; `٫` (U+066B, Arabic decimal separator), `٬` (U+066C, thousands separator), `٪` (U+066A, percent sign) | `0`–`9`; `.` `,` `%` |
//! | [`to_persian`] | ASCII and Arabic-Indic digits | `۰`–`۹` |
//! | [`to_arabic_indic`] | ASCII and Persian digits | `٠`–`٩` |
//!
//! Each returns [`Cow::Borrowed`] when the input has nothing to change, so the common case of
//! text without digits does not allocate. The number of characters is always preserved.
//!
//! ```
//! use naskh::digits::{to_ascii, to_arabic_indic, to_persian};
//! use std::borrow::Cow;
//!
//! assert_eq!(to_ascii("۱۴۰۲/٠٧/01 ٪۵٫۵"), "1402/07/01 %5.5");
//! assert_eq!(to_persian("1402/07/01"), "۱۴۰۲/۰۷/۰۱");
//! assert_eq!(to_arabic_indic("۱۴۰۲"), "١٤٠٢");
//! assert!(matches!(to_ascii("no digits here"), Cow::Borrowed(_)));
//! ```

use std::borrow::Cow;

/// Lead byte of U+0640..=U+067F in UTF-8 (Arabic-Indic digits and their separators).
const LEAD_ARABIC_INDIC: u8 = 0xD9;
/// Lead byte of U+06C0..=U+06FF in UTF-8 (Persian digits).
const LEAD_PERSIAN: u8 = 0xDB;
/// Second byte of `٠` (U+0660) and `۰` (U+06F0).
const ARABIC_INDIC_ZERO: u8 = 0xA0;
const PERSIAN_ZERO: u8 = 0xB0;
/// Second bytes of `٪` `٫` `٬` (U+066A..=U+066C).
const ARABIC_PERCENT: u8 = 0xAA;
const ARABIC_DECIMAL: u8 = 0xAB;
const ARABIC_THOUSANDS: u8 = 0xAC;

/// Which alphabet a digit conversion writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DigitAlphabet {
    /// `0`–`9`.
    Ascii,
    /// `۰`–`۹` (U+06F0–U+06F9).
    Persian,
    /// `٠`–`٩` (U+0660–U+0669).
    ArabicIndic,
}

impl std::str::FromStr for DigitAlphabet {
    type Err = crate::Error;

    /// Parses `ascii`, `persian` (or `fa`) and `arabic` (or `arabic-indic`, `ar`).
    ///
    /// ```
    /// use naskh::digits::DigitAlphabet;
    /// assert_eq!("persian".parse::<DigitAlphabet>()?, DigitAlphabet::Persian);
    /// assert!("roman".parse::<DigitAlphabet>().is_err());
    /// # Ok::<(), naskh::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "ascii" | "latin" | "en" => Ok(DigitAlphabet::Ascii),
            "persian" | "fa" => Ok(DigitAlphabet::Persian),
            "arabic" | "arabic-indic" | "arabic_indic" | "ar" => Ok(DigitAlphabet::ArabicIndic),
            _ => Err(crate::Error::InvalidOption {
                name: "digits".into(),
                value: s.into(),
                expected: "ascii, persian or arabic".into(),
            }),
        }
    }
}

/// The value of a decimal digit in any of the three alphabets (ASCII, Persian, Arabic-Indic);
/// `None` for any other character. Shared by the date matcher and the normalizer.
#[inline]
pub(crate) fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        _ => None,
    }
}

/// Converts every digit in `text` into `alphabet` (see the module table for what each touches).
///
/// ```
/// use naskh::digits::{convert, DigitAlphabet};
/// assert_eq!(convert("١٢ and ۳۴", DigitAlphabet::Ascii), "12 and 34");
/// ```
pub fn convert(text: &str, alphabet: DigitAlphabet) -> Cow<'_, str> {
    match alphabet {
        DigitAlphabet::Ascii => to_ascii(text),
        DigitAlphabet::Persian => to_persian(text),
        DigitAlphabet::ArabicIndic => to_arabic_indic(text),
    }
}

/// Persian and Arabic-Indic digits → ASCII; `٫` → `.`, `٬` → `,`, `٪` → `%`.
///
/// ```
/// assert_eq!(naskh::digits::to_ascii("۲۱:۵۵ - ٣٫٥٪"), "21:55 - 3.5%");
/// ```
pub fn to_ascii(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let Some(first) = find_ascii_target(bytes, 0) else {
        return Cow::Borrowed(text);
    };
    let mut out = Vec::with_capacity(bytes.len());
    let mut copied = 0;
    let mut pos = first;
    loop {
        // `pos` is the index of a lead byte followed by a byte we map.
        out.extend_from_slice(crate::text::sub_slice(bytes, copied..pos));
        let second = bytes.get(pos + 1).copied().unwrap_or_default();
        out.push(ascii_for(
            bytes.get(pos).copied().unwrap_or_default(),
            second,
        ));
        copied = pos + 2;
        match find_ascii_target(bytes, copied) {
            Some(next) => pos = next,
            None => break,
        }
    }
    out.extend_from_slice(crate::text::sub_slice(bytes, copied..));
    Cow::Owned(into_string(out, text))
}

/// ASCII and Arabic-Indic digits → Persian digits (`۰`–`۹`).
///
/// ```
/// assert_eq!(naskh::digits::to_persian("1402/٠٧/01"), "۱۴۰۲/۰۷/۰۱");
/// ```
pub fn to_persian(text: &str) -> Cow<'_, str> {
    to_two_byte_digits(
        text,
        LEAD_PERSIAN,
        PERSIAN_ZERO,
        LEAD_ARABIC_INDIC,
        ARABIC_INDIC_ZERO,
    )
}

/// ASCII and Persian digits → Arabic-Indic digits (`٠`–`٩`).
///
/// ```
/// assert_eq!(naskh::digits::to_arabic_indic("1402/۰۷"), "١٤٠٢/٠٧");
/// ```
pub fn to_arabic_indic(text: &str) -> Cow<'_, str> {
    to_two_byte_digits(
        text,
        LEAD_ARABIC_INDIC,
        ARABIC_INDIC_ZERO,
        LEAD_PERSIAN,
        PERSIAN_ZERO,
    )
}

/// Shared body of [`to_persian`] and [`to_arabic_indic`]: ASCII digits and the *other* two-byte
/// alphabet (`other_lead`, `other_zero`) become the target alphabet (`lead`, `zero`).
fn to_two_byte_digits(
    text: &str,
    lead: u8,
    zero: u8,
    other_lead: u8,
    other_zero: u8,
) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let is_target = |i: usize| -> bool {
        match bytes.get(i) {
            Some(b) if b.is_ascii_digit() => true,
            Some(&b) if b == other_lead => bytes
                .get(i + 1)
                .is_some_and(|s| s.wrapping_sub(other_zero) < 10),
            _ => false,
        }
    };
    let find_from = |start: usize| -> Option<usize> {
        let mut i = start;
        while let Some(skip) = first_candidate(crate::text::sub_slice(bytes, i..), other_lead) {
            i += skip;
            if is_target(i) {
                return Some(i);
            }
            i += 1;
        }
        None
    };
    let Some(first) = find_from(0) else {
        return Cow::Borrowed(text);
    };
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 4);
    let mut copied = 0;
    let mut pos = first;
    loop {
        out.extend_from_slice(crate::text::sub_slice(bytes, copied..pos));
        let b = bytes.get(pos).copied().unwrap_or_default();
        let value = if b.is_ascii_digit() {
            copied = pos + 1;
            b - b'0'
        } else {
            copied = pos + 2;
            bytes
                .get(pos + 1)
                .copied()
                .unwrap_or_default()
                .wrapping_sub(other_zero)
        };
        out.push(lead);
        out.push(zero + value);
        match find_from(copied) {
            Some(next) => pos = next,
            None => break,
        }
    }
    out.extend_from_slice(crate::text::sub_slice(bytes, copied..));
    Cow::Owned(into_string(out, text))
}

/// Index (relative to `hay`) of the first byte that is an ASCII digit or `lead`.
///
/// Checks 16 bytes at a time with a branch-free test the compiler vectorizes, then finds the
/// exact byte inside the block.
#[inline]
fn first_candidate(hay: &[u8], lead: u8) -> Option<usize> {
    let hit = |b: u8| b.wrapping_sub(b'0') < 10 || b == lead;
    let mut chunks = hay.chunks_exact(16);
    let mut base = 0;
    for chunk in &mut chunks {
        if chunk.iter().fold(false, |acc, &b| acc | hit(b)) {
            return chunk.iter().position(|&b| hit(b)).map(|p| base + p);
        }
        base += 16;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| hit(b))
        .map(|p| base + p)
}

/// First index at or after `from` where a Persian/Arabic-Indic digit or separator starts.
#[inline]
fn find_ascii_target(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(rel) = memchr::memchr2(LEAD_ARABIC_INDIC, LEAD_PERSIAN, bytes.get(i..)?) {
        let at = i + rel;
        let lead = bytes.get(at).copied().unwrap_or_default();
        let second = bytes.get(at + 1).copied().unwrap_or_default();
        if maps_to_ascii(lead, second) {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

#[inline]
fn maps_to_ascii(lead: u8, second: u8) -> bool {
    match lead {
        LEAD_PERSIAN => second.wrapping_sub(PERSIAN_ZERO) < 10,
        LEAD_ARABIC_INDIC => {
            second.wrapping_sub(ARABIC_INDIC_ZERO) < 10
                || (ARABIC_PERCENT..=ARABIC_THOUSANDS).contains(&second)
        }
        _ => false,
    }
}

#[inline]
fn ascii_for(lead: u8, second: u8) -> u8 {
    match (lead, second) {
        (LEAD_PERSIAN, s) => b'0' + s.wrapping_sub(PERSIAN_ZERO),
        (_, ARABIC_PERCENT) => b'%',
        (_, ARABIC_DECIMAL) => b'.',
        (_, ARABIC_THOUSANDS) => b',',
        (_, s) => b'0' + s.wrapping_sub(ARABIC_INDIC_ZERO),
    }
}

/// The conversions replace whole characters by whole characters, so the output is valid UTF-8;
/// should that ever not hold, fall back to the (lossless) input rather than panic.
fn into_string(bytes: Vec<u8>, original: &str) -> String {
    String::from_utf8(bytes).unwrap_or_else(|_| original.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_value_in_each_alphabet_and_nothing_else() {
        for (i, ((a, p), r)) in ('0'..='9')
            .zip('\u{06F0}'..='\u{06F9}')
            .zip('\u{0660}'..='\u{0669}')
            .enumerate()
        {
            let v = Some(i as u32);
            assert_eq!((digit_value(a), digit_value(p), digit_value(r)), (v, v, v));
        }
        for c in [
            '/', ':', '\u{065F}', '\u{066A}', '\u{06EF}', '\u{06FA}', 'a', '١',
        ] {
            assert_eq!(
                digit_value(c),
                if c == '١' { Some(1) } else { None },
                "{c:?}"
            );
        }
    }

    #[test]
    fn separators_only_in_to_ascii() {
        assert_eq!(to_ascii("٫٬٪"), ".,%");
        assert_eq!(to_persian("٫٬٪"), "٫٬٪");
        assert_eq!(to_arabic_indic("٫٬٪"), "٫٬٪");
    }

    #[test]
    fn neighbours_of_digit_ranges_untouched() {
        // U+065F, U+066D, U+06EF, U+06FA sit right beside the digit blocks.
        let s = "\u{065F}\u{066D}\u{06EF}\u{06FA}/:";
        assert!(matches!(to_ascii(s), Cow::Borrowed(_)));
        assert!(matches!(to_persian(s), Cow::Borrowed(_)));
        assert!(matches!(to_arabic_indic(s), Cow::Borrowed(_)));
    }
}
