//! Runs the shared case table `testdata/normalize_cases.tsv` (also read by pytest).

use naskh::normalize::{DigitMode, Normalizer, Preset};

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                assert_eq!(chars.next(), Some('{'), "bad escape in {s:?}");
                let hex: String = chars.by_ref().take_while(|&c| c != '}').collect();
                let v = u32::from_str_radix(&hex, 16).expect("hex escape");
                out.push(char::from_u32(v).expect("valid char"));
            }
            other => panic!("bad escape \\{other:?} in {s:?}"),
        }
    }
    out
}

fn normalizer(spec: &str) -> Normalizer {
    let mut parts = spec.split('+');
    let preset: Preset = parts.next().expect("preset").parse().expect("known preset");
    let mut n = Normalizer::preset(preset);
    for opt in parts {
        let (name, value) = opt.split_once('=').unwrap_or((opt, "true"));
        n = if name == "digits" {
            n.digits(value.parse::<DigitMode>().expect("digit mode"))
        } else {
            n.set_bool(name, value.parse().expect("true/false"))
                .expect("known option")
        };
    }
    n
}

#[test]
fn case_table() {
    let table = include_str!("../testdata/normalize_cases.tsv");
    let mut count = 0;
    let mut failures = Vec::new();
    for (no, line) in table.lines().enumerate() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(
            cols.len() >= 3,
            "line {}: need options, input, expected",
            no + 1
        );
        let n = normalizer(cols[0]);
        let input = unescape(cols[1]);
        let expected = unescape(cols[2]);
        count += 1;
        let got = n.normalize(&input);
        if got != expected {
            failures.push(format!(
                "line {} [{}] {:?}: got {:?}, expected {:?}",
                no + 1,
                cols[0],
                input,
                got,
                expected
            ));
        }
        let again = n.normalize(&expected);
        if again != expected {
            failures.push(format!(
                "line {} [{}]: expected text {:?} is not a fixed point (→ {:?})",
                no + 1,
                cols[0],
                expected,
                again
            ));
        }
        let with = n.normalize_with_offsets(&input);
        assert_eq!(with.text, got, "line {}", no + 1);
        assert_eq!(with.offsets.len(), got.chars().count(), "line {}", no + 1);
    }
    assert!(count >= 150, "only {count} cases");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
