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
    JalaliDate,
    InvalidOptionError,
    NaskhError,
    Normalizer,
    ParseError,
    __version__,
    epoch_days_to_jalali,
    gregorian_to_jalali,
    gregorian_to_jalali_batch,
    jalali_to_epoch_days,
    jalali_to_gregorian,
    jalali_to_gregorian_batch,
    normalize,
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
    "JalaliDate",
    "NaskhError",
    "Normalizer",
    "ParseError",
    "__version__",
    "epoch_days_to_jalali",
    "gregorian_to_jalali",
    "gregorian_to_jalali_batch",
    "jalali_to_epoch_days",
    "jalali_to_gregorian",
    "jalali_to_gregorian_batch",
    "normalize",
    "to_arabic_digits",
    "to_arabic_digits_batch",
    "to_ascii_digits",
    "to_ascii_digits_batch",
    "to_persian_digits",
    "to_persian_digits_batch",
]
