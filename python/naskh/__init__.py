"""naskh — clean mixed Persian, Arabic and English text.

Digits in three alphabets, Solar Hijri dates, language spans and language-aware normalization,
implemented in Rust. Every function takes a ``str`` and returns new objects; offsets are Python
``str`` indices, so ``text[m.start:m.end] == m.text``.

>>> import naskh
>>> naskh.to_ascii_digits("۱۱ شهريور ۱۳۹۶")
'11 شهريور 1396'
"""

from __future__ import annotations

# Annotations only (they are never evaluated at run time): importing `collections.abc` would
# cost more than the whole extension module. Type checkers take any `TYPE_CHECKING` as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable

from naskh._naskh import (
    __version__,
    convert_dates,
    convert_dates_batch,
    DateMatch,
    epoch_days_to_jalali,
    find_dates,
    find_dates_batch,
    find_invalid_dates,
    InvalidDate,
    gregorian_to_jalali,
    gregorian_to_jalali_batch,
    InvalidDateError,
    InvalidOptionError,
    jalali_to_epoch_days,
    jalali_to_gregorian,
    jalali_to_gregorian_batch,
    JalaliDate,
    NaskhError,
    normalize,
    Normalizer,
    ParseError,
    Span,
    split_by_language,
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
    "__version__",
    "convert_dates",
    "convert_dates_batch",
    "DateMatch",
    "epoch_days_to_jalali",
    "find_dates",
    "find_dates_batch",
    "find_invalid_dates",
    "InvalidDate",
    "gregorian_to_jalali",
    "gregorian_to_jalali_batch",
    "InvalidDateError",
    "InvalidOptionError",
    "jalali_to_epoch_days",
    "jalali_to_gregorian",
    "jalali_to_gregorian_batch",
    "JalaliDate",
    "NaskhError",
    "normalize",
    "Normalizer",
    "ParseError",
    "segment",
    "segment_batch",
    "Segmentation",
    "Span",
    "split_by_language",
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
            t = _escape(s.text).replace("\n", "<br>")
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


def segment(text: str, merge_neutral: bool = False, resolve_neutral: bool = False) -> Segmentation:
    """Split ``text`` into language spans (``fa``, ``ar``, ``en``, ``other``, ``neutral``) that
    tile it: ``text[s.start:s.end] == s.text`` and the spans' texts join back to ``text``.

    With ``merge_neutral=True``, neutral runs (spaces, punctuation, digits) between two spans of
    the same language are absorbed, so a sentence comes back as one span.

    >>> [(s.text, s.lang) for s in segment("او گفت إنا لله وإنا إليه راجعون", merge_neutral=True)]
    [('او گفت', 'fa'), (' ', 'neutral'), ('إنا لله وإنا إليه راجعون', 'ar')]

    With ``resolve_neutral=True``, every neutral run is given to a language (closing punctuation
    to the word before it, opening brackets to the text after, Persian digits to Persian, a
    Solar Hijri date whole to the language of its month name…); only whitespace between two
    different languages stays ``neutral``, so the per-language text loses nothing.

    >>> [(s.text, s.lang) for s in segment("Talks resume. وی گفت: «بله» (IRNA)", resolve_neutral=True)]
    [('Talks resume.', 'en'), (' ', 'neutral'), ('وی گفت: «بله»', 'fa'), (' ', 'neutral'), ('(IRNA)', 'en')]
    """
    return Segmentation(_segment(text, merge_neutral, resolve_neutral))


def segment_batch(
    texts: Iterable[str | None], merge_neutral: bool = False, resolve_neutral: bool = False
) -> list[Segmentation | None]:
    """:func:`segment` over a column of ``str | None`` (``None`` stays ``None``), in parallel
    with the GIL released."""
    return [
        None if r is None else Segmentation(r)
        for r in _segment_batch(texts, merge_neutral, resolve_neutral)
    ]


def _escape(text: str) -> str:
    """``html.escape``, imported on first use (only notebooks need it)."""
    import html

    return html.escape(text)


# --- the clean pipeline -----------------------------------------------------------------------

from naskh._naskh import _clean, _clean_batch  # noqa: E402

_DEFAULT_NORMALIZER = Normalizer()


class Document:
    """A cleaned page, from :func:`clean`. Every offset is a ``str`` index into ``text``.

    - ``text``: the normalized text;
    - ``spans``: language spans of ``text`` (neutral runs between two spans of one language
      absorbed), a :class:`Segmentation` that tiles ``text``;
    - ``languages``: the text of each language present, ``{"fa": …, "ar": …, "en": …, "other": …}``;
    - ``dates``: every Solar Hijri date found in ``text`` (:class:`DateMatch`);
    - ``text_with_dates``: ``text`` with every date rewritten (``date_format``).

    Documents are immutable, compare by value, pickle (to ship to and from workers) and turn
    into plain JSON-ready dicts with :meth:`to_dict`.
    """

    # Written out rather than a frozen dataclass: `dataclasses` (with `inspect`, `re`, …) would
    # triple the time `import naskh` takes.
    __slots__ = ("text", "spans", "languages", "dates", "text_with_dates")
    text: str
    spans: Segmentation
    languages: dict[str, str]
    dates: list[DateMatch]
    text_with_dates: str

    def __init__(
        self,
        text: str,
        spans: Segmentation,
        languages: dict[str, str],
        dates: list[DateMatch],
        text_with_dates: str,
    ) -> None:
        for name, value in zip(Document.__slots__, (text, spans, languages, dates, text_with_dates)):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Document is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Document is immutable: cannot delete {name!r}")

    def _fields(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in Document.__slots__)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Document:
            return NotImplemented
        assert isinstance(other, Document)
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # holds a dict and lists

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in Document.__slots__)
        return f"Document({inner})"

    def __reduce__(self) -> tuple[type[Document], tuple[object, ...]]:
        return (Document, self._fields())

    def language(self, lang: str) -> str:
        """The text of one language (``"fa"``, ``"ar"``, ``"en"``, ``"other"``); ``""`` if absent."""
        return self.languages.get(lang, "")

    def to_dict(self) -> dict[str, object]:
        """Plain data, the same shape as one record of ``naskh clean`` (JSON-serializable)."""
        return {
            "text": self.text,
            "languages": {lang: self.languages.get(lang, "") for lang in ("fa", "ar", "en", "other")},
            "spans": [{"start": s.start, "end": s.end, "lang": s.lang} for s in self.spans],
            "dates": [
                {
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "jalali": m.jalali.isoformat(),
                    "gregorian": m.gregorian.isoformat(),
                    "time": None if m.time is None else m.time.isoformat(timespec="seconds" if m.time.second else "minutes"),
                    "iso": m.isoformat(),
                }
                for m in self.dates
            ],
            "text_with_dates": self.text_with_dates,
        }

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td dir='rtl'>{_escape(m.text)}</td><td>{m.jalali.isoformat()}</td>"
            f"<td>{_escape(m.isoformat())}</td></tr>"
            for m in self.dates
        )
        table = (
            "<table><tr><th>found</th><th>Jalali</th><th>Gregorian</th></tr>" + rows + "</table>"
            if self.dates
            else "<p>no Solar Hijri dates</p>"
        )
        return f"<div class='naskh-document'>{self.spans._repr_html_()}<h4>Dates</h4>{table}</div>"


