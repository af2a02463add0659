//! The `YYYY-MM-DD` syntax shared by both date types' `FromStr`.

use crate::{Error, Result};

/// Splits `YYYY-MM-DD` or `YYYY/MM/DD` into numbers: year 1 to 4 digits, month and day 1 or 2,
/// digits ASCII, Persian or Arabic-Indic. Nothing else is accepted (no spaces, no sign).
pub(super) fn parse_ymd(input: &str, what: &'static str) -> Result<(i32, i32, i32)> {
    let err = |reason: &str| Error::Parse {
        what,
        input: shorten(input),
        reason: reason.to_owned(),
    };
    let sep = if input.contains('/') { '/' } else { '-' };
    let mut parts = input.split(sep);
    let (Some(y), Some(m), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(err("expected three numbers separated by '-' or '/'"));
    };
    let year = number(y, 4).ok_or_else(|| err("the year must be 1 to 4 digits"))?;
    let month = number(m, 2).ok_or_else(|| err("the month must be 1 or 2 digits"))?;
    let day = number(d, 2).ok_or_else(|| err("the day must be 1 or 2 digits"))?;
    Ok((year, month, day))
}

/// A decimal number of 1..=`max_digits` digits in any of the three digit alphabets.
fn number(s: &str, max_digits: usize) -> Option<i32> {
    let mut value = 0i32;
    let mut count = 0;
    for c in s.chars() {
        let digit = match c {
            '0'..='9' => c as u32 - '0' as u32,
            '۰'..='۹' => c as u32 - '۰' as u32,
            '٠'..='٩' => c as u32 - '٠' as u32,
            _ => return None,
        };
        count += 1;
        if count > max_digits {
            return None;
        }
        value = value * 10 + digit as i32;
    }
    (count > 0).then_some(value)
}

/// The input for an error message, cut to at most 40 characters.
fn shorten(input: &str) -> String {
    match input.char_indices().nth(40) {
        Some((at, _)) => format!("{}…", input.get(..at).unwrap_or_default()),
        None => input.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_three_digit_alphabets() {
        assert_eq!(parse_ymd("1402-07-01", "x").unwrap(), (1402, 7, 1));
        assert_eq!(parse_ymd("۱۴۰۲/۷/۱", "x").unwrap(), (1402, 7, 1));
        assert_eq!(parse_ymd("١٤٠٢-٠٧-٠١", "x").unwrap(), (1402, 7, 1));
        assert_eq!(parse_ymd("1-1-1", "x").unwrap(), (1, 1, 1));
    }

    #[test]
    fn rejects_other_shapes() {
        for bad in [
            "",
            "1402",
            "1402-07",
            "1402-07-01-",
            "1402-07/01",
            "14020-07-01",
            "1402-007-01",
            "1402-07-001",
            " 1402-07-01",
            "1402-07-01 ",
            "+1402-07-01",
            "1402--07-01",
            "1402-7-",
        ] {
            assert!(parse_ymd(bad, "x").is_err(), "{bad:?}");
        }
    }

    #[test]
    fn long_inputs_are_shortened() {
        let long = "x".repeat(100);
        let Error::Parse { input, .. } = parse_ymd(&long, "x").unwrap_err() else {
            panic!("not a parse error");
        };
        assert_eq!(input.chars().count(), 41);
    }
}
