"""A smoke test for an installed naskh (used by scripts/test.sh on the sdist install): the version
given on the command line, and one call of each kind."""

import datetime
import sys

import naskh

expected_version = sys.argv[1]
assert naskh.__version__ == expected_version, (naskh.__version__, expected_version)
assert naskh.to_ascii_digits("۱۲۳") == "123"
assert naskh.jalali_to_gregorian(1403, 12, 30) == datetime.date(2025, 3, 20)
assert naskh.split_by_language("او رفت. He left.") == {"fa": "او رفت.", "en": "He left."}
assert naskh.normalize("كتاب ها") == "کتاب‌ها"
(m,) = naskh.find_dates("۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵")
assert m.isoformat() == "2017-09-02T21:55"
doc = naskh.clean("Talks resume | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵")
assert doc.dates and doc.languages["en"] == "Talks resume |"
print(f"naskh {naskh.__version__}: smoke test passed")
