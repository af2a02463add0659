//! The `naskh` binary, run as a user would: arguments, stdin/files, exit codes, bad input.

mod common;
use common::{assert_success, naskh, scratch};

#[test]
fn version_matches_crate() {
    let out = naskh(&["--version"], b"");
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        format!("naskh {}", naskh::VERSION)
    );
}

#[test]
fn digits_from_stdin_keeps_line_endings() {
    let out = naskh(&["digits"], "۱۱ شهريور ۱۳۹۶\r\nline ٢\nlast ۳".as_bytes());
    assert_success(&out);
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "11 شهريور 1396\r\nline 2\nlast 3"
    );
}

#[test]
fn digits_to_persian_and_arabic() {
    let out = naskh(&["digits", "--to", "persian"], b"2017-09-02\n");
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "۲۰۱۷-۰۹-۰۲\n");
    let out = naskh(&["digits", "--to", "arabic"], "۱۴۰۲\n".as_bytes());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "١٤٠٢\n");
}

#[test]
fn digits_over_files_and_output_file() {
    let dir = scratch("digits");
    let a = dir.join("a.txt");
    let b = dir.join("b.txt");
    let o = dir.join("out.txt");
    std::fs::write(&a, "۱\n").unwrap();
    std::fs::write(&b, "۲\n").unwrap();
    let out = naskh(
        &[
            "digits",
            "-o",
            o.to_str().unwrap(),
            a.to_str().unwrap(),
            b.to_str().unwrap(),
        ],
        b"",
    );
    assert!(out.status.success());
    assert_eq!(std::fs::read_to_string(&o).unwrap(), "1\n2\n");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn invalid_utf8_is_replaced_and_reported_not_dropped() {
    let out = naskh(&["digits"], b"ok \xDB\xB1\nbad \xff\xfe\nok2\n");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout, "ok 1\nbad \u{FFFD}\u{FFFD}\nok2\n");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("<stdin>:2"), "{stderr}");
}

#[test]
fn missing_file_is_a_clear_error() {
    let out = naskh(&["digits", "/definitely/not/here.txt"], b"");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("/definitely/not/here.txt"), "{stderr}");
}

#[test]
fn bad_arguments_exit_2() {
    let out = naskh(&["digits", "--to", "roman"], b"");
    assert_eq!(out.status.code(), Some(2));
    let out = naskh(&["no-such-command"], b"");
    assert_eq!(out.status.code(), Some(2));
}
