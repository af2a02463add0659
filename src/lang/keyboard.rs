//! Which keyboard a line was typed on: Persian on an Arabic keyboard writes every yeh as `ي` and
//! every kaf as `ك`, for a whole line (a whole site, often).
//!
//! The word model's channel (see [`super::model`]) gives Persian a 10% share of the Arabic
//! keyboard, so each `ي` or `ك` of a Persian word costs about 2 nats more than `ی` or `ک`: the
//! price of not knowing the keyboard, paid once per letter. Where a line shows its keyboard — it
//! writes `ي` and never `ی` (or `ك` and neither `ک` nor `ی`: keyboards that type `ي` with
//! Persian's `ک` are common, the other way round is not, so a `ك` in a line that writes `ی` is
//! an Arabic word's), and it has a letter only Persian-script languages write (`پ چ ژ گ`: not an
//! Arabic line) and none that only the region's other languages write (`ې ە ۇ ڭ`, `ڪ ڏ ڻ`,
//! `ښ ډ`: Uyghur and Sindhi write `ي`, `ك` and `پ` themselves, and their names and loanwords
//! became Persian) — the price has been paid once for the whole line, and Persian's words are
//! scored as if typed with `ی`/`ک`. Persian typed this way then keeps its words that Arabic
//! knows too (`اين`, `كه`, names) instead of losing them to Arabic one by one. The other languages' costs are untouched (Sindhi writes `ي` itself and keeps its
//! own spelling evidence), but such a line costs more to start in Arabic
//! ([`super::viterbi::KEYBOARD_AR_START`]): a Persian writer typed it.

/// What a line says of its keyboard: whether its yeh and its kaf are the Arabic keyboard's.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Keyboard {
    /// The line writes `ي` and no `ی`, and a letter of `پ چ ژ گ` (and none of the other
    /// languages', see the module).
    pub(crate) yeh: bool,
    /// The line writes `ك`, no `ک` and no `ی`, and a letter of `پ چ ژ گ` (and none of the
    /// other languages').
    pub(crate) kaf: bool,
}

impl Keyboard {
    /// Whether the line shows an Arabic keyboard for yeh or kaf.
    #[inline]
    pub(crate) fn any(self) -> bool {
        self.yeh || self.kaf
    }

    /// The keyboard of the line that starts at the beginning of `text` (its first Arabic-script
    /// word, say) and ends at the first `\n` or `\r`; with the length of that line.
    pub(crate) fn of_line(text: &[u8]) -> (Keyboard, usize) {
        let end = memchr::memchr2(b'\n', b'\r', text).unwrap_or(text.len());
        let line = text.get(..end).unwrap_or(text);
        let before = |i: usize| i.checked_sub(1).and_then(|j| line.get(j)).copied();
        // Vectorised searches for bytes that are rare in Persian and Arabic text. (A loop
        // testing every byte pair cost 10 instructions a byte, 15% of segmentation; `memmem`
        // searches for the two-byte letters 7 a byte on Arabic, whose lead byte is everywhere.)
        // First پ, and the letters with lead byte 0xDA or 0xDB, which Arabic hardly writes:
        // چ ژ گ, ک, ی (no verdict then, see `Keyboard`), and the letters of the region's other
        // languages (no verdict either: Persian typed on an Arabic keyboard has only Persian's
        // and Arabic's letters, while Uyghur and Sindhi write `ي`/`ك` and `پ`/`گ` themselves).
        // A line typed on a Persian keyboard stops at its first `ی`, an Arabic line (none of
        // them) after one pass. (The other way round, `ي`/`ك` first, both took a pass or more.)
        let (mut persian, mut kaf_fa) = (false, false);
        for i in memchr::memchr3_iter(0xBE, 0xDA, 0xDB, line) {
            match (line.get(i), before(i)) {
                (Some(0xBE), Some(0xD9)) => persian = true, // پ
                (Some(0xDA), _) => match line.get(i + 1) {
                    Some(0x86 | 0x98 | 0xAF) => persian = true, // چ ژ گ
                    Some(0xA9) => kaf_fa = true,                // ک
                    Some(0xA4) => {}                            // ڤ, which Arabic writes for /v/
                    Some(0x80..=0xBF) => return (Keyboard::default(), end), // ڪ ڈ ښ ڵ ھ …
                    _ => {}
                },
                // ی, and ہ ۃ ۆ ۇ ۈ ۋ ۍ ې ے ە … (not ۀ, Persian digits, Quranic marks)
                (Some(0xDB), _) if matches!(line.get(i + 1), Some(0x81..=0x93 | 0x95)) => {
                    return (Keyboard::default(), end);
                }
                _ => {}
            }
        }
        if !persian {
            return (Keyboard::default(), end);
        }
        // The first `ي` (D9 8A) or `ك` (D9 83), then only the other one (the one found is
        // everywhere in Arabic text: stepping through every one cost more than the search).
        let (mut yeh_ar, mut kaf_ar) = (false, false);
        let first = memchr::memchr2_iter(0x8A, 0x83, line).find(|&i| before(i) == Some(0xD9));
        if let Some(i) = first {
            let yeh = line.get(i) == Some(&0x8A);
            let other = if yeh { 0x83 } else { 0x8A };
            let both = line.get(i + 1..).is_some_and(|rest| {
                memchr::memchr_iter(other, rest).any(|j| before(i + 1 + j) == Some(0xD9))
            });
            yeh_ar = yeh || both;
            kaf_ar = !yeh || both;
        }
        let kb = Keyboard {
            yeh: yeh_ar,
            kaf: kaf_ar && !kaf_fa,
        };
        (kb, end)
    }
}

