"""Memory per record is bounded: at most 8x the record's size plus a constant, for one huge
record (a page of many lines, or one line of the same size) through the CLI (`clean`,
`segment`, a file or a JSON field) and the Python calls (`segment`, `clean`, `normalize`).

Each measurement runs in a fresh process and reads its peak resident size (`ru_maxrss`), so
what one call leaves behind never counts for the next.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

# Bytes of text in the huge record, and what a process may hold besides (interpreter, model,
# buffers).
RECORD_BYTES = 24_000_000
CONSTANT_BYTES = 96_000_000
FACTOR = 8


@pytest.fixture(scope="module", params=["lines", "one line"])
def huge_text(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Real sentences of the dev sets (Persian, Arabic, English and the regional languages),
    repeated into one text of about RECORD_BYTES bytes: one record. Either a page of many lines,
    or the same sentences on one line with no line break (a flattened page)."""
    lines: list[str] = []
    for name in ("lang_dev.tsv", "zwnj_dev.tsv", "lang_regional_dev.tsv"):
        for line in (ROOT / "testdata" / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                lines.append(line.rsplit("\t", 1)[-1])
    sep = "\n" if request.param == "lines" else " "
    page = sep.join(lines) + sep
    text = page * (RECORD_BYTES // len(page.encode("utf-8")) + 1)
    if sep == " ":
        text = text.rstrip(" ") + "\n"
    path = tmp_path_factory.mktemp("memory") / "record.txt"
    path.write_text(text, encoding="utf-8")
    return path


# A process's peak (`ru_maxrss`) starts at its parent's resident size when it was forked (Linux
# keeps the forked copy's high-water mark through `exec`), and this test runs inside a pytest
# that has grown large: every measured process is therefore started by a small Python launched
# first, whose own size is all it inherits.
_LAUNCH = (
    "import subprocess, sys\n"
    "r = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "sys.stdout.write(r.stdout); sys.stderr.write(r.stderr); sys.exit(r.returncode)\n"
)


def _fresh(*argv: str) -> list[str]:
    """Runs `argv` two processes away from pytest; its standard output, split."""
    return subprocess.run(
        [sys.executable, "-c", _LAUNCH, *argv], check=True, capture_output=True, text=True
    ).stdout.split()


def _peak_bytes(*command: str) -> int:
    """The peak resident bytes of `command`, run in a fresh process tree."""
    probe = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], check=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    return int(_fresh(sys.executable, "-c", probe, *command)[-1]) * 1024  # KiB on Linux


@pytest.mark.parametrize(
    "command",
    [["clean"], ["clean", "--field", "text"], ["segment"], ["segment", "--field", "text"]],
)
def test_the_cli_holds_a_huge_record_in_bounded_memory(
    huge_text: Path, tmp_path: Path, command: list[str]
) -> None:
    source = huge_text
    if "--field" in command:
        source = tmp_path / "record.jsonl"
        record = {"id": 1, "text": huge_text.read_text(encoding="utf-8")}
        source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    peak = _peak_bytes(sys.executable, "-m", "naskh", *command, "-q", "-o", str(out), str(source))
    size = source.stat().st_size
    assert out.stat().st_size > size // 2, "the output was written"
    assert peak <= FACTOR * size + CONSTANT_BYTES, f"{command}: peak {peak / 1e6:.0f} MB for a {size / 1e6:.0f} MB record"


@pytest.mark.parametrize(
    "call",
    [
        "naskh.segment(text)",
        "naskh.segment(text, merge_neutral=True)",
        "naskh.segment(text, resolve_neutral=True)",
        "naskh.clean(text)",
        "naskh.Normalizer().normalize(text)",
    ],
)
def test_python_calls_on_a_huge_text_hold_bounded_memory(huge_text: Path, call: str) -> None:
    code = (
        "import resource, sys\n"
        "import naskh\n"
        "text = open(sys.argv[1], encoding='utf-8').read()\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        f"result = {call}\n"
        "assert result\n"
        "print(before, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    out = _fresh(sys.executable, "-c", code, str(huge_text))
    before, peak = int(out[-2]) * 1024, int(out[-1]) * 1024
    # (the process holds only the interpreter, naskh and the text before the call: nothing
    # inherited inflates its peak)
    assert before < 4 * huge_text.stat().st_size + CONSTANT_BYTES
    size = huge_text.stat().st_size
    grown = peak - before
    assert grown <= FACTOR * size + CONSTANT_BYTES, f"{call}: grew {grown / 1e6:.0f} MB for a {size / 1e6:.0f} MB text"
