//! `naskh clean` as a user runs it: files, directories, lines, JSONL, and bad records that are
//! reported — never lost.

mod common;
use common::{assert_success, json_lines, naskh, repo, scratch};

#[test]
fn bundled_sample_page() {
    let page = repo("examples/news_page.txt");
    let out = naskh(&["clean", page.to_str().unwrap()], b"");
    assert_success(&out);
    let records = json_lines(&out);
    assert_eq!(records.len(), 1);
    let doc = &records[0];
    assert_eq!(doc["source"], page.to_str().unwrap());
    let isos: Vec<&str> = doc["dates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["iso"].as_str().unwrap())
        .collect();
    assert_eq!(
        isos,
        [
            "2017-09-02T21:55",
            "2023-09-23T12:30",
            "2023-09-23T18:45",
            "2021-04-04"
        ]
    );
    // Offsets are code-point indices into "text".
    let text: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
    for d in doc["dates"].as_array().unwrap() {
        let (s, e) = (
            d["start"].as_u64().unwrap() as usize,
            d["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            text[s..e].iter().collect::<String>(),
            d["text"].as_str().unwrap()
        );
    }
    // Spans tile the text.
    let mut at = 0;
    for s in doc["spans"].as_array().unwrap() {
        assert_eq!(s["start"].as_u64().unwrap() as usize, at);
        at = s["end"].as_u64().unwrap() as usize;
    }
    assert_eq!(at, text.len());
    assert!(doc["languages"]["ar"]
        .as_str()
        .unwrap()
        .contains("إن الله مع الصابرين"));
    assert!(!doc["languages"]["fa"]
        .as_str()
        .unwrap()
        .contains("الصابرين"));
    assert!(doc["languages"]["en"]
        .as_str()
        .unwrap()
        .starts_with("Regional ministers"));
    assert!(doc["text_with_dates"]
        .as_str()
        .unwrap()
        .contains("تاریخ انتشار: 2023-09-23T12:30"));
}

#[test]
fn bad_records_are_reported_never_lost() {
    let fixture = repo("testdata/clean_bad_records.jsonl");
    let out = naskh(
        &[
            "clean",
            "--field",
            "text",
            "--no-spans",
            fixture.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "problems must give exit status 1"
    );
    let records = json_lines(&out);
    let ids: Vec<i64> = records.iter().map(|r| r["id"].as_i64().unwrap()).collect();
    assert_eq!(ids, [1, 2, 8], "valid records, in input order");
    // Other fields are passed through untouched, in their order; the result is under "naskh".
    assert_eq!(records[0]["url"], "https://example.com/a");
    let first_keys: Vec<&String> = records[0].as_object().unwrap().keys().collect();
    assert_eq!(first_keys, ["id", "text", "url", "naskh"]);
    assert_eq!(records[0]["naskh"]["dates"][0]["iso"], "2017-09-02T21:55");
    assert!(records[0]["naskh"].get("spans").is_none());
    assert_eq!(records[1]["invalid_utf8"], true);
    assert_eq!(records[1]["naskh"]["dates"][0]["gregorian"], "2023-09-23");
    assert_eq!(
        records[2]["naskh"]["languages"]["ar"],
        "قال المتحدث إن المحادثات ستستمر"
    );
    let stderr = String::from_utf8(out.stderr.clone()).unwrap();
    let name = fixture.to_str().unwrap();
    for (line, what) in [
        (2, "invalid UTF-8"),
        (3, "malformed JSON"),
        (5, "no string field"),
        (6, "is a number"),
        (7, "expected a JSON object"),
        (9, "malformed JSON"),
    ] {
        let needle = format!("{name}:{line}: ");
        let reported = stderr
            .lines()
            .find(|l| l.contains(&needle))
            .unwrap_or_else(|| panic!("line {line} not reported:\n{stderr}"));
        assert!(reported.contains(what), "line {line}: {reported}");
    }
    // 8 records (the blank line is not one): 3 written (one of them flagged), 5 reported.
    assert!(stderr.contains("8 records"), "{stderr}");
    assert!(stderr.contains("6 problem(s)"), "{stderr}");
}

#[test]
fn strict_stops_at_invalid_utf8() {
    let out = naskh(
        &["clean", "--lines", "--strict"],
        b"ok line\n\xff bad\nnever reached\n",
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr.clone()).unwrap();
    assert!(
        stderr.contains("<stdin>:2") && stderr.contains("--strict"),
        "{stderr}"
    );
    assert_eq!(json_lines(&out).len(), 1);
}

#[test]
fn lines_mode_one_output_per_input_line_in_order() {
    let input: String = (0..5000)
        .map(|i| format!("line {i} ۱ مهر ۱۴۰۲\n"))
        .collect();
    let out = naskh(&["clean", "--lines", "--no-spans", "-q"], input.as_bytes());
    assert!(out.status.success());
    assert!(
        out.stderr.is_empty(),
        "--quiet prints nothing: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let records = json_lines(&out);
    assert_eq!(records.len(), 5000);
    for (i, r) in records.iter().enumerate() {
        assert_eq!(r["line"], i as u64 + 1);
        assert_eq!(r["text"], format!("line {i} ۱ مهر ۱۴۰۲"));
        assert_eq!(r["dates"][0]["gregorian"], "2023-09-23");
    }
}

#[test]
fn directories_and_globs_in_sorted_order_and_text_output() {
    let dir = scratch("dirs");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("b.txt"), "سلام  دنيا").unwrap();
    std::fs::write(dir.join("a.txt"), "Hello   world").unwrap();
    std::fs::write(dir.join("sub/c.txt"), "كتاب ها").unwrap();
    let out = naskh(&["clean", "-q", dir.to_str().unwrap()], b"");
    assert!(out.status.success());
    let sources: Vec<String> = json_lines(&out)
        .iter()
        .map(|r| r["source"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        sources[0].ends_with("a.txt")
            && sources[1].ends_with("b.txt")
            && sources[2].ends_with("sub/c.txt"),
        "{sources:?}"
    );
    let pattern = format!("{}/*.txt", dir.display());
    let out = naskh(&["clean", "-q", "--format", "text", &pattern], b"");
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "Hello world\n\nسلام دنیا\n"
    );
    let out = naskh(
        &[
            "clean",
            "-q",
            "-o",
            dir.join("out.jsonl").to_str().unwrap(),
            dir.join("sub").to_str().unwrap(),
        ],
        b"",
    );
    assert!(out.status.success());
    let written = std::fs::read_to_string(dir.join("out.jsonl")).unwrap();
    assert!(written.contains("کتاب‌ها"), "{written}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn clean_reports_the_publication_date_and_reads_asked_calendars() {
    let page = "تاریخ انتشار: ۱۴۰۲/۰۷/۰۱ - ۱۲:۳۰\n02 September 2017\n";
    let out = naskh(&["clean", "--no-spans"], page.as_bytes());
    let text = String::from_utf8_lossy(&out.stdout);
    let rec: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(rec["published"]["by"], "label");
    assert_eq!(rec["published"]["label"], "تاریخ انتشار");
    assert_eq!(rec["published"]["iso"], "2023-09-23T12:30");
    assert_eq!(rec["dates"].as_array().unwrap().len(), 1);
    let out = naskh(
        &["clean", "--no-spans", "--calendars", "persian,gregorian"],
        page.as_bytes(),
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let rec: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(rec["dates"].as_array().unwrap().len(), 2);
    assert_eq!(rec["dates"][1]["calendar"], "gregorian");
    assert_eq!(
        naskh(&["clean", "--calendars", "mayan"], b"").status.code(),
        Some(2)
    );
    let out = naskh(&["clean", "--no-spans"], "no date here\n".as_bytes());
    let text = String::from_utf8_lossy(&out.stdout);
    let rec: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert!(rec["published"].is_null());
}

#[test]
fn bad_options_and_missing_inputs_exit_2() {
    assert_eq!(
        naskh(&["clean", "--preset", "loud"], b"").status.code(),
        Some(2)
    );
    assert_eq!(
        naskh(&["clean", "--date-format", "roman"], b"")
            .status
            .code(),
        Some(2)
    );
    let out = naskh(&["clean", "/no/such/dir/*.txt"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no file matches"));
    assert_eq!(
        naskh(&["clean", "/no/such/file.txt"], b"").status.code(),
        Some(2)
    );
}

#[test]
fn summary_line_on_stderr() {
    let out = naskh(&["clean", "--lines"], "a\nb\n".as_bytes());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("2 records") && stderr.contains("MB/s") && stderr.contains("0 problem(s)"),
        "{stderr}"
    );
}
