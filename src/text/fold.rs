//! One fold family: the spellings under which naskh compares words.
//!
//! [`fold_char`] / [`fold`] make every common way of typing a Persian, Dari or Arabic-script
//! month, weekday or era word compare equal (the date matcher reads tokens through it, and the
//! name tables are written in its output); [`fold_name`] also drops the separators people put
//! inside a name (`اردی بهشت`, `Ordi-behesht`), for parsing a name given on its own
//! ([`crate::calendar::month_from_name`]). The word keys of the language model and of the
//! normalizer's lexicon use the narrower [`spelling`] fold (`ي ى → ی`, `ك → ک`, `ۀ → ه`), which
//! must match the word lists they were generated from (`tools/gen_lang_model.py`,
//! `tools/fa_lexicon.py`); it is a subset of this one.

use super::chars::is_arabic_mark;

/// The spelling fold of word keys: Arabic yeh and alef maksura → Persian yeh, Arabic kaf →
/// Persian kaf, heh with yeh above → heh. The language model's and the lexicon's keys are
/// written in it (and so are the generators' word lists).
pub(crate) const SPELLING: &[(char, char)] = &[
    ('\u{064A}', '\u{06CC}'),
    ('\u{0649}', '\u{06CC}'),
    ('\u{0643}', '\u{06A9}'),
    ('\u{06C0}', '\u{0647}'),
];

/// [`SPELLING`] over the Arabic block (U+0600 + index → code point), built at compile time.
#[allow(clippy::indexing_slicing)] // compile-time loops, indices below 256 (asserted)
static SPELLING_BLOCK: [u32; 256] = {
    let mut map = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        map[i] = 0x600 + i as u32;
        i += 1;
    }
    let mut k = 0;
    while k < SPELLING.len() {
        let (from, to) = SPELLING[k];
        assert!(from as u32 >= 0x600 && (from as u32) < 0x700);
        map[(from as u32 - 0x600) as usize] = to as u32;
        k += 1;
    }
    map
};

/// [`SPELLING`] on a code point of the Arabic block U+0600..=U+06FF (others unchanged).
#[inline]
#[allow(clippy::indexing_slicing)] // the index is checked against the table's length
pub(crate) const fn spelling_cp(cp: u32) -> u32 {
    let i = cp.wrapping_sub(0x600) as usize;
    if i < SPELLING_BLOCK.len() {
        SPELLING_BLOCK[i]
    } else {
        cp
    }
}

/// [`SPELLING`] on one char.
#[inline]
pub(crate) fn spelling(c: char) -> char {
    char::from_u32(spelling_cp(c as u32)).unwrap_or(c)
}

/// Characters that carry no visible content and are skipped wherever they appear: zero-width
/// non-joiner and joiner, bidi marks, embeddings, isolates, the Arabic letter mark, the
/// byte-order mark and the soft hyphen. A word continues across them (`دی‌ماه` is one word).
#[inline]
pub(crate) fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}'
            | '\u{061C}'
            | '\u{FEFF}'
            | '\u{00AD}'
    )
}

/// Combining marks of the Arabic script (the language model's set) and the tatweel: part of a
/// word, dropped by folding.
#[inline]
pub(crate) fn is_mark_or_tatweel(c: char) -> bool {
    c == '\u{0640}' || is_arabic_mark(c)
}

/// Appends the folded spelling of `c` to `out`.
///
/// Folding makes every common way of typing a Persian word compare equal: Arabic yeh and alef
/// maksura (ي ى) and Persian/Pashto yeh forms → ی; Arabic kaf (ك) → ک; alef with madda or
/// hamza (آ أ إ ٱ) → ا; teh marbuta, heh with hamza and heh doachashmee (ة ۀ ھ ہ ە) → ه;
/// waw with hamza → و; yeh with hamza → ی; the bare hamza, tatweel and diacritics vanish;
/// presentation forms become their letters; Latin letters are lowercased.
#[inline]
pub(crate) fn fold_char(c: char, out: &mut String) {
    // Most characters of a date's neighbourhood fold to themselves: lowercase ASCII and the
    // Arabic-block letters no rule below maps (checked first, without the general match).
    if matches!(c, 'a'..='z' | '\u{0627}'..='\u{0628}' | '\u{062A}'..='\u{063A}' | '\u{0641}'..='\u{0642}' | '\u{0644}'..='\u{0648}')
    {
        out.push(c);
        return;
    }
    fold_char_general(c, out);
}

/// [`fold_char`] for the characters its fast path does not take.
fn fold_char_general(c: char, out: &mut String) {
    match c {
        'A'..='Z' => out.push(c.to_ascii_lowercase()),
        '\u{064A}' | '\u{0649}' | '\u{06CC}' | '\u{06D0}' | '\u{06CD}' | '\u{0626}'
        | '\u{06D2}' => out.push('ی'),
        '\u{0643}' | '\u{06AA}' => out.push('ک'),
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' => out.push('ا'),
        '\u{0629}' | '\u{06C0}' | '\u{06BE}' | '\u{06C1}' | '\u{06D5}' => out.push('ه'),
        '\u{0624}' => out.push('و'),
        '\u{0621}' => {}
        c if is_mark_or_tatweel(c) => {}
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' => {
            match super::presentation_forms::letters(c) {
                Some(base) => {
                    for b in base.chars() {
                        // The NFKC letters are plain; fold them too (ي → ی, marks dropped).
                        if !(('\u{FB50}'..='\u{FDFF}').contains(&b)
                            || ('\u{FE70}'..='\u{FEFE}').contains(&b))
                        {
                            fold_char(b, out);
                        }
                    }
                }
                None => out.push(c),
            }
        }
        '\u{0600}'..='\u{06FF}' => out.push(c),
        c if !c.is_ascii() && c.is_uppercase() => out.extend(c.to_lowercase()),
        c => out.push(c),
    }
}

