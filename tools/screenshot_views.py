#!/usr/bin/env python3
"""Writes docs/views.png: the notebook views of a few mixed lines and of a cleaned page, as
headless Chromium renders them (the same HTML a notebook shows).

    python3 tools/screenshot_views.py        # needs an installed naskh and chromium
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import naskh

ROOT = Path(__file__).resolve().parents[1]
LINES = [
    "وی در پایان سخنانش این آیه را خواند: إن الله مع الصابرين و سپس به پرسش‌های خبرنگاران پاسخ داد.",
    "Talks resume in Astana. وی گفت: «این نشست فرصتی است» (IRNA)",
    "The imam recited (إن الله مع الصابرين) before the prayer.",
]
PAGE = "کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ 02 September 2017 | 9495 بازدید\nقال المبعوث الأممي Staffan de Mistura إن المحادثات ستستمر."


def main() -> int:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        sys.exit("chromium is not installed")
    views = "".join(
        f"<h4 style='font-family:sans-serif'>naskh.segment(line, merge_neutral=True)</h4>{naskh.segment(l, merge_neutral=True)._repr_html_()}"
        for l in LINES
    )
    views += f"<h4 style='font-family:sans-serif'>naskh.clean(page)</h4>{naskh.clean(PAGE)._repr_html_()}"
    html = f'<!doctype html><html><head><meta charset="utf-8"></head><body style="width:860px;margin:12px;font-family:sans-serif">{views}</body></html>'
    out = ROOT / "docs" / "views.png"
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "views.html"
        page.write_text(html, encoding="utf-8")
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             f"--user-data-dir={tmp}/profile", f"--screenshot={out}", "--window-size=900,760",
             page.as_uri()],
            check=True, capture_output=True,
        )
    print(f"wrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
