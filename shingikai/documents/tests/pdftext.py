"""Reading generated files back: PDF text and fonts, DOCX text, first page as PNG."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from pathlib import Path


def pdf_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def squeeze(text: str) -> str:
    """Without white space: PDF extraction breaks lines wherever the layout wrapped."""
    return re.sub(r"\s+", "", text)


def pdf_fonts(pdf: bytes) -> set[str]:
    from pypdf import PdfReader

    fonts = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in (page.get("/Resources") or {}).get("/Font", {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    return fonts


def pdf_pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def docx_text(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines += [cell.text for cell in row.cells]
    return "\n".join(lines)


def first_page_png(pdf: bytes, name: str, directory: Path) -> Path:
    """The first page at 60 dpi (pdftoppm from poppler-utils), to look at for missing glyphs.

    Kept in $SHINGIKAI_PNG_DIR when set, so a person can open them after the run.
    """
    # poppler-utils is installed by `make test`; its absence must fail, not pass silently.
    assert shutil.which("pdftoppm"), "pdftoppm (Debian poppler-utils) is missing"
    target = Path(os.environ.get("SHINGIKAI_PNG_DIR") or directory)
    target.mkdir(parents=True, exist_ok=True)
    source = directory / f"{name}.pdf"
    source.write_bytes(pdf)
    prefix = target / name
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(source),
            str(prefix),
        ],
        check=True,
    )
    return prefix.with_suffix(".png")


def pdf_accessibility(pdf: bytes, tmp_path: Path) -> dict:
    """What a screen reader relies on, read by poppler's pdfinfo and by pypdf."""
    from pypdf import PdfReader

    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    fields = dict(line.split(":", 1) for line in info.stdout.splitlines() if ":" in line)
    reader = PdfReader(io.BytesIO(pdf))
    catalog = reader.trailer["/Root"]
    preferences = catalog.get("/ViewerPreferences") or {}
    structure = catalog.get("/StructTreeRoot")
    return {
        "tagged": fields.get("Tagged", "").strip(),
        "title": fields.get("Title", "").strip(),
        "lang": str(catalog.get("/Lang", "")),
        "display_doc_title": bool(preferences.get("/DisplayDocTitle")),
        "has_structure": structure is not None and bool(structure.get_object().get("/K")),
        "bookmarks": [item.title for item in reader.outline if hasattr(item, "title")],
    }
