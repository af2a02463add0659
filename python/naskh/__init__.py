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
    published,
    Published,
    Segmentation,
    Span,
    split_by_language,
    to_arabic_digits,
    to_arabic_digits_batch,
    to_ascii_digits,
    to_ascii_digits_batch,
    to_persian_digits,
    to_persian_digits_batch,
)
from naskh._naskh import LANGUAGES as _LANGUAGES
from naskh._naskh import _LANGUAGE_NAMES
from naskh._naskh import segment as _segment
from naskh._naskh import segment_batch as _segment_batch

__all__ = [
    "__version__",
    "LANGUAGES",
    "published",
    "Published",
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

#: The codes of the languages text can be given to, in order: Persian, Arabic, English (Latin
#: script), Urdu, Pashto, Central Kurdish (Sorani), Sindhi, Uyghur, South Azerbaijani, and
#: ``"other"`` (other scripts, and the Arabic-script languages naskh does not model). A span's
#: ``lang`` is one of these or ``"neutral"``.
LANGUAGES: tuple[str, ...] = _LANGUAGES

_COLOURS = {
    "fa": "#c8f0c8",
    "ar": "#ffd9a8",
    "en": "#cfe0ff",
    "ur": "#f5e0a0",
    "ps": "#b8e6e0",
    "ckb": "#f0c8dc",
    "sd": "#d8d0f0",
    "ug": "#e0ecb0",
    "azb": "#f0d0b8",
    "other": "#e6d2f5",
}
_NAMES = _LANGUAGE_NAMES
# Languages written right to left (the Arabic-script labels).
_RTL = frozenset({"fa", "ar", "ur", "ps", "ckb", "sd", "ug", "azb"})


def _html_view(text: str, spans: list[Span]) -> str:
    """Static HTML (inline styles, no script) showing ``text`` line by line in reading order.

    Each line is a ``<div>`` whose base direction comes from its first language run (``rtl``
    for the Arabic-script languages, ``ltr`` otherwise, ``auto`` for a line without language);
    each language run is a ``<bdi>`` isolate with its own direction, laid out from the resolved
    spans (every neutral run given to a language, so ``«…»`` and a final ``.`` travel with their
    words) and coloured piece by piece by ``spans``, whatever grouping they have.
    """
    runs = [(r.start, r.end, r.lang) for r in _segment(text, False, True)]
    cuts = sorted({0, len(text)} | {s.start for s in spans} | {r[0] for r in runs})
    colour_at = {s.start: s.lang for s in spans}
    run_at = {r[0]: i for i, r in enumerate(runs)}
    # pieces: (start, end, run index, colour language), in order
    pieces = []
    run_i, colour = 0, "neutral"
    for start, end in zip(cuts, cuts[1:]):
        run_i = run_at.get(start, run_i)
        colour = colour_at.get(start, colour)
        pieces.append((start, end, run_i, colour))
    # lines of fragments: (run index, colour language, text)
    lines: list[list[tuple[int, str, str]]] = [[]]
    for start, end, ri, lang in pieces:
        parts = text[start:end].split("\n")
        for k, part in enumerate(parts):
            if k:
                lines.append([])
            part = part.rstrip("\r") if k < len(parts) - 1 else part
            if part:
                lines[-1].append((ri, lang, part))
    present: list[str] = []
    html_lines = []
    for frags in lines:
        langs = [runs[ri][2] for ri, _, _ in frags if runs[ri][2] != "neutral"]
        base = ("rtl" if langs[0] in _RTL else "ltr") if langs else "auto"
        out = []
        i = 0
        while i < len(frags):
            ri = frags[i][0]
            j = i
            while j < len(frags) and frags[j][0] == ri:
                j += 1
            inner = []
            for _, lang, part in frags[i:j]:
                t = _escape(part)
                if lang == "neutral" or lang not in _COLOURS:
                    inner.append(t)
                    continue
                if lang not in present:
                    present.append(lang)
                inner.append(
                    f'<span title="{_NAMES.get(lang, lang)}" style="background:{_COLOURS[lang]};'
                    f'border-radius:3px">{t}</span>'
                )
            run_lang = runs[ri][2]
            if run_lang == "neutral":
                out.append("".join(inner))
            else:
                d = "rtl" if run_lang in _RTL else "ltr"
                out.append(f'<bdi dir="{d}" data-lang="{run_lang}">{"".join(inner)}</bdi>')
            i = j
        body = "".join(out) or "<br>"
        html_lines.append(
            f'<div dir="{base}" data-naskh-line="" style="text-align:start;'
            f'white-space:pre-wrap;line-height:1.9">{body}</div>'
        )
    legend = " ".join(
        f'<span style="background:{_COLOURS[k]};border-radius:3px;padding:0 4px">{_NAMES[k]}</span>'
        for k in _COLOURS
        if k in present
    )
    return (
        '<div class="naskh-segmentation">'
        + "".join(html_lines)
        + (f'<div style="font-size:smaller;margin-top:4px">{legend}</div>' if legend else "")
        + "</div>"
    )


# A Segmentation is a read-only sequence of spans (built in Rust, one Span object made per
# access rather than one per word up front): registered as such, so `isinstance(seg, Sequence)`
# holds and code that takes any sequence takes it.
# (`_collections_abc` is what `collections.abc` re-exports, loaded at interpreter start;
# `collections` itself is not, and would add to `import naskh`.)
from _collections_abc import Sequence as _Sequence  # noqa: E402

_Sequence.register(Segmentation)


def segment(text: str, merge_neutral: bool = False, resolve_neutral: bool = False) -> Segmentation:
    """Split ``text`` into language spans (a code of :data:`LANGUAGES` — ``fa``, ``ar``, ``en``,
    ``ur``, ``ps``, ``ckb``, ``sd``, ``ug``, ``azb``, ``other`` — or ``neutral``) that tile it:
    ``text[s.start:s.end] == s.text`` and the spans' texts join back to ``text``.

    >>> [(s.text, s.lang) for s in segment("زه په کابل کې اوسېږم", merge_neutral=True)]
    [('زه په کابل کې اوسېږم', 'ps')]

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
    return _segment(text, merge_neutral, resolve_neutral)


def segment_batch(
    texts: Iterable[str | None], merge_neutral: bool = False, resolve_neutral: bool = False
) -> list[Segmentation | None]:
    """:func:`segment` over a column of ``str | None`` (``None`` stays ``None``), in parallel
    with the GIL released."""
    return _segment_batch(texts, merge_neutral, resolve_neutral)


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
    - ``languages``: the text of each language present, keyed by code (``"fa"``, ``"ar"``,
      ``"en"``, ``"ur"``, ``"ps"``, ``"ckb"``, ``"sd"``, ``"ug"``, ``"azb"``, ``"other"``; see
      :data:`LANGUAGES`);
    - ``dates``: every Solar Hijri date found in ``text`` (:class:`DateMatch`);
    - ``text_with_dates``: ``text`` with every date rewritten (``date_format``);
    - ``published``: when the page was published (:class:`Published`, read from its dates in
      every calendar), or ``None`` when no date has a publication label or a time.

    Documents are immutable, compare by value, pickle (to ship to and from workers) and turn
    into plain JSON-ready dicts with :meth:`to_dict`.
    """

    # Written out rather than a frozen dataclass: `dataclasses` (with `inspect`, `re`, …) would
    # triple the time `import naskh` takes.
    __slots__ = ("text", "spans", "languages", "dates", "text_with_dates", "published")
    text: str
    spans: Segmentation
    languages: dict[str, str]
    dates: list[DateMatch]
    text_with_dates: str
    published: Published | None

    def __init__(
        self,
        text: str,
        spans: Segmentation,
        languages: dict[str, str],
        dates: list[DateMatch],
        text_with_dates: str,
        published: Published | None = None,
    ) -> None:
        # Through the slots' own setters (bound below the class), past `__setattr__`: a
        # batch builds a Document per record, and this takes 0.4 µs where a loop of
        # `object.__setattr__` took 0.9.
        _set_text(self, text)
        _set_spans(self, spans)
        _set_languages(self, languages)
        _set_dates(self, dates)
        _set_text_with_dates(self, text_with_dates)
        _set_published(self, published)

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
        """The text of one language (a code of :data:`LANGUAGES`, e.g. ``"fa"``); ``""`` if absent."""
        return self.languages.get(lang, "")

    def to_dict(self) -> dict[str, object]:
        """Plain data, the same shape as one record of ``naskh clean`` (JSON-serializable)."""
        return {
            "text": self.text,
            "languages": {lang: self.languages.get(lang, "") for lang in LANGUAGES},
            "spans": [{"start": s.start, "end": s.end, "lang": s.lang} for s in self.spans],
            "dates": [m.to_dict() for m in self.dates],
            "text_with_dates": self.text_with_dates,
            "published": None if self.published is None else self.published.to_dict(),
        }

    def _repr_html_(self) -> str:
        cell = 'style="border:1px solid #ccc;padding:2px 6px;vertical-align:top"'

        def text_cell(t: str) -> str:
            # the element holding the text carries dir="auto", so Persian and Arabic cells read
            # right to left and English ones left to right
            return f'<td {cell}><div dir="auto" style="white-space:pre-wrap">{_escape(t)}</div></td>'

        langs = "".join(
            f"<tr><td {cell}>{_NAMES.get(code, code)}</td>{text_cell(t)}</tr>"
            for code, t in self.languages.items()
        )
        dates = "".join(
            f"<tr>{text_cell(m.text)}<td {cell}>{m.calendar}</td><td {cell}>{m.jalali.isoformat()}</td>"
            f"<td {cell}>{m.gregorian.isoformat()}</td>"
            f"<td {cell}>{'' if m.time is None else m.time.isoformat(timespec='minutes')}</td></tr>"
            for m in self.dates
        )

        def head(*names: str) -> str:
            return "<tr>" + "".join(f"<th {cell}>{n}</th>" for n in names) + "</tr>"

        table = 'style="border-collapse:collapse"'
        parts = [
            '<div class="naskh-document">',
            self.spans._repr_html_(),
            "<h4>Text by language</h4>",
            f"<table {table}>{head('language', 'text')}{langs}</table>" if langs else "<p>no language</p>",
            "<h4>Dates</h4>",
            f"<table {table}>{head('found', 'printed in', 'Jalali', 'Gregorian', 'time')}{dates}</table>"
            if self.dates
            else "<p>no dates</p>",
        ]
        published = self.published
        if published is not None:
            agrees = {True: ", other calendars agree", False: ", other calendars disagree", None: ""}
            parts.append(
                f"<p>Published: {_escape(published.isoformat())} "
                f"(<bdi>{_escape(published.date.text)}</bdi>, {published.date.calendar}"
                f"{agrees[published.agrees]})</p>"
            )
        parts.append("</div>")
        return "".join(parts)


(_set_text, _set_spans, _set_languages, _set_dates, _set_text_with_dates, _set_published) = (
    getattr(Document, name).__set__ for name in Document.__slots__
)


def _normalizer(normalizer: Normalizer | None, options: dict[str, object]) -> Normalizer:
    if normalizer is not None:
        if options:
            raise TypeError("pass either normalizer= or normalization options, not both")
        return normalizer
    return Normalizer(**options) if options else _DEFAULT_NORMALIZER  # type: ignore[arg-type]


def clean(
    text: str,
    *,
    normalizer: Normalizer | None = None,
    date_format: str = "iso",
    calendars: Iterable[str] | None = None,
    **options: object,
) -> Document:
    """Cleans one page: normalize, separate the languages, find and convert Solar Hijri dates.

    Normalization options are those of :class:`Normalizer` (``preset="search"``,
    ``digits="ascii"``, …), or pass a ready ``normalizer=``. ``date_format`` is ``"iso"``,
    ``"english"`` or a pattern such as ``"%d %B %Y"``. ``calendars`` (default Solar Hijri only)
    chooses whose dates ``dates`` holds and ``text_with_dates`` converts, e.g.
    ``["persian", "gregorian", "islamic"]``; ``published`` reads every calendar.

    >>> doc = clean("Talks resume | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵")
    >>> doc.language("en"), doc.dates[0].isoformat()
    ('Talks resume', '2017-09-02T21:55')
    >>> doc.text_with_dates
    'Talks resume | 2017-09-02T21:55'
    """
    cals = None if calendars is None else list(calendars)
    return Document(*_clean(text, _normalizer(normalizer, options), date_format, cals))


def clean_batch(
    texts: Iterable[str | None],
    *,
    normalizer: Normalizer | None = None,
    date_format: str = "iso",
    calendars: Iterable[str] | None = None,
    **options: object,
) -> list[Document | None]:
    """:func:`clean` over a column — list, tuple, pandas Series or pyarrow array of
    ``str | None`` — in parallel on all cores with the GIL released (``NASKH_NUM_THREADS`` caps
    the threads). ``None`` (and NaN / ``pandas.NA``) in gives ``None`` out."""
    n = _normalizer(normalizer, options)
    cals = None if calendars is None else list(calendars)
    return _clean_batch(texts, n, date_format, cals, Document)


__all__ += ["Document", "clean", "clean_batch"]