/// The folded spelling of a whole string, ignorable characters dropped.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::new();
    fold_into(s, &mut out);
    out
}

/// Appends [`fold`] of `s` to `out`: [`fold_char`] of every char that is not ignorable.
///
/// ASCII and the main Arabic block (what a date's neighbourhood is made of) are read by the
/// bytes, the block's folds from [`FOLD_BLOCK`], without decoding each char or going through
/// the rules: folding the words around each candidate year so took a third of the date
/// search's tokenizing on Persian lines.
pub(crate) fn fold_into(s: &str, out: &mut String) {
    let table: &[char; 256] = &FOLD_BLOCK;
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        if x < 0x80 {
            // ASCII folds to itself, lowercased (none of it is ignorable).
            out.push(char::from(x.to_ascii_lowercase()));
            i += 1;
            continue;
        }
        if let (0xD8..=0xDB, Some(&y)) = (x, b.get(i + 1)) {
            if let Some(&c) = table.get(super::scan::block_index(x, y)) {
                if c != '\0' {
                    out.push(c);
                }
                i += 2;
                continue;
            }
        }
        let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
            // (not a char boundary: impossible, `i` only moves by whole chars)
            i += 1;
            continue;
        };
        if !is_ignorable(c) {
            fold_char(c, out);
        }
        i += c.len_utf8();
    }
}

/// [`fold_char`] of each char of the main Arabic block (U+0600 + index), or `'\0'` for the
/// chars it drops and the ignorable ones ([`is_ignorable`]): made from [`fold_char`] itself,
/// which folds each of them to at most one char (checked here).
static FOLD_BLOCK: std::sync::LazyLock<[char; 256]> = std::sync::LazyLock::new(|| {
    let mut table = ['\0'; 256];
    for (slot, cp) in table.iter_mut().zip(0x600u32..) {
        let Some(c) = char::from_u32(cp) else {
            continue;
        };
        if is_ignorable(c) {
            continue;
        }
        let mut folded = String::new();
        fold_char(c, &mut folded);
        let mut chars = folded.chars();
        if let Some(f) = chars.next() {
            debug_assert!(
                chars.next().is_none(),
                "U+{cp:04X} folds to one char at most"
            );
            *slot = f;
        }
    }
    table
});

/// [`fold`] without the separators people write inside a name: spaces, hyphens, apostrophes.
pub(crate) fn fold_name(s: &str) -> String {
    let mut out = fold(s);
    out.retain(|c| !matches!(c, ' ' | '-' | '\'' | '’'));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_is_the_table_and_a_subset_of_fold() {
        for u in 0..0x1_0000u32 {
            let Some(c) = char::from_u32(u) else { continue };
            let want = SPELLING.iter().find(|p| p.0 == c).map_or(c, |p| p.1);
            assert_eq!(spelling(c), want, "U+{u:04X}");
            if want != c {
                assert_eq!(fold(&c.to_string()), fold(&want.to_string()), "U+{u:04X}");
            }
        }
    }

    #[test]
    fn folds_arabic_spellings_and_joiners() {
        assert_eq!(fold("شهريور"), "شهریور");
        assert_eq!(fold("دی\u{200C}ماه"), "دیماه");
        assert_eq!(fold("هـ"), "ه");
        assert_eq!(fold("آذر"), "اذر");
        assert_eq!(fold("Mehr"), "mehr");
        assert_eq!(fold("سنبلة"), "سنبله");
        assert_eq!(fold("جوزاء"), "جوزا");
        // ﻣﻬﺮ in presentation forms
        assert_eq!(fold("\u{FEE3}\u{FEEC}\u{FEAE}"), "مهر");
    }

    #[test]
    fn the_fast_path_agrees_with_the_general_rules() {
        for c in ('\0'..='\u{FFFF}').chain(['\u{1F600}']) {
            let (mut fast, mut general) = (String::new(), String::new());
            fold_char(c, &mut fast);
            fold_char_general(c, &mut general);
            assert_eq!(fast, general, "U+{:04X}", u32::from(c));
        }
    }

    /// [`fold_into`]'s byte paths give [`fold_char`] of every char not ignorable, on every
    /// char of the Arabic block and ASCII, and on strings mixing them with other scripts.
    #[test]
    fn fold_into_is_fold_char_of_each_char() {
        let by_chars = |s: &str| {
            let mut out = String::new();
            for c in s.chars().filter(|&c| !is_ignorable(c)) {
                fold_char(c, &mut out);
            }
            out
        };
        let singles = ('\0'..='\u{7F}').chain('\u{0600}'..='\u{06FF}');
        for c in singles.chain(['\u{200C}', '\u{FEE3}', 'É', 'ß', '\u{1F600}']) {
            let s = c.to_string();
            assert_eq!(fold(&s), by_chars(&s), "U+{:04X}", u32::from(c));
        }
        let mixed = "ﻣﻬﺮ Mehr شهريور‌ماه ١٤٠٢ هـ.ش ΑΒΓ دی\u{200F}ماه اردیبهشتٔ";
        assert_eq!(fold(mixed), by_chars(mixed));
        assert_eq!(
            fold(mixed),
            "مهر mehr شهریورماه ١٤٠٢ ه.ش αβγ دیماه اردیبهشت"
        );
    }

    #[test]
    fn fold_name_drops_separators() {
        assert_eq!(fold_name("اردی بهشت"), "اردیبهشت");
        assert_eq!(fold_name("Ordi-Behesht"), "ordibehesht");
        assert_eq!(fold_name("Sha'ban"), "shaban");
    }
}
