"""The notebook views in a real browser: headless Chromium lays out the HTML that notebooks show,
and the test checks geometry (where boxes are), not pixels.

scripts/test.sh installs Chromium from the system packages; without it this test fails (it is
never skipped). The views themselves are static HTML; only the harness page below runs a script,
which measures the laid-out boxes and writes them into the DOM that ``--dump-dom`` prints.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

import naskh

LINES = [
    # Persian with an Arabic quotation, final full stop
    "وی در پایان سخنانش این آیه را خواند: إن الله مع الصابرين و سپس به پرسش‌های خبرنگاران پاسخ داد.",
    # English with a Persian quotation in guillemets and an agency in parentheses
    "Talks resume in Astana. وی گفت: «این نشست فرصتی است» (IRNA)",
    # the footer of a Persian page, with dates in two calendars
    "کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ 02 September 2017 | 9495 بازدید",
    # a line that starts with digits
    "9495 بازدید",
    # Arabic with an English name
    "قال المبعوث الأممي Staffan de Mistura إن المحادثات ستستمر.",
    # Persian with an English acronym in parentheses and a percentage
    "سازمان پیمان آتلانتیک شمالی (NATO) رشد ۳٫۵٪ را پیش‌بینی کرد.",
    # English with an Arabic quotation in parentheses
    "The imam recited (إن الله مع الصابرين) before the prayer.",
    # Persian sentence, then an English one
    "او رفت. He left.",
    # a Persian quotation inside a Persian sentence
    "سخنگو گفت: «این نشست فرصتی برای کاهش تنش‌هاست» و افزود.",
    # Persian with a URL
    "برای اطلاعات بیشتر به https://example.com/fa مراجعه کنید.",
    # an English line with a Persian date at its end
    "Published شنبه ۱ مهر ۱۴۰۲ - ۱۲:۳۰",
    # Arabic only, with Arabic-Indic digits
    "قال الرئيس في ١٢ مايو إن الاتفاق نهائي.",
]

MEASURE = """
<script>
function charRect(line, ch, nth) {
  const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  let seen = 0, node;
  while ((node = walker.nextNode())) {
    for (let i = 0; i < node.data.length; i++) {
      if (node.data[i] === ch) {
        if (seen === nth) {
          const r = document.createRange();
          r.setStart(node, i); r.setEnd(node, i + 1);
          const b = r.getBoundingClientRect();
          return [b.left, b.right];
        }
        seen++;
      }
    }
  }
  return null;
}
const out = [];
for (const view of document.querySelectorAll('[data-case]')) {
  const lines = [];
  for (const line of view.querySelectorAll('[data-naskh-line]')) {
    const b = line.getBoundingClientRect();
    const runs = [...line.querySelectorAll('bdi')].map(e => {
      const r = e.getBoundingClientRect();
      return {lang: e.dataset.lang, text: e.textContent, left: r.left, right: r.right};
    });
    const chars = {};
    for (const ch of ['.', '«', '»', '(', ')']) {
      const found = [];
      for (let n = 0; n < 4; n++) { const r = charRect(line, ch, n); if (r) found.push(r); }
      chars[ch] = found;
    }
    const style = getComputedStyle(line);
    lines.push({dir: style.direction, left: b.left, right: b.right, runs, chars,
                text: line.textContent});
  }
  out.push({id: view.dataset.case, lines});
}
document.getElementById('result').textContent = JSON.stringify(out);
</script>
"""


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.fail(
        "Chromium is not installed: scripts/test.sh installs it (apt-get install chromium); "
        "the notebook views are checked in a real browser"
    )


def _render(views: dict[str, str]) -> list[dict]:  # type: ignore[type-arg]
    body = "".join(
        f'<div data-case="{html.escape(k)}" style="width:900px;margin:8px">{v}</div>' for k, v in views.items()
    )
    page = f'<!doctype html><html><head><meta charset="utf-8"></head><body>{body}<pre id="result"></pre>{MEASURE}</body></html>'
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "views.html"
        path.write_text(page, encoding="utf-8")
        profile = Path(tmp) / "profile"
        cmd = [
            _chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            f"--user-data-dir={profile}",
            "--dump-dom",
            path.as_uri(),
        ]
        env = dict(os.environ, HOME=tmp)
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)
    match = re.search(r'<pre id="result">(.*?)</pre>', done.stdout, re.S)
    assert match and match.group(1), f"no measurement from Chromium: {done.stderr[-2000:]}"
    return json.loads(html.unescape(match.group(1)))


@pytest.fixture(scope="module")
def measured() -> dict[str, dict]:  # type: ignore[type-arg]
    views = {}
    for i, line in enumerate(LINES):
        views[f"word{i}"] = naskh.segment(line)._repr_html_()
        views[f"merged{i}"] = naskh.segment(line, merge_neutral=True)._repr_html_()
        views[f"resolved{i}"] = naskh.segment(line, resolve_neutral=True)._repr_html_()
    views["document"] = naskh.clean("\n".join(LINES))._repr_html_()
    return {case["id"]: case for case in _render(views)}


def _line(measured: dict, key: str) -> dict:  # type: ignore[type-arg]
    (line,) = measured[key]["lines"]
    return line


@pytest.mark.parametrize("kind", ["word", "merged", "resolved"])
def test_rtl_lines_read_right_to_left(measured: dict, kind: str) -> None:  # type: ignore[type-arg]
    """In a right-to-left line, the first run's box lies right of the second's."""
    for i in (0, 2, 5):
        line = _line(measured, f"{kind}{i}")
        assert line["dir"] == "rtl", (i, line["text"])
        first, second = line["runs"][0], line["runs"][1]
        assert first["left"] >= second["right"] - 1, (i, first, second)


@pytest.mark.parametrize("kind", ["word", "merged", "resolved"])
def test_final_full_stop_at_the_left_end(measured: dict, kind: str) -> None:  # type: ignore[type-arg]
    """A Persian sentence's final `.` lies at the line's left end."""
    for i in (0, 5, 8, 9):
        line = _line(measured, f"{kind}{i}")
        assert line["dir"] == "rtl"
        stops = line["chars"]["."]
        last_stop = stops[-1]
        leftmost = min(r["left"] for r in line["runs"])
        assert last_stop[0] <= leftmost + 1, (i, last_stop, leftmost, line["text"])


@pytest.mark.parametrize("kind", ["word", "merged", "resolved"])
def test_guillemets_enclose_their_quote(measured: dict, kind: str) -> None:  # type: ignore[type-arg]
    """`«…»` around a Persian quotation enclose its words, in an English line and a Persian one."""
    for i, quote in ((1, "این نشست فرصتی است"), (8, "این نشست فرصتی برای کاهش تنش‌هاست")):
        line = _line(measured, f"{kind}{i}")
        (open_, close) = (line["chars"]["«"][0], line["chars"]["»"][0])
        lo, hi = min(open_[0], close[0]), max(open_[1], close[1])
        persian = [r for r in line["runs"] if r["lang"] == "fa" and quote in r["text"]]
        assert persian, (i, line["runs"])
        run = persian[0]
        # in right-to-left text « is the right edge of the quote and » its left edge
        assert open_[0] >= close[1] - 1, (i, open_, close)
        assert lo <= run["right"] and hi >= run["left"]
        inner_left, inner_right = close[1], open_[0]
        assert inner_left - 1 <= inner_right, (i, inner_left, inner_right)


def test_english_line_with_persian_quote_keeps_english_order(measured: dict) -> None:  # type: ignore[type-arg]
    line = _line(measured, "resolved1")
    assert line["dir"] == "ltr"
    runs = line["runs"]
    assert [r["lang"] for r in runs] == ["en", "fa", "en"]
    # left to right: the English sentence, the Persian quote, the agency
    assert runs[0]["right"] <= runs[1]["left"] + 1 and runs[1]["right"] <= runs[2]["left"] + 1
    # the agency's parentheses stay around it
    (open_p,), (close_p,) = line["chars"]["("][:1], line["chars"][")"][:1]
    assert open_p[1] <= close_p[0]


def test_line_starting_with_digits_reads_right_to_left(measured: dict) -> None:  # type: ignore[type-arg]
    """`9495 بازدید`: the count goes with the Persian word, so the line is right to left and the
    number sits at its right end."""
    line = _line(measured, "resolved3")
    assert line["dir"] == "rtl"
    assert len(line["runs"]) == 1 and line["runs"][0]["lang"] == "fa"


def test_document_view_lines_and_cells(measured: dict) -> None:  # type: ignore[type-arg]
    doc = measured["document"]
    dirs = [line["dir"] for line in doc["lines"]]
    assert len(dirs) == len(LINES)
    assert dirs[0] == "rtl" and dirs[1] == "ltr" and dirs[4] == "rtl" and dirs[10] == "ltr"


def test_views_are_static_html() -> None:
    """No script, no class-based styling the notebook front ends would drop; text is escaped."""
    seg = naskh.segment("سلام <script>alert(1)</script> & hello\nدنیا")._repr_html_()
    doc = naskh.clean("کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ <b>x</b>")._repr_html_()
    for view in (seg, doc):
        assert "<script" not in view and "<style" not in view
        assert "&lt;" in view
    assert seg.count("data-naskh-line") == 2
    # the legend lists only the labels present
    assert "Persian" in seg and "Arabic" not in seg
    # a dates cell carries dir="auto" on the element holding the text
    assert '<div dir="auto" style="white-space:pre-wrap">۱۱ شهریور ۱۳۹۶ - ۲۱:۵۵</div>' in doc
