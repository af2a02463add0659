"""Type stubs for the compiled extension ``naskh._naskh``."""

from collections.abc import Iterable


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

# --- cli --------------------------------------------------------------------------------------

def _run_cli(argv: list[str]) -> int: ...
