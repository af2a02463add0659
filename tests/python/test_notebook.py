"""examples/quickstart.ipynb runs top to bottom against the installed wheel, so it cannot rot."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[2]


def test_quickstart_notebook_executes() -> None:
    path = ROOT / "examples" / "quickstart.ipynb"
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert 'dir="rtl"' in html, "spans are shown coloured and right-to-left"
    assert "2017-09-02" in html, "the dates table is shown"


def test_committed_notebook_keeps_its_outputs_in_reading_order() -> None:
    """The notebook is committed executed, so its views show on a page that does not run it
    (GitHub's viewer); its HTML outputs are the current views: lines with an explicit direction
    and language runs as isolates."""
    nb = nbformat.read(ROOT / "examples" / "quickstart.ipynb", as_version=4)
    html = "".join(
        o.get("data", {}).get("text/html", "")
        for cell in nb.cells
        if cell.cell_type == "code"
        for o in cell.get("outputs", [])
    )
    assert "data-naskh-line" in html and '<bdi dir="rtl"' in html, "re-run the notebook and commit it"
