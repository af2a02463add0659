//! `naskh dates` run as a user would: JSONL per date, --convert, --field, bad input.

mod common;
use common::{assert_success, json_lines, naskh};
use serde_json::Value;

#[test]
fn lists_one_record_per_date_with_line_and_char_offsets() {
    let input = "کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵\nno date here 2017/09/02\n😀 ۱۴ تا ۱۶ مهر ۱۴۰۲\r\n";
    let out = naskh(&["dates"], input.as_bytes());
    assert_success(&out);
    let recs = json_lines(&out);
    assert_eq!(recs.len(), 3);
    assert_eq!(recs[0]["line"], 1);
    assert_eq!(recs[0]["start"], 17);
    assert_eq!(recs[0]["end"], 39);
    assert_eq!(recs[0]["text"], "۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵");
    assert_eq!(recs[0]["jalali"], "1396-06-11");
    assert_eq!(recs[0]["gregorian"], "2017-09-02");
    assert_eq!(recs[0]["time"], "21:55");
    assert_eq!(recs[1]["line"], 3);
    assert_eq!(recs[1]["start"], 2);
    assert_eq!(recs[1]["text"], "۱۴");
    assert_eq!(recs[1]["jalali"], "1402-07-14");
    assert_eq!(recs[1]["time"], Value::Null);
    assert_eq!(recs[2]["text"], "۱۶ مهر ۱۴۰۲");
    // Character offsets slice the line; byte offsets too.
    let line3 = "😀 ۱۴ تا ۱۶ مهر ۱۴۰۲";
    let s: String = line3
        .chars()
        .skip(recs[2]["start"].as_u64().unwrap() as usize)
        .take((recs[2]["end"].as_u64().unwrap() - recs[2]["start"].as_u64().unwrap()) as usize)
        .collect();
    assert_eq!(s, "۱۶ مهر ۱۴۰۲");
    let (bs, be) = (
        recs[2]["byte_start"].as_u64().unwrap() as usize,
        recs[2]["byte_end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&line3[bs..be], "۱۶ مهر ۱۴۰۲");
}

#[test]
fn convert_keeps_everything_else_byte_for_byte() {
    let input = "کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵\r\nhello\nlast ۱ مهر ۱۴۰۲";
    let out = naskh(&["dates", "--convert"], input.as_bytes());
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "کد خبر: ۷۲۶۸۱۵ | 2017-09-02T21:55\r\nhello\nlast 2023-09-23"
    );
    let out = naskh(
        &["dates", "--convert", "--format", "english"],
        "۱ مهر ۱۴۰۲\n".as_bytes(),
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "23 September 2023\n"
    );
    let out = naskh(
        &["dates", "--convert", "--format", "%d.%m.%Y (%JB)"],
        "۱ مهر ۱۴۰۲\n".as_bytes(),
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "23.09.2023 (Mehr)\n"
    );
}

#[test]
fn jsonl_field_input() {
    let input = "{\"id\": 7, \"body\": \"انتشار: ۱۴۰۲/۰۷/۰۱\"}\nnot json\n{\"id\": 8}\n";
    let out = naskh(&["dates", "--field", "body"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("<stdin>:2") && err.contains("<stdin>:3"),
        "{err}"
    );
    let recs = json_lines(&out);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["field"], "body");
    assert_eq!(recs[0]["start"], 8);
    let out = naskh(
        &["dates", "--field", "body", "--convert"],
        "{\"id\": 7, \"body\": \"۱۴۰۲/۰۷/۰۱\"}\n".as_bytes(),
    );
    let recs = json_lines(&out);
    assert_eq!(recs[0]["body"], "2023-09-23");
    assert_eq!(recs[0]["id"], 7);
}

#[test]
fn options_and_errors() {
    let out = naskh(
        &["dates", "--two-digit-years", "1420"],
        "۱۵ مهر ۰۲\n".as_bytes(),
    );
    assert_eq!(json_lines(&out)[0]["jalali"], "1402-07-15");
    let out = naskh(&["dates"], "۱۵ مهر ۰۲\n".as_bytes());
    assert!(json_lines(&out).is_empty());
    let out = naskh(&["dates", "--min-year", "1100"], "۱۵ مهر ۱۱۹۰\n".as_bytes());
    assert_eq!(json_lines(&out)[0]["jalali"], "1190-07-15");
    let out = naskh(&["dates", "--convert", "--format", "roman"], b"");
    assert_eq!(out.status.code(), Some(2));
    let out = naskh(&["dates", "/no/such/file"], b"");
    assert_eq!(out.status.code(), Some(2));
    let out = naskh(&["dates", "--convert"], b"\xff ok \xd9 \n");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn calendars_option_finds_and_converts_only_those_calendars() {
    let line = "۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ 02 September 2017 | ١٢ ذو الحجة ١٤٣٨ هـ\n";
    let out = naskh(&["dates"], line.as_bytes());
    let cals: Vec<_> = json_lines(&out)
        .iter()
        .map(|r| r["calendar"].clone())
        .collect();
    assert_eq!(cals, ["persian"]);
    let out = naskh(
        &["dates", "--calendars", "persian,gregorian,islamic"],
        line.as_bytes(),
    );
    let recs = json_lines(&out);
    let got: Vec<(String, String)> = recs
        .iter()
        .map(|r| {
            (
                r["calendar"].as_str().unwrap().to_owned(),
                r["date"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("persian".into(), "1396-06-11".into()),
            ("gregorian".into(), "2017-09-02".into()),
            ("islamic".into(), "1438-12-12".into())
        ]
    );
    assert_eq!(recs[2]["gregorian"], "2017-09-03");
    let out = naskh(
        &["dates", "--convert", "--calendars", "gregorian"],
        line.as_bytes(),
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ 2017-09-02 | ١٢ ذو الحجة ١٤٣٨ هـ\n"
    );
    let out = naskh(&["dates", "--calendars", "julian"], b"");
    assert_eq!(out.status.code(), Some(2));
}