/// The keyboard of the line of the Arabic-script words fed in order: [`Keyboard::of_line`] of
/// the first word of each line, kept until that line ends. The segmenter and the normalizer's
/// one-pass lane both use it, so both see the same keyboard for the same words.
#[derive(Debug, Default)]
pub(crate) struct LineKeyboard {
    keyboard: Keyboard,
    /// Where the line of `keyboard` ends in the text (exclusive); 0 before the first word (a
    /// line holding a word ends after its start).
    end: usize,
}

impl LineKeyboard {
    /// The keyboard of the line holding the Arabic-script word at byte `start` of `text`.
    #[inline]
    pub(crate) fn at(&mut self, text: &[u8], start: usize) -> Keyboard {
        if start >= self.end {
            let (keyboard, len) = Keyboard::of_line(text.get(start..).unwrap_or_default());
            self.keyboard = keyboard;
            self.end = start + len;
        }
        self.keyboard
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kb(s: &str) -> Keyboard {
        Keyboard::of_line(s.as_bytes()).0
    }

    #[test]
    fn a_line_shows_its_keyboard() {
        // Persian on an Arabic keyboard
        assert_eq!(
            kb("اين كتاب را پدرم خريد"),
            Keyboard {
                yeh: true,
                kaf: true
            }
        );
        // yeh only: kaf typed the Persian way
        assert_eq!(
            kb("اين کتاب را پدرم خريد"),
            Keyboard {
                yeh: true,
                kaf: false
            }
        );
        // Persian letters both ways: no verdict
        assert_eq!(kb("اين کتاب را پدرم خرید"), Keyboard::default());
        // `ك` before the first `ي`; `ك` alone
        assert_eq!(
            kb("كتاب را پدرم خريد"),
            Keyboard {
                yeh: true,
                kaf: true
            }
        );
        assert_eq!(
            kb("كتاب را پدرم آورد"),
            Keyboard {
                yeh: false,
                kaf: true
            }
        );
        // a `ك` in a line that writes `ی` is an Arabic word's
        assert_eq!(kb("در پایان نوشته بود والسلام عليكم"), Keyboard::default());
        // Arabic: no letter only Persian-script languages write
        assert_eq!(kb("في كتاب الله"), Keyboard::default());
        // Uyghur and Sindhi write `ي`, `ك` and `پ` themselves: a letter neither Persian nor
        // Arabic writes (ې ە ۇ, ڪ ڏ) says the line is not Persian on an Arabic keyboard
        assert_eq!(
            kb("ساينسبۇري ئۆزىنىڭ پەرداز مەھسۇلاتلىرى"),
            Keyboard::default()
        );
        assert_eq!(kb("پطرس جونز ڪاروبار جي"), Keyboard::default());
        assert_eq!(
            kb("اين كتاب را پدرم خريد ۱۳۹۶"),
            kb("اين كتاب را پدرم خريد")
        );
        assert!(kb("ڤيروس كورونا در ايران پخش شد").any());
        // the line ends at the first line break
        assert_eq!(kb("في كتاب الله\nپدرم"), Keyboard::default());
        assert!(!kb("").any());
    }

    /// [`Keyboard::of_line`] as the module says it, char by char.
    fn by_chars(text: &str) -> Keyboard {
        let line = text.split(['\n', '\r']).next().unwrap_or("");
        let has = |set: &[char]| line.chars().any(|c| set.contains(&c));
        let other_languages = line.chars().any(|c| {
            matches!(c, '\u{0680}'..='\u{06BF}' | '\u{06C1}'..='\u{06D3}' | '\u{06D5}')
                && !matches!(c, 'چ' | 'ژ' | 'گ' | 'ک' | 'ڤ')
        });
        if other_languages || has(&['ی']) || !has(&['پ', 'چ', 'ژ', 'گ']) {
            return Keyboard::default();
        }
        Keyboard {
            yeh: has(&['ي']),
            kaf: has(&['ك']) && !has(&['ک']),
        }
    }

    proptest::proptest! {
        #[test]
        fn the_byte_searches_read_the_line_as_its_chars(
            chars in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(vec![
                        'ي', 'ك', 'ی', 'ک', 'پ', 'چ', 'ژ', 'گ', 'ڤ', 'ھ', 'ڪ', 'ې', 'ۀ', 'ۃ', 'ە',
                        '۱', 'ا', 'ب', 'ق', ' ', '\n', '\r', 'ۓ', 'ۖ', 'ڀ', 'ۿ',
                    ]),
                    proptest::prelude::any::<char>(),
                ],
                0..40,
            )
        ) {
            let text: String = chars.into_iter().collect();
            proptest::prop_assert_eq!(kb(&text), by_chars(&text), "{:?}", text);
        }
    }

    #[test]
    fn the_keyboard_is_kept_until_the_line_ends() {
        let text = "اين پدر\nکتاب ي گ";
        let mut line = LineKeyboard::default();
        assert!(line.at(text.as_bytes(), 0).yeh);
        assert!(line.at(text.as_bytes(), 9).yeh);
        let second = text.find('ک').unwrap();
        assert!(!line.at(text.as_bytes(), second).kaf);
        assert!(line.at(text.as_bytes(), second).yeh);
    }
}
