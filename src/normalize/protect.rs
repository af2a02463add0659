//! Finding the pieces of a line no rule may touch: URLs, e-mail addresses, hashtags and
//! @mentions.
//!
//! Persian normalizers that ignore these produce `info@example. com` and `https://x.com/كتاب`
//! → `https://x.com/کتاب` (a different address). The detection is deliberately simple and
//! conservative, and it is *stable*: trailing punctuation is cut off in both its ASCII and its
//! Persian form, so converting a `?` after a link into `؟` cannot move the link's end on the
//! next run.

use std::ops::Range;

use super::chars::is_word_char;

/// Trailing characters that end a URL or address rather than belong to it.
fn is_trailing_punct(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
            | '}'
            | '\''
            | '"'
            | '>'
            | '«'
            | '»'
            | '…'
            | '،'
            | '؛'
            | '؟'
            | '٫'
            | '٬'
            | '“'
            | '”'
            | '’'
            | '‘'
            | '*'
    )
}

/// Characters that can never be inside a URL.
fn ends_url(c: char) -> bool {
    c.is_whitespace() || matches!(c, '"' | '<' | '>' | '«' | '»' | '“' | '”')
}

/// Sorted, disjoint byte ranges of `line` that must be kept verbatim.
pub(super) fn find(line: &str, out: &mut Vec<Range<usize>>) {
    out.clear();
    let bytes = line.as_bytes();
    // The next byte that can start (or, for ':', reveal) a protected piece. Each of the two
    // searches is redone only once `i` has passed its last hit, so the scan stays linear.
    let find_sign = |from: usize| {
        bytes
            .get(from..)
            .and_then(|r| memchr::memchr3(b':', b'@', b'#', r))
            .map_or(usize::MAX, |x| from + x)
    };
    let find_w = |from: usize| {
        bytes
            .get(from..)
            .and_then(|r| memchr::memchr2(b'w', b'W', r))
            .map_or(usize::MAX, |x| from + x)
    };
    let (mut sign, mut w) = (find_sign(0), find_w(0));
    let mut i = 0;
    loop {
        if sign < i {
            sign = find_sign(i);
        }
        if w < i {
            w = find_w(i);
        }
        i = sign.min(w);
        if i >= bytes.len() {
            break;
        }
        let Some(&b) = bytes.get(i) else { break };
        let found = match b {
            b':' => url_at_colon(line, i),
            b'w' | b'W' => www_at(line, i),
            b'@' => email_at(line, i).or_else(|| tag_at(line, i)),
            b'#' => tag_at(line, i),
            _ => None,
        };
        match found {
            Some(r) if r.end > i => {
                // A URL found at its colon may start before `i`; merge with what came before.
                while out.last().is_some_and(|last| last.end > r.start) {
                    out.pop();
                }
                i = r.end;
                out.push(r);
            }
            _ => i += 1,
        }
    }
}

/// The byte index after the last char of a URL body starting at `from`.
fn url_end(line: &str, from: usize) -> usize {
    let rest = crate::text::sub(line, from..);
    let mut end = from;
    for (j, c) in rest.char_indices() {
        if ends_url(c) {
            break;
        }
        end = from + j + c.len_utf8();
    }
    // Cut trailing punctuation (but keep a ')' that closes a '(' inside the URL).
    let body = crate::text::sub(line, from..end);
    let mut cut = body.len();
    // Parentheses still open before position j, updated as j moves left.
    let mut open: isize = body
        .bytes()
        .map(|b| match b {
            b'(' => 1,
            b')' => -1,
            _ => 0,
        })
        .sum();
    for (j, c) in body.char_indices().rev() {
        if c == ')' {
            open += 1; // the count before j excludes this ')'
            if open > 0 {
                break;
            }
        } else if c == '(' {
            open -= 1;
        }
        if !is_trailing_punct(c) {
            break;
        }
        cut = j;
    }
    from + cut
}

fn url_at_colon(line: &str, colon: usize) -> Option<Range<usize>> {
    let bytes = line.as_bytes();
    if bytes.get(colon + 1..colon + 3) != Some(b"//") {
        return None;
    }
    let mut start = colon;
    while start > 0
        && bytes
            .get(start - 1)
            .is_some_and(|b| b.is_ascii_alphabetic())
    {
        start -= 1;
    }
    let scheme_len = colon - start;
    if !(2..=10).contains(&scheme_len) {
        return None;
    }
    let end = url_end(line, colon + 3);
    (end > colon + 3).then_some(start..end)
}

fn preceded_by_word(line: &str, at: usize) -> bool {
    line.get(..at)
        .and_then(|s| s.chars().next_back())
        .is_some_and(|c| is_word_char(c) || c == '.' || c == '/')
}

fn www_at(line: &str, at: usize) -> Option<Range<usize>> {
    let head = line.get(at..at + 4)?;
    if !head.eq_ignore_ascii_case("www.") || preceded_by_word(line, at) {
        return None;
    }
    let end = url_end(line, at + 4);
    (end > at + 4).then_some(at..end)
}

fn is_local_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn email_at(line: &str, at: usize) -> Option<Range<usize>> {
    let bytes = line.as_bytes();
    let mut start = at;
    while start > 0 && bytes.get(start - 1).copied().is_some_and(is_local_char) {
        start -= 1;
    }
    while bytes.get(start) == Some(&b'.') {
        start += 1;
    }
    if start == at {
        return None;
    }
    let mut end = at + 1;
    while bytes
        .get(end)
        .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
    {
        end += 1;
    }
    while end > at + 1 && bytes.get(end - 1) == Some(&b'.') {
        end -= 1;
    }
    let domain = line.get(at + 1..end)?;
    let tld = domain.rsplit_once('.')?.1;
    (tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic())).then_some(start..end)
}

/// `#tag` or `@name`: the sign, not preceded by a word char, followed by word chars or `_`.
fn tag_at(line: &str, at: usize) -> Option<Range<usize>> {
    if preceded_by_word(line, at) {
        return None;
    }
    let rest = line.get(at + 1..)?;
    let mut end = at + 1;
    for (j, c) in rest.char_indices() {
        if !(is_word_char(c) || c == '_') {
            break;
        }
        end = at + 1 + j + c.len_utf8();
    }
    // The body must hold a letter or digit, not only joiners.
    let body = line.get(at + 1..end)?;
    body.chars().any(char::is_alphanumeric).then_some(at..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(line: &str) -> Vec<&str> {
        let mut v = Vec::new();
        find(line, &mut v);
        v.into_iter().filter_map(|r| line.get(r)).collect()
    }

    #[test]
    fn urls_emails_tags() {
        assert_eq!(
            found("ببینید https://example.com/a?b=كتاب. و"),
            ["https://example.com/a?b=كتاب"]
        );
        assert_eq!(found("سایت www.test.ir؟"), ["www.test.ir"]);
        assert_eq!(found("ایمیل: info@example.com."), ["info@example.com"]);
        assert_eq!(found("#كتاب_خوب و @ali_1"), ["#كتاب_خوب", "@ali_1"]);
        assert_eq!(found("a#b c@d"), Vec::<&str>::new());
        assert_eq!(found("(see http://w.org/x_(y))"), ["http://w.org/x_(y)"]);
        assert_eq!(found("plain text: no url"), Vec::<&str>::new());
    }
}