def _document(parts: tuple) -> Document:  # type: ignore[type-arg]
    text, spans, languages, dates, text_with_dates = parts
    return Document(text, Segmentation(spans), languages, dates, text_with_dates)


def _normalizer(normalizer: Normalizer | None, options: dict[str, object]) -> Normalizer:
    if normalizer is not None:
        if options:
            raise TypeError("pass either normalizer= or normalization options, not both")
        return normalizer
    return Normalizer(**options) if options else _DEFAULT_NORMALIZER  # type: ignore[arg-type]


def clean(
    text: str, *, normalizer: Normalizer | None = None, date_format: str = "iso", **options: object
) -> Document:
    """Cleans one page: normalize, separate the languages, find and convert Solar Hijri dates.

    Normalization options are those of :class:`Normalizer` (``preset="search"``,
    ``digits="ascii"``, …), or pass a ready ``normalizer=``. ``date_format`` is ``"iso"``,
    ``"english"`` or a pattern such as ``"%d %B %Y"``.

    >>> doc = clean("Talks resume | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵")
    >>> doc.language("en"), doc.dates[0].isoformat()
    ('Talks resume', '2017-09-02T21:55')
    >>> doc.text_with_dates
    'Talks resume | 2017-09-02T21:55'
    """
    return _document(_clean(text, _normalizer(normalizer, options), date_format))


def clean_batch(
    texts: Iterable[str | None],
    *,
    normalizer: Normalizer | None = None,
    date_format: str = "iso",
    **options: object,
) -> list[Document | None]:
    """:func:`clean` over a column — list, tuple, pandas Series or pyarrow array of
    ``str | None`` — in parallel on all cores with the GIL released (``NASKH_NUM_THREADS`` caps
    the threads). ``None`` (and NaN / ``pandas.NA``) in gives ``None`` out."""
    n = _normalizer(normalizer, options)
    return [None if r is None else _document(r) for r in _clean_batch(texts, n, date_format)]


__all__ += ["Document", "clean", "clean_batch"]
