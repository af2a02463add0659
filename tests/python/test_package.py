"""The installed package as a user meets it: import, version, exceptions, stubs, console script."""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys
import sysconfig

import pytest

import naskh


def test_imported_from_the_installed_wheel_not_the_source_tree(repo_root: pathlib.Path) -> None:
    location = pathlib.Path(naskh.__file__).resolve()
    assert repo_root / "python" not in location.parents, location
    assert pathlib.Path(sysconfig.get_paths()["purelib"]).resolve() in location.parents


def test_version_matches_cargo(repo_root: pathlib.Path) -> None:
    cargo = (repo_root / "Cargo.toml").read_text(encoding="utf-8")
    line = next(l for l in cargo.splitlines() if l.startswith("version = "))
    assert naskh.__version__ == line.split('"')[1]


def test_exception_hierarchy() -> None:
    assert issubclass(naskh.NaskhError, ValueError)
    for exc in (naskh.InvalidDateError, naskh.InvalidOptionError, naskh.ParseError):
        assert issubclass(exc, naskh.NaskhError)


def test_public_names_are_exported() -> None:
    for name in naskh.__all__:
        assert hasattr(naskh, name), name


def test_py_typed_marker_and_stubs_are_installed() -> None:
    pkg = pathlib.Path(naskh.__file__).parent
    assert (pkg / "py.typed").is_file()
    assert (pkg / "_naskh.pyi").is_file()


def test_stubs_match_the_compiled_module() -> None:
    # mypy.stubtest imports the real extension and compares it to _naskh.pyi.
    result = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "naskh._naskh", "--ignore-missing-stub"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_package_type_checks_strictly() -> None:
    # The installed package (its Python code against its own stubs), as a typed user sees it.
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", "naskh"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _console_script() -> str:
    scripts = pathlib.Path(sysconfig.get_paths()["scripts"])
    exe = scripts / ("naskh.exe" if os.name == "nt" else "naskh")
    assert exe.is_file(), f"console script not installed at {exe}"
    return str(exe)


def test_console_script_version() -> None:
    out = subprocess.run([_console_script(), "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"naskh {naskh.__version__}"


def test_console_script_digits_stdin() -> None:
    out = subprocess.run(
        [_console_script(), "digits", "--to", "ascii"],
        input="کد خبر: ۷۲۶۸۱۵\n".encode(),
        capture_output=True,
        check=True,
    )
    assert out.stdout.decode() == "کد خبر: 726815\n"


def test_python_dash_m() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "naskh", "digits", "--to", "persian"],
        input=b"2017\n",
        capture_output=True,
        check=True,
    )
    assert out.stdout.decode() == "۲۰۱۷\n"


def test_console_script_bad_arguments_exit_2() -> None:
    out = subprocess.run([_console_script(), "digits", "--to", "roman"], capture_output=True, check=False)
    assert out.returncode == 2
    assert b"roman" in out.stderr


@pytest.mark.parametrize("argv", [["--help"], ["digits", "--help"]])
def test_console_script_help(argv: list[str]) -> None:
    out = subprocess.run([_console_script(), *argv], capture_output=True, text=True, check=False)
    assert out.returncode == 0
    assert "naskh" in out.stdout
