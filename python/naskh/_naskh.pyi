"""Type stubs for the compiled extension ``naskh._naskh``."""

import array
import datetime
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import ClassVar, Literal, SupportsIndex, TypedDict, TypeVar, final, overload

from typing_extensions import Unpack


__version__: str

class NaskhError(ValueError):
    """Base class of every error naskh raises."""

class InvalidDateError(NaskhError):
    """A date that does not exist in its calendar."""

class InvalidOptionError(NaskhError):
    """An option with a value naskh does not accept."""

class ParseError(NaskhError):
    """Text that could not be parsed as the value asked for."""

# --- digits -----------------------------------------------------------------------------------

def to_ascii_digits(text: str) -> str:
    """Persian ۰-۹ and Arabic-Indic ٠-٩ digits (and ٫ ٬ ٪) to ASCII."""

def to_persian_digits(text: str) -> str:
    """ASCII and Arabic-Indic digits to Persian digits ۰-۹."""

def to_arabic_digits(text: str) -> str:
    """ASCII and Persian digits to Arabic-Indic digits ٠-٩."""

def to_ascii_digits_batch(texts: Iterable[str | None]) -> list[str | None]:
    """`to_ascii_digits` over a column (list, tuple, pandas Series, pyarrow array); None stays None."""

def to_persian_digits_batch(texts: Iterable[str | None]) -> list[str | None]:
    """`to_persian_digits` over a column; None stays None."""

def to_arabic_digits_batch(texts: Iterable[str | None]) -> list[str | None]:
    """`to_arabic_digits` over a column; None stays None."""

# --- language segmentation --------------------------------------------------------------------

