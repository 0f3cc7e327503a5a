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
