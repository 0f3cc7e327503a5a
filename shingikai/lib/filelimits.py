"""Limits checked on an attachment's bytes before anything parses it. No Django imports.

A 2.5 MB PDF can hold 20,000 pages and a 177 KB Word file can unpack to 50 MB; parsing
either takes minutes and gigabytes. These checks read only the PDF's page-tree count and
the zip directory, so they are quick whatever the file holds. Each returns an English
reason for the log, or None when the file is within the limits.
"""

from __future__ import annotations

import io
import zipfile

MAX_PAGES = 500
MAX_UNPACKED_BYTES = 40 * 1024 * 1024
MAX_ZIP_MEMBERS = 2000


def pdf_pages(data: bytes) -> int | None:
    """The page count the PDF declares at its root (no page is read), None if unreadable."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return None
        count = reader.trailer["/Root"]["/Pages"]["/Count"]
        return int(count)
    except Exception:  # noqa: BLE001 - any damage means "cannot tell", which callers refuse
        return None


def zip_unpacked(data: bytes) -> tuple[int, int] | None:
    """(total unpacked bytes, members) from the zip directory, None if not a zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return None
    return sum(info.file_size for info in infos), len(infos)


def problem(filename: str, data: bytes) -> str | None:
    """Why the file must not be parsed, or None."""
    if data.startswith(b"%PDF"):
        pages = pdf_pages(data)
        if pages is None:
            return "unreadable or encrypted PDF"
        if pages > MAX_PAGES:
            return f"{pages} pages, more than {MAX_PAGES}"
        return None
    if data.startswith(b"PK"):
        unpacked = zip_unpacked(data)
        if unpacked is None:
            return "broken zip (Office) file"
        size, members = unpacked
        if size > MAX_UNPACKED_BYTES or members > MAX_ZIP_MEMBERS:
            return f"unpacks to {size} bytes in {members} parts"
    return None
