#!/usr/bin/env python3
"""Writes bench/dates_real.jsonl: real published lines with dates, labelled by hand, for
bench/compare.py's date rows (held out: never read by the tests, never used to tune naskh).

Input: a JSON Lines file of `{source, text, dates: [{text, calendar, date}]}` where every line
was copied verbatim from a public dataset (the source names the repository, file, commit and
licence) and every date was labelled by reading it: the exact span, the calendar it is printed
in, and the date in that calendar. Only day, month and year printed together make a date.

This script keeps the sources whose text may be redistributed here (CC BY-SA 4.0 treebanks and
Wikipedia-derived datasets under MIT / CC BY-SA; see THIRD_PARTY.md) and adds each date's
Gregorian day, computed by libraries other than naskh: jdatetime (Solar Hijri), hijridate
(Umm al-Qura, 1343–1500 AH; `null` for lunar dates outside it), `datetime` (Gregorian).

    pip install jdatetime hijridate
    python3 tools/dates_real.py LABELLED.jsonl > bench/dates_real.jsonl
"""
import datetime
import json
import sys

import jdatetime
from hijridate import Hijri

KEEP = ("UniversalDependencies/UD_Persian-Seraji", "husseinmozannar/SOQAL", "deepmind/xquad")


def gregorian(calendar: str, date: str) -> "str | None":
    y, m, d = (int(x) for x in date.split("-"))
    if calendar == "persian":
        return jdatetime.date(y, m, d).togregorian().isoformat()
    if calendar == "islamic":
        if not 1343 <= y <= 1500:
            # hijridate's Umm al-Qura table: no independent Gregorian day for other years.
            return None
        g = Hijri(y, m, d).to_gregorian()
        return datetime.date(g.year, g.month, g.day).isoformat()
    return datetime.date(y, m, d).isoformat()


def main() -> None:
    n = 0
    for line in open(sys.argv[1], encoding="utf-8"):
        rec = json.loads(line)
        if not rec["source"].startswith(KEEP):
            continue
        for d in rec["dates"]:
            if d["text"] not in rec["text"]:
                sys.exit(f"{d['text']!r} not in {rec['text']!r}")
            d["iso"] = gregorian(d["calendar"], d["date"])
        n += 1
        rec = {"id": n, **rec}
        print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__":
    main()