@final
class Span:
    """One run of text in one language; ``text[span.start:span.end] == span.text``."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def lang(self) -> str:
        """A code of :data:`naskh.LANGUAGES` (``"fa"``, ``"ar"``, ``"en"``, ``"ur"``, ``"ps"``,
        ``"ckb"``, ``"sd"``, ``"ug"``, ``"azb"``, ``"other"``) or ``"neutral"``."""
    def __new__(cls, start: int, end: int, text: str, lang: str) -> Span: ...
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[type[Span], tuple[int, int, str, str]]: ...

@final
class Segmentation(Sequence[Span]):
    """The spans of one text: a read-only sequence of :class:`Span` (indexing, slicing,
    iteration, ``len``, ``==`` with any sequence of the same spans, pickling), shown coloured in
    notebooks. Spans naskh computed are kept compactly and a ``Span`` object is made only when
    one is asked for."""

    def __new__(cls, spans: Iterable[Span] | None = None) -> Segmentation: ...
    def __len__(self) -> int: ...
    @overload
    def __getitem__(self, index: SupportsIndex, /) -> Span: ...
    @overload
    def __getitem__(self, index: slice, /) -> list[Span]: ...
    def __iter__(self) -> Iterator[Span]: ...
    def __contains__(self, value: object, /) -> bool: ...
    def index(self, value: object, start: int = 0, stop: int | None = None) -> int: ...
    def count(self, value: object) -> int: ...
    def __eq__(self, value: object, /) -> bool: ...
    def __ne__(self, value: object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def text(self) -> str:
        """The segmented text (the spans' texts joined)."""
    def _repr_html_(self) -> str: ...
    def __reduce__(self) -> tuple[type[Segmentation], tuple[list[Span]]]: ...

def segment(text: str, merge_neutral: bool = False, resolve_neutral: bool = False) -> Segmentation:
    """Language spans tiling ``text`` (see ``naskh.segment``)."""

def segment_batch(
    texts: Iterable[str | None], merge_neutral: bool = False, resolve_neutral: bool = False
) -> list[Segmentation | None]:
    """`segment` over a column; None stays None; parallel, GIL released."""

LANGUAGES: tuple[str, ...]
"""The codes of the languages text can be given to (`naskh::lang::Lang::LANGUAGES`)."""
_LANGUAGE_NAMES: dict[str, str]
"""Every label's code -> its English name (`naskh::lang::Lang::name`), for the notebook view."""

def split_by_language(text: str) -> dict[str, str]:
    """The text of each language present (keys: codes of :data:`naskh.LANGUAGES`), joined from
    the resolved spans: nothing is lost but the whitespace between languages."""

# --- calendar ---------------------------------------------------------------------------------

@final
class JalaliDate:
    """A Solar Hijri (Jalali) date, years 1..=3000, exact (the official astronomical calendar).

    Hashable, ordered, picklable. Invalid dates raise InvalidDateError.
    """

    def __new__(cls, year: int, month: int, day: int) -> JalaliDate: ...
    @property
    def year(self) -> int: ...
    @property
    def month(self) -> int: ...
    @property
    def day(self) -> int: ...
    def isoformat(self) -> str:
        """`YYYY-MM-DD`."""
    def to_gregorian(self) -> datetime.date:
        """The same day as a (proleptic Gregorian) `datetime.date`."""
    @classmethod
    def from_gregorian(cls, date: datetime.date) -> JalaliDate:
        """The Jalali date of a `datetime.date` (of a datetime: of its date)."""
    @classmethod
    def fromisoformat(cls, text: str) -> JalaliDate:
        """Parses `YYYY-MM-DD` or `YYYY/MM/DD` (ASCII, Persian or Arabic-Indic digits)."""
    def weekday(self) -> int:
        """0 for Saturday … 6 for Friday (the Iranian week, as in jdatetime/persiantools)."""
    def isoweekday(self) -> int:
        """1 for Monday … 7 for Sunday (like `datetime.date.isoweekday`)."""
    def day_of_year(self) -> int:
        """1 (1 Farvardin) … 366."""
    def month_name(self, names: Literal["persian", "dari", "english", "dari_english"] = "english") -> str: ...
    @staticmethod
    def is_leap_year(year: int) -> bool:
        """Whether `year` (1..=3000) has 366 days."""
    @staticmethod
    def days_in_month(year: int, month: int) -> int: ...
    def __add__(self, other: int | datetime.timedelta, /) -> JalaliDate: ...
    def __radd__(self, other: int | datetime.timedelta, /) -> JalaliDate: ...
    @overload
    def __sub__(self, other: JalaliDate, /) -> datetime.timedelta: ...
    @overload
    def __sub__(self, other: int | datetime.timedelta, /) -> JalaliDate: ...
    def __lt__(self, other: JalaliDate, /) -> bool: ...
    def __le__(self, other: JalaliDate, /) -> bool: ...
    def __gt__(self, other: JalaliDate, /) -> bool: ...
    def __ge__(self, other: JalaliDate, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[type[JalaliDate], tuple[int, int, int]]: ...

def jalali_to_gregorian(year: int, month: int, day: int) -> datetime.date:
    """The `datetime.date` of a Jalali date; InvalidDateError if it does not exist."""

def gregorian_to_jalali(date: datetime.date) -> JalaliDate:
    """The Jalali date of a `datetime.date` (0622-03-22 … 3622-03-20)."""

def jalali_to_gregorian_batch(
    years: Iterable[int | None],
    months: Iterable[int | None],
    days: Iterable[int | None],
    *,
    errors: Literal["raise", "coerce"] = "raise",
) -> list[datetime.date | None]:
    """`jalali_to_gregorian` over columns (lists, numpy/pandas/pyarrow); a missing part gives None.

    errors="raise": InvalidDateError naming the first bad item; "coerce": None for it.
    """

def gregorian_to_jalali_batch(
    dates: Iterable[datetime.date | None],
    *,
    errors: Literal["raise", "coerce"] = "raise",
) -> list[JalaliDate | None]:
    """`gregorian_to_jalali` over a column; None, NaN, NA and NaT give None.

    Also reads a numpy datetime64[D] array directly (no Python object per input date).
    """

def jalali_to_epoch_days(
    years: Iterable[int | None],
    months: Iterable[int | None],
    days: Iterable[int | None],
    *,
    errors: Literal["raise", "coerce"] = "raise",
) -> array.array[int]:
    """Gregorian days since 1970-01-01 of Jalali dates, as array('q').

    Missing or coerced dates are -2**63 (numpy's NaT): `np.frombuffer(r, "datetime64[D]")`.
    Columns may be lists of int | None, array.array, numpy int/float arrays, pandas or pyarrow.
    """

def epoch_days_to_jalali(
    days: Iterable[int | None],
    *,
    errors: Literal["raise", "coerce"] = "raise",
) -> tuple[array.array[int], array.array[int], array.array[int]]:
    """Jalali (years, months, days) as three array('i') of days since 1970-01-01.

    Accepts ints or a numpy datetime64[D] array; missing or coerced dates give 0, 0, 0.
    """

# --- dates ------------------------------------------------------------------------------------

_Calendar = Literal["persian", "gregorian", "islamic"]

@final
class DateMatch:
    """A date found in a text; ``text[m.start:m.end] == m.text``."""

    def __new__(
        cls,
        start: int,
        end: int,
        text: str,
        jalali: JalaliDate,
        time: datetime.time | tuple[int, int] | tuple[int, int, int] | None = None,
        calendar: _Calendar = "persian",
    ) -> DateMatch: ...
    @property
    def calendar(self) -> _Calendar:
        """The calendar the text printed the date in."""
    @property
    def date(self) -> tuple[int, int, int]:
        """``(year, month, day)`` as printed, in ``calendar``."""
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def jalali(self) -> JalaliDate: ...
    @property
    def gregorian(self) -> datetime.date: ...
    @property
    def time(self) -> datetime.time | None: ...
    def isoformat(self) -> str:
        """``YYYY-MM-DD``, or ``YYYY-MM-DDTHH:MM[:SS]`` when a time belongs to the date."""
    def to_dict(self) -> dict[str, object]:
        """``{"start", "end", "text", "calendar", "date", "jalali", "gregorian", "time", "iso"}``: the
        shape ``naskh clean`` writes for each date."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(
        self,
    ) -> tuple[type[DateMatch], tuple[int, int, str, JalaliDate, tuple[int, ...] | None, str]]: ...

def find_dates(
    text: str,
    *,
    years: tuple[int, int] | None = None,
    two_digit_years: int | None = None,
    calendars: Iterable[_Calendar] | None = None,
) -> list[DateMatch]:
    """Every date in ``text``, in order (never a part filled in from today): Solar Hijri only,
    unless ``calendars`` names others (``["persian", "gregorian", "islamic"]``). An unknown
    calendar raises ``InvalidOptionError``."""

@final
class Published:
    """When a page was published, from ``published`` or ``Document.published``."""

    def __new__(
        cls,
        date: DateMatch,
        by: str,
        label: str | None = None,
        agrees: bool | None = None,
        beside: list[DateMatch] = ...,
    ) -> Published: ...
    @property
    def date(self) -> DateMatch: ...
    @property
    def by(self) -> Literal["label", "update_label", "solar_with_time", "with_time"]:
        """How the date was chosen."""
    @property
    def label(self) -> str | None:
        """The publication label before the date (``"تاریخ انتشار"``), if one chose it."""
    @property
    def agrees(self) -> bool | None:
        """Whether the dates printed beside it in other calendars name the same day (lunar dates:
        within two days); ``None`` when there are none."""
    @property
    def beside(self) -> list[DateMatch]: ...
    def isoformat(self) -> str: ...
    def to_dict(self) -> dict[str, object]:
        """The date's ``to_dict()`` with ``by``, ``label``, ``agrees`` and ``beside``."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[type[Published], tuple[object, ...]]: ...

def published(
    text: str, *, years: tuple[int, int] | None = None, two_digit_years: int | None = None
) -> Published | None:
    """The publication date of a page, read from its dates in every calendar: a date after a
    publication label, else the first Solar Hijri date with a time, else the first date with a
    time; ``None`` when the page gives none of these (a date without a time or a label is as likely
    an event in the text as the publication)."""

@final
class InvalidDate:
    """A date-shaped expression whose day does not exist, from ``find_invalid_dates``."""

    def __new__(
        cls,
        start: int,
        end: int,
        text: str,
        year: int,
        month: int,
        day: int,
        reason: str,
        calendar: _Calendar = "persian",
    ) -> InvalidDate: ...
    @property
    def calendar(self) -> _Calendar: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def year(self) -> int: ...
    @property
    def month(self) -> int: ...
    @property
    def day(self) -> int: ...
    @property
    def reason(self) -> str: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(
        self,
    ) -> tuple[type[InvalidDate], tuple[int, int, str, int, int, int, str]]: ...

def find_invalid_dates(
    text: str,
    *,
    years: tuple[int, int] | None = None,
    two_digit_years: int | None = None,
    calendars: Iterable[_Calendar] | None = None,
) -> list[InvalidDate]:
    """The date-shaped expressions whose day does not exist (31 Mehr, 30 Esfand 1402)."""

def find_dates_batch(
    texts: Iterable[str | None],
    *,
    years: tuple[int, int] | None = None,
    two_digit_years: int | None = None,
    calendars: Iterable[_Calendar] | None = None,
) -> list[list[DateMatch] | None]:
    """``find_dates`` over a column (``None`` gives ``None``), GIL released, in parallel."""

def convert_dates(
    text: str,
    format: str = "iso",
    *,
    years: tuple[int, int] | None = None,
    two_digit_years: int | None = None,
    calendars: Iterable[_Calendar] | None = None,
) -> str:
    """``text`` with each date rewritten: "iso", "english" or a ``%`` pattern; only the dates of
    ``calendars`` (default Solar Hijri) are found, so only those are rewritten."""

def convert_dates_batch(
    texts: Iterable[str | None],
    format: str = "iso",
    *,
    years: tuple[int, int] | None = None,
    two_digit_years: int | None = None,
    calendars: Iterable[_Calendar] | None = None,
) -> list[str | None]:
    """``convert_dates`` over a column (``None`` gives ``None``), GIL released, in parallel."""
# --- normalize ------------------------------------------------------------------------------

_Preset = Literal["default", "search", "none", "full"]
_Digits = Literal["keep", "ascii", "native"]

class _Options(TypedDict, total=False):
    """The options of Normalizer and normalize, each its own keyword (see docs/normalize.md)."""

    presentation_forms: bool
    remove_tatweel: bool
    remove_bidi: bool
    unify_spaces: bool
    collapse_spaces: bool
    trim_lines: bool
    nfc: bool
    persian_letters: bool
    persian_heh_hamza: bool
    zwnj: bool
    zwnj_lexicon: bool
    persian_punctuation: bool
    persian_spacing: bool
    persian_ellipsis: bool
    persian_elongation: bool
    persian_diacritics: bool
    arabic_alef: bool
    arabic_alef_maksura: bool
    arabic_teh_marbuta: bool
    arabic_diacritics: bool
    digits: _Digits

@final
class Normalizer:
    """Language-aware normalization: Persian rules on Persian spans, Arabic on Arabic, English
    untouched; URLs, e-mails and tags never changed; idempotent. Reusable and picklable."""

    def __new__(cls, *, preset: _Preset = "default", **options: Unpack[_Options]) -> Normalizer: ...
    def normalize(self, text: str) -> str: ...
    def normalize_with_offsets(self, text: str) -> tuple[str, list[tuple[int, int]]]:
        """The text and, per output character, the (start, end) slice of the input it came from."""
    def normalize_batch(self, texts: Iterable[str | None]) -> list[str | None]:
        """Normalizes a column in parallel with the GIL released; None stays None."""
    @property
    def preset(self) -> _Preset: ...
    @property
    def options(self) -> dict[str, bool | str]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[object, tuple[str, dict[str, bool | str]]]: ...

def normalize(text: str, *, preset: _Preset = "default", **options: Unpack[_Options]) -> str:
    """Normalizes one text (see Normalizer for the options)."""

def _normalizer_from_options(preset: str, options: dict[str, bool | str]) -> Normalizer: ...

# --- cli --------------------------------------------------------------------------------------

def _run_cli(argv: list[str]) -> int: ...

# --- clean ------------------------------------------------------------------------------------

def _clean(
    text: str, normalizer: Normalizer, date_format: str, calendars: list[str] | None = None
) -> tuple[str, Segmentation, dict[str, str], list[DateMatch], str, Published | None]: ...
_T = TypeVar("_T")

def _clean_batch(
    texts: Iterable[str | None],
    normalizer: Normalizer,
    date_format: str,
    calendars: list[str] | None,
    wrap: Callable[[str, Segmentation, dict[str, str], list[DateMatch], str, Published | None], _T],
) -> list[_T | None]: ...


def _panic_for_tests(in_pool: bool) -> None:
    """Test hook: panics on purpose (see src/python/robust.rs)."""
    ...
