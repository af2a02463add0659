"""naskh — clean mixed Persian, Arabic and English text.

Digits in three alphabets, Solar Hijri dates, language spans and language-aware normalization,
implemented in Rust. Every function takes a ``str`` and returns new objects; offsets are Python
``str`` indices, so ``text[m.start:m.end] == m.text``.

>>> import naskh
>>> naskh.to_ascii_digits("۱۱ شهريور ۱۳۹۶")
'11 شهريور 1396'
"""

from __future__ import annotations

from naskh._naskh import (
    InvalidDateError,
    InvalidOptionError,
    NaskhError,
    ParseError,
    __version__,
    to_arabic_digits,
    to_arabic_digits_batch,
    to_ascii_digits,
    to_ascii_digits_batch,
    to_persian_digits,
    to_persian_digits_batch,
)

__all__ = [
    "InvalidDateError",
    "InvalidOptionError",
    "NaskhError",
    "ParseError",
    "__version__",
    "to_arabic_digits",
    "to_arabic_digits_batch",
    "to_ascii_digits",
    "to_ascii_digits_batch",
    "to_persian_digits",
    "to_persian_digits_batch",
]
