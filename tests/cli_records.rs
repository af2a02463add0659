//! The one bad-input policy of every command that reads records (`clean`, `segment`, `split`,
//! `dates`, `normalize`, `digits`): a bad line is reported on stderr with its file and line,
//! gets no output record, and makes the exit status 1; every good record still gives its
//! output record, in input order.

mod common;
use common::{json_lines, naskh, repo};

/// Every record command with `--field text`, written so that each good input record gives one
/// JSON output record that keeps the input's other fields (`dates` rewrites the field).
const FIELD_COMMANDS: [&[&str]; 6] = [
    &["clean", "-q", "--no-spans"],
    &["segment", "-q"],
    &["split", "--lang", "fa", "--format", "jsonl", "-q"],
    &["dates", "--convert"],
    &["normalize"],
    &["digits"],
];

/// The lines of stderr that report a problem with a record of `source` (not the summary).
fn reports(stderr: &[u8], source: &str) -> Vec<String> {
    let prefix = format!("naskh: {source}:");
    String::from_utf8_lossy(stderr)
        .lines()
        .filter(|l| l.starts_with(&prefix))
        .map(str::to_owned)
        .collect()
}

/// The line numbers those reports name, in the order reported.
fn reported_lines(stderr: &[u8], source: &str) -> Vec<u64> {
    let prefix = format!("naskh: {source}:");
    reports(stderr, source)
        .iter()
        .map(|l| {
            let rest = &l[prefix.len()..];
            let digits = rest.split(':').next().unwrap_or_default();
            digits
                .parse()
                .unwrap_or_else(|_| panic!("no line number in {l:?}"))
        })
        .collect()
}

#[test]
fn every_command_reports_the_same_bad_lines_and_keeps_every_good_record() {
    let fixture = repo("testdata/clean_bad_records.jsonl");
    let name = fixture.to_str().unwrap();
    let mut first_report: Option<Vec<String>> = None;
    for command in FIELD_COMMANDS {
        let args: Vec<&str> = command
            .iter()
            .copied()
            .chain(["--field", "text", name])
            .collect();
        let out = naskh(&args, b"");
        assert_eq!(
            out.status.code(),
            Some(1),
            "{args:?}: problems give exit status 1"
        );
        let ids: Vec<i64> = json_lines(&out)
            .iter()
            .map(|r| r["id"].as_i64().unwrap())
            .collect();
        assert_eq!(
            ids,
            [1, 2, 8],
            "{args:?}: every good record, in input order"
        );
        let flagged: Vec<bool> = json_lines(&out)
            .iter()
            .map(|r| r.get("invalid_utf8") == Some(&serde_json::Value::Bool(true)))
            .collect();
        assert_eq!(
            flagged,
            [false, true, false],
            "{args:?}: the replaced record says so"
        );
        let report = reports(&out.stderr, name);
        assert_eq!(
            reported_lines(&out.stderr, name),
            [2, 3, 5, 6, 7, 9],
            "{args:?}:\n{report:?}"
        );
        match &first_report {
            None => first_report = Some(report),
            Some(first) => assert_eq!(
                &report, first,
                "{args:?}: the same words for the same lines"
            ),
        }
    }
    // The dates listing writes one record per date, not per input record: the two good records
    // with a date give theirs, and the bad lines are reported the same way.
    let out = naskh(&["dates", "--field", "text", name], b"");
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<i64> = json_lines(&out)
        .iter()
        .map(|r| r["line"].as_i64().unwrap())
        .collect();
    assert_eq!(lines, [1, 2]);
    assert_eq!(Some(reports(&out.stderr, name)), first_report);
}

#[test]
fn invalid_utf8_in_plain_lines_is_replaced_and_reported_by_every_command() {
    let input: &[u8] = b"one \xdb\xb1\n\xff\xfe two \xdb\xb2\nthree\n";
    for command in [
        &["clean", "-q", "--lines", "--format", "text"][..],
        &["segment", "-q"],
        &["split", "--lang", "en", "-q"],
        &["dates", "--convert"],
        &["normalize"],
        &["digits"],
    ] {
        let out = naskh(command, input);
        assert_eq!(out.status.code(), Some(1), "{command:?}");
        assert_eq!(
            reports(&out.stderr, "<stdin>"),
            ["naskh: <stdin>:2: invalid UTF-8, replaced with U+FFFD"],
            "{command:?}"
        );
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert_eq!(
            stdout.lines().count(),
            3,
            "{command:?}: one output line per input line"
        );
        assert!(stdout.contains('\u{FFFD}'), "{command:?}: {stdout}");
    }
}

