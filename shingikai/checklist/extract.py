"""Plain text from an attachment: PDF text layer, DOCX paragraphs and tables, or text.

Used to find personal-information terms a product sheet mentions.  No Django imports.
Unreadable files give an empty text and a log line, never an error: a broken attachment
must not stop a department from editing its draft.
"""

from __future__ import annotations

import io
import logging
import zipfile

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt", ".csv", ".md", ".text", ".tsv", ".htm", ".html")


def attachment_text(filename: str, data: bytes) -> str:
    name = filename.lower()
    try:
        if data.startswith(b"%PDF-") or name.endswith(".pdf"):
            return _pdf_text(data)
        if name.endswith(".docx") or _is_docx(data):
            return _docx_text(data)
        if name.endswith(TEXT_SUFFIXES) or not _looks_binary(data):
            return _plain_text(data)
    except Exception:  # noqa: BLE001 - any parser failure means "no text", see docstring
        log.warning("could not extract text from attachment %s", filename, exc_info=True)
        return ""
    log.info("no text extractor for attachment %s", filename)
    return ""


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _is_docx(data: bytes) -> bool:
    if not data.startswith(b"PK"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def _docx_text(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def _looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:4096]


def _plain_text(data: bytes) -> str:
    from charset_normalizer import from_bytes

    if not data:
        return ""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    # Shift_JIS (cp932) is what municipal PCs still write when detection has no clear winner.
    return str(best) if best is not None else data.decode("cp932", errors="replace")
