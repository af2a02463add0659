//! Helpers shared by the CLI test files (tests/cli*.rs): run the built `naskh` binary as a user
//! would, and read what it wrote. Each test file uses only some of them.
#![allow(dead_code)]

use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// Runs `naskh args…` with `stdin` on its standard input and collects its exit status, stdout
/// and stderr.
pub fn naskh(args: &[&str], stdin: impl AsRef<[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_naskh"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn naskh");
    let written = child.stdin.take().expect("stdin").write_all(stdin.as_ref());
    // naskh may exit before reading its input (bad arguments exit 2 at once): the pipe is then
    // closed, which is not a test failure; the caller checks the exit status.
    if let Err(e) = written {
        assert_eq!(e.kind(), ErrorKind::BrokenPipe, "write stdin: {e}");
    }
    child.wait_with_output().expect("wait for naskh")
}

/// Fails the calling test, showing naskh's stderr, unless the run exited with success.
#[track_caller]
pub fn assert_success(out: &Output) {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Each line of stdout parsed as one JSON value (fails on a line that is not JSON).
#[track_caller]
pub fn json_lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

/// A path inside the repository.
pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// A fresh, empty temporary directory for one test (`name` must be unique within its file).
pub fn scratch(name: &str) -> PathBuf {
    let exe = std::env::current_exe().unwrap_or_default();
    let file = exe.file_stem().and_then(|s| s.to_str()).unwrap_or("test");
    let dir = std::env::temp_dir().join(format!("naskh-{file}-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
