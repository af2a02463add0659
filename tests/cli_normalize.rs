//! The `naskh normalize` command: plain lines and JSON Lines.
#![cfg(feature = "cli")]

mod common;
use common::naskh;

fn run(args: &[&str], input: &str) -> (String, String, i32) {
    let out = naskh(args, input);
    (
        String::from_utf8(out.stdout).expect("utf8"),
        String::from_utf8(out.stderr).expect("utf8"),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn plain_lines_keep_their_terminators() {
    let (out, _, code) = run(&["normalize"], "كتاب  ها\r\n  Hello  \nالصلاة على");
    assert_eq!(out, "کتاب\u{200c}ها\r\nHello\nالصلاة على");
    assert_eq!(code, 0);
}

#[test]
fn presets_and_options() {
    let (out, _, _) = run(&["normalize", "--preset", "search"], "الصلاة ۱۲\n");
    assert_eq!(out, "الصلاه 12\n");
    let (out, _, _) = run(
        &[
            "normalize",
            "--digits",
            "native",
            "--set",
            "persian_punctuation=true",
        ],
        "سال 1402, خوب?\n",
    );
    assert_eq!(out, "سال ۱۴۰۲، خوب؟\n");
    let (_, err, code) = run(&["normalize", "--set", "loudness=true"], "x\n");
    assert_eq!(code, 2);
    assert!(err.contains("loudness"), "{err}");
}

#[test]
fn jsonl_field_is_normalized_other_fields_pass_through() {
    let input = "{\"id\":7,\"text\":\"مي خواهم\",\"tags\":[\"ي\"]}\nnot json\n{\"id\":8}\n";
    let (out, err, code) = run(&["normalize", "--field", "text"], input);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "{\"id\":7,\"text\":\"می\u{200c}خواهم\",\"tags\":[\"ي\"]}"
    );
    // Bad records get no output record and are reported with their place (the one policy of
    // every record command), and the exit status says so.
    assert_eq!(lines.len(), 1, "{out}");
    assert_eq!(code, 1);
    assert!(
        err.contains("<stdin>:2") && err.contains("<stdin>:3"),
        "{err}"
    );
    assert!(
        err.contains("malformed JSON") && err.contains("no string field"),
        "{err}"
    );
}