#[test]
fn bad_lines_across_many_batches_lose_no_good_record() {
    // More records than one batch holds, so bad lines fall in several batches and slices.
    let total = 10_000;
    let bad = |i: usize| i % 997 == 5;
    let mut input = String::new();
    for i in 0..total {
        if bad(i) {
            input.push_str(if i % 2 == 0 {
                "{not json\n"
            } else {
                "{\"id\":-1}\n"
            });
        } else {
            input.push_str(&format!("{{\"id\":{i},\"text\":\"سال ۱۴۰۲ {i}\"}}\n"));
        }
    }
    let good: Vec<i64> = (0..total).filter(|&i| !bad(i)).map(|i| i as i64).collect();
    let bad_lines: Vec<u64> = (0..total)
        .filter(|&i| bad(i))
        .map(|i| i as u64 + 1)
        .collect();
    for command in [
        &["digits"][..],
        &["normalize"],
        &["clean", "-q", "--no-spans"],
    ] {
        let args: Vec<&str> = command.iter().copied().chain(["--field", "text"]).collect();
        let out = naskh(&args, &input);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let records = json_lines(&out);
        let ids: Vec<i64> = records.iter().map(|r| r["id"].as_i64().unwrap()).collect();
        assert_eq!(ids, good, "{args:?}");
        assert_eq!(
            reported_lines(&out.stderr, "<stdin>"),
            bad_lines,
            "{args:?}"
        );
    }
}

/// Real sentences of the dev sets, repeated into one text of at least `bytes` bytes (longer
/// than the size from which a record is rendered alone and its output handed on as written).
fn huge_text(bytes: usize) -> String {
    let mut lines = Vec::new();
    for file in ["testdata/lang_dev.tsv", "testdata/zwnj_dev.tsv"] {
        let data = std::fs::read_to_string(repo(file)).unwrap();
        lines.extend(
            data.lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.rsplit('\t').next())
                .map(str::to_owned),
        );
    }
    let page = lines.join("\n") + "\n";
    page.repeat(bytes / page.len() + 1)
}

/// Code-point offsets and texts of spans over `text`, as the CLI writes them.
fn span_records(text: &str, spans: &[naskh::lang::Span]) -> serde_json::Value {
    let mut chars = 0;
    let records: Vec<serde_json::Value> = spans
        .iter()
        .map(|s| {
            let piece = &text[s.range.clone()];
            let n = piece.chars().count();
            let v = serde_json::json!({
                "start": chars, "end": chars + n, "lang": s.lang.code(), "text": piece,
            });
            chars += n;
            v
        })
        .collect();
    serde_json::Value::Array(records)
}

#[test]
fn a_huge_record_gives_the_same_output_in_order() {
    let text = huge_text(5 << 20);
    let dir = common::scratch("huge");
    let input = dir.join("records.jsonl");
    let records = [
        serde_json::json!({"id": 1, "text": "کد خبر: ۷۲۶۸۱۵"}),
        serde_json::json!({"id": 2, "text": text}),
        serde_json::json!({"id": 3, "text": "Talks resume."}),
    ];
    let lines: Vec<String> = records.iter().map(|r| r.to_string()).collect();
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();
    let name = input.to_str().unwrap();

    let out = naskh(&["segment", "-q", "--field", "text", name], b"");
    common::assert_success(&out);
    let got = json_lines(&out);
    assert_eq!(got.len(), 3, "one output record per input record");
    for (g, r) in got.iter().zip(&records) {
        assert_eq!(g["id"], r["id"], "input order kept");
        let t = r["text"].as_str().unwrap();
        assert_eq!(
            g["naskh"]["spans"],
            span_records(t, &naskh::lang::segment(t))
        );
    }

    // A whole file as one record (its fields merged into the record, not under "naskh").
    let file = dir.join("page.txt");
    std::fs::write(&file, &text).unwrap();
    let out = naskh(&["clean", "-q", file.to_str().unwrap()], b"");
    common::assert_success(&out);
    let got = json_lines(&out);
    assert_eq!(got.len(), 1);
    let doc = naskh::clean(&text, &naskh::CleanOptions::default());
    let mut want = serde_json::json!({"source": file.to_str().unwrap()});
    if let (Some(w), serde_json::Value::Object(fields)) =
        (want.as_object_mut(), serde_json::to_value(&doc).unwrap())
    {
        w.extend(fields);
    }
    assert_eq!(got[0], want);
}

/// A huge record's output is handed to the writer while it is written: when writing fails
/// (here: the device is full), the run stops with the writer's own error, not a vaguer one.
#[cfg(target_os = "linux")]
#[test]
fn a_write_error_during_a_huge_record_is_reported_as_it_is() {
    let dir = common::scratch("full");
    let input = dir.join("page.txt");
    std::fs::write(&input, huge_text(5 << 20)).unwrap();
    for command in ["segment", "clean"] {
        let out = naskh(
            &[command, "-q", "-o", "/dev/full", input.to_str().unwrap()],
            b"",
        );
        assert!(
            !out.status.success(),
            "{command}: a failed write is a failure"
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("os error 28"), "{command}: {stderr}");
    }
}
