"""naskh — clean mixed Persian, Arabic and English text.

Digits in three alphabets, Solar Hijri dates, language spans and language-aware normalization,
implemented in Rust. Every function takes a ``str`` and returns new objects; offsets are Python
``str`` indices, so ``text[m.start:m.end] == m.text``.

>>> import naskh
>>> naskh.to_ascii_digits("۱۱ شهريور ۱۳۹۶")
'11 شهريور 1396'
"""

from __future__ import annotations

import html as _html
from collections.abc import Iterable
from typing import Optional

from naskh._naskh import (
    DateMatch,
    InvalidDateError,
    JalaliDate,
    InvalidOptionError,
    NaskhError,
    Normalizer,
    ParseError,
    Span,
    __version__,
    convert_dates,
    convert_dates_batch,
    split_by_language,
    epoch_days_to_jalali,
    find_dates,
    find_dates_batch,
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
from naskh._naskh import segment as _segment
from naskh._naskh import segment_batch as _segment_batch

__all__ = [
    "DateMatch",
    "InvalidDateError",
    "InvalidOptionError",
    "JalaliDate",
    "NaskhError",
    "Normalizer",
    "ParseError",
    "Segmentation",
    "Span",
    "__version__",
    "convert_dates",
    "convert_dates_batch",
    "segment",
    "segment_batch",
    "split_by_language",
    "epoch_days_to_jalali",
    "find_dates",
    "find_dates_batch",
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


# --- language segmentation --------------------------------------------------------------------

_COLOURS = {
    "fa": "#c8f0c8",
    "ar": "#ffd9a8",
    "en": "#cfe0ff",
    "other": "#e6d2f5",
}
_NAMES = {"fa": "Persian", "ar": "Arabic", "en": "English", "other": "other", "neutral": "neutral"}


class Segmentation(list):  # type: ignore[type-arg]
    """The spans of one text (a ``list`` of :class:`Span`), shown coloured in notebooks.

    >>> seg = segment("سلام hello")
    >>> [s.lang for s in seg]
    ['fa', 'neutral', 'en']
    >>> "".join(s.text for s in seg)
    'سلام hello'
    """

    __slots__ = ()

    @property
    def text(self) -> str:
        """The segmented text (the spans' texts joined)."""
        return "".join(s.text for s in self)

    def _repr_html_(self) -> str:
        parts = []
        for s in self:
            t = _html.escape(s.text).replace("\n", "<br>")
            if s.lang == "neutral":
                parts.append(t)
                continue
            direction = ' dir="rtl"' if s.lang in ("fa", "ar") else ""
            parts.append(
                f'<span{direction} title="{_NAMES[s.lang]}" style="background:{_COLOURS[s.lang]};'
                f'border-radius:3px;padding:0 2px">{t}</span>'
            )
        legend = " ".join(
            f'<span style="background:{c};border-radius:3px;padding:0 4px">{_NAMES[k]}</span>'
            for k, c in _COLOURS.items()
        )
        return (
            '<div class="naskh-segmentation">'
            f'<div dir="auto" style="line-height:1.9;unicode-bidi:plaintext">{"".join(parts)}</div>'
            f'<div style="font-size:smaller;margin-top:4px">{legend}</div></div>'
        )


def segment(text: str, merge_neutral: bool = False) -> Segmentation:
    """Split ``text`` into language spans (``fa``, ``ar``, ``en``, ``other``, ``neutral``) that
    tile it: ``text[s.start:s.end] == s.text`` and the spans' texts join back to ``text``.

    With ``merge_neutral=True``, neutral runs (spaces, punctuation, digits) between two spans of
    the same language are absorbed, so a sentence comes back as one span.

    >>> [(s.text, s.lang) for s in segment("او گفت إنا لله وإنا إليه راجعون", merge_neutral=True)]
    [('او گفت', 'fa'), (' ', 'neutral'), ('إنا لله وإنا إليه راجعون', 'ar')]
    """
    return Segmentation(_segment(text, merge_neutral))


def segment_batch(
    texts: Iterable[Optional[str]], merge_neutral: bool = False
) -> list[Optional[Segmentation]]:
    """:func:`segment` over a column of ``str | None`` (``None`` stays ``None``), in parallel
    with the GIL released."""
    return [None if r is None else Segmentation(r) for r in _segment_batch(texts, merge_neutral)]
