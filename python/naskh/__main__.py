"""``python -m naskh`` and the ``naskh`` console script: the same CLI as the Rust binary."""

from __future__ import annotations

import sys


def main() -> int:
    from naskh._naskh import _run_cli

    # Flush Python's buffers first: the Rust side writes to the same file descriptors.
    sys.stdout.flush()
    sys.stderr.flush()
    return int(_run_cli(["naskh", *sys.argv[1:]]))


if __name__ == "__main__":
    sys.exit(main())
