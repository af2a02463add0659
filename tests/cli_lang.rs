//! `naskh segment` and `naskh split`, run as a user would.

mod common;
use common::{assert_success, naskh};

const INPUT: &str = "او گفت إنا لله وإنا إليه راجعون و رفت.\nThe talks 😀 resumed\n";

#[test]
fn segment_writes_one_json_line_per_input_line_with_char_offsets() {
    let out = naskh(&["segment", "-q"], INPUT);
    assert_success(&out);
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2);
    for (input, json) in INPUT.lines().zip(&lines) {
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        let chars: Vec<char> = input.chars().collect();
        let mut rebuilt = String::new();
        for span in v["spans"].as_array().unwrap() {
            let (s, e) = (
                span["start"].as_u64().unwrap() as usize,
                span["end"].as_u64().unwrap() as usize,
            );
            let text = span["text"].as_str().unwrap();
            assert_eq!(chars[s..e].iter().collect::<String>(), text);
            rebuilt.push_str(text);
        }
        assert_eq!(rebuilt, input);
    }
    let first: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    let langs: Vec<&str> = first["spans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["lang"].as_str().unwrap())
        .filter(|l| *l != "neutral")
        .collect();
    assert_eq!(
        langs,
        ["fa", "fa", "ar", "ar", "ar", "ar", "ar", "fa", "fa"]
    );
}

#[test]
fn segment_resolve_neutral_gives_every_neutral_run_a_language() {
    let out = naskh(&["segment", "-q", "--resolve-neutral"], INPUT);
    assert_success(&out);
    let stdout = String::from_utf8(out.stdout).unwrap();
    let first: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    let spans: Vec<(&str, &str)> = first["spans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["text"].as_str().unwrap(), s["lang"].as_str().unwrap()))
        .collect();
    assert_eq!(
        spans,
        [
            ("او گفت", "fa"),
            (" ", "neutral"),
            ("إنا لله وإنا إليه راجعون", "ar"),
            (" ", "neutral"),
            ("و رفت.", "fa"),
        ]
    );
    // with --merge-neutral it is refused, not silently combined
    let out = naskh(&["segment", "--resolve-neutral", "--merge-neutral"], INPUT);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn segment_merge_neutral_and_jsonl_field() {
    let out = naskh(
        &["segment", "-q", "--merge-neutral", "--field", "body"],
        "{\"id\": 7, \"body\": \"سلام دنیا hello\"}\n",
    );
    assert_success(&out);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["id"], 7);
    let spans = v["naskh"]["spans"].as_array().unwrap();
    assert_eq!(spans[0]["text"], "سلام دنیا");
    assert_eq!(spans[0]["lang"], "fa");
    assert_eq!(spans[2]["text"], "hello");
}

#[test]
fn split_keeps_one_language_line_by_line() {
    let out = naskh(&["split", "-q", "--lang", "ar"], INPUT);
    assert_success(&out);
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "إنا لله وإنا إليه راجعون\n\n"
    );
    let out = naskh(&["split", "-q", "--lang", "fa"], INPUT);
    // the sentence-final `.` belongs to the Persian text (resolved neutral runs)
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "او گفت و رفت.\n\n");
    let out = naskh(&["split", "-q", "--lang", "en", "--format", "jsonl"], INPUT);
    let second: serde_json::Value = serde_json::from_str(
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .nth(1)
            .unwrap(),
    )
    .unwrap();
    assert_eq!(second["en"], "The talks 😀 resumed");
}

#[test]
fn split_rejects_unknown_language() {
    let out = naskh(&["split", "--lang", "xx"], "");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn split_takes_the_regions_languages() {
    // a Pashto sentence beside a Persian one, an Urdu one on the next line
    let input = "زه په کابل کې اوسېږم. او در تهران زندگی می‌کند.\nپاکستان میں آج بارش ہوئی\n";
    let out = naskh(&["split", "-q", "--lang", "ps"], input);
    assert_success(&out);
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "زه په کابل کې اوسېږم.\n\n"
    );
    let out = naskh(&["split", "-q", "--lang", "ur"], input);
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "\nپاکستان میں آج بارش ہوئی\n"
    );
    let out = naskh(&["segment", "-q"], "ئەم شارە زۆر جوانە\n");
    let v: serde_json::Value =
        serde_json::from_str(String::from_utf8(out.stdout).unwrap().trim()).unwrap();
    assert_eq!(v["spans"][0]["lang"], "ckb");
}

#[test]
fn segment_help_names_every_label() {
    let out = naskh(&["segment", "--help"], "");
    assert_success(&out);
    let help = String::from_utf8(out.stdout).unwrap();
    let first = help.lines().next().unwrap();
    for lang in naskh::lang::Lang::ALL {
        let code = lang.code();
        assert!(
            first
                .split(|c: char| !c.is_ascii_alphanumeric())
                .any(|w| w == code),
            "`{code}` missing from: {first}"
        );
    }
}
