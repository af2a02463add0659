#!/usr/bin/env python3
"""Writes testdata/zwnj_dev.tsv: real, well-edited Persian sentences with their ZWNJs, for the
ZWNJ-restoration measurement of `tests/zwnj_dev.rs` (which damages them the way scraped text
loses ZWNJs — each ZWNJ turned into a space, or deleted — and counts what the normalizer puts
back).

Source, pinned: UniversalDependencies/UD_Persian-Seraji @ e53af38, the `# text =` lines of
fa_seraji-ud-dev.conllu (`dev`: the rules were tuned on these) and fa_seraji-ud-test.conllu
(`test`: measured, never tuned on). CC BY-SA 4.0 (see THIRD_PARTY.md).

    python3 tools/zwnj_dev.py --mirror-root DIR   # DIR holds UniversalDependencies+UD_Persian-Seraji/repo
"""
import argparse
import hashlib
import pathlib
import subprocess

REPO = "UniversalDependencies/UD_Persian-Seraji"
COMMIT = "e53af38f4adc0edcdc056b8a2378cad791dc322a"
FILES = {"dev": "fa_seraji-ud-dev.conllu", "test": "fa_seraji-ud-test.conllu"}
OUT = pathlib.Path(__file__).resolve().parent.parent / "testdata/zwnj_dev.tsv"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mirror-root", required=True, help="folder holding UniversalDependencies+UD_Persian-Seraji/repo")
    a = ap.parse_args()
    git = pathlib.Path(a.mirror_root) / "UniversalDependencies+UD_Persian-Seraji" / "repo"
    rows = [
        "# naskh ZWNJ dev set: split <TAB> sentence, copied verbatim from the `# text =` lines of",
        f"# {REPO} @ {COMMIT[:7]} (CC BY-SA 4.0): `dev` from fa_seraji-ud-dev.conllu (the",
        "# zwnj_lexicon thresholds were chosen on these), `test` from fa_seraji-ud-test.conllu (measured",
        "# only). Made by tools/zwnj_dev.py. The sentences are well edited: their ZWNJs are the truth.",
    ]
    for split, name in FILES.items():
        data = subprocess.run(
            ["git", f"--git-dir={git}", "show", f"{COMMIT}:{name}"], check=True, capture_output=True
        ).stdout
        print(name, hashlib.sha256(data).hexdigest())
        for line in data.decode("utf-8").splitlines():
            if line.startswith("# text = "):
                text = line[len("# text = "):].strip()
                if "\t" not in text and text:
                    rows.append(f"{split}\t{text}")
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(rows)} lines)")


if __name__ == "__main__":
    main()
