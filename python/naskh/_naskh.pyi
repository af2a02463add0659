"""Type stubs for the compiled extension ``naskh._naskh``."""

from collections.abc import Iterable
from typing import final


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
        """``"fa"``, ``"ar"``, ``"en"``, ``"other"`` or ``"neutral"``."""
    def __new__(cls, start: int, end: int, text: str, lang: str) -> Span: ...
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[type[Span], tuple[int, int, str, str]]: ...

def segment(text: str, merge_neutral: bool = False) -> list[Span]:
    """Language spans tiling ``text`` (wrapped as ``naskh.Segmentation`` by ``naskh.segment``)."""

def segment_batch(texts: Iterable[str | None], merge_neutral: bool = False) -> list[list[Span] | None]:
    """`segment` over a column; None stays None; parallel, GIL released."""

def split_by_language(text: str) -> dict[str, str]:
    """The text of each language present (keys ``"fa"``, ``"ar"``, ``"en"``, ``"other"``)."""

# --- cli --------------------------------------------------------------------------------------

def _run_cli(argv: list[str]) -> int: ...
