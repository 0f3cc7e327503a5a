"""File bytes to parsed minutes: PDF text layers here, text and HTML in the parser.

No Django imports, so the CLI, the web upload and the benchmark share it.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

from shingikai.minutes.parser import MinutesError, decode_bytes, parse_minutes_with_text

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# A PDF page with fewer characters than this on average is a scan, not a text layer.
MIN_CHARS_PER_PAGE = 20

logging.getLogger("pypdf").setLevel(logging.ERROR)


@dataclass(frozen=True)
class Extracted:
    file_type: str
    parsed: dict
    text: str


def file_type_of(name: str, data: bytes) -> str:
    lowered = name.lower()
    if data.startswith(b"%PDF") or lowered.endswith(".pdf"):
        return "pdf"
    if lowered.endswith((".html", ".htm")) or data[:512].lstrip().lower().startswith(
        (b"<!doctype html", b"<html")
    ):
        return "html"
    return "text"


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise MinutesError(f"the PDF cannot be read: {exc}") from exc
    text = "\n".join(pages)
    if len(text.strip()) < MIN_CHARS_PER_PAGE * max(1, len(pages)):
        raise MinutesError("the PDF has no text layer (it is a scanned image); run OCR on it first")
    return text


def extract(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Extracted:
    """Parse one file's bytes; raises MinutesError with an English message on bad input."""
    if len(data) > max_bytes:
        raise MinutesError(
            f"the file is {len(data) / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB"
        )
    kind = file_type_of(name, data)
    text = pdf_text(data) if kind == "pdf" else decode_bytes(data)
    parsed, plain = parse_minutes_with_text(text, source=name)
    return Extracted(file_type=kind, parsed=parsed, text=plain)
