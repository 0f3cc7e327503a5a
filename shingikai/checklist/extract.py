"""Plain text from an attachment: PDF text layer, DOCX paragraphs and tables, or text.

Used to find personal-information terms a product sheet mentions.  No Django imports.
Unreadable files give an empty text and a log line, never an error: a broken attachment
must not stop a department from editing its draft.

Files beyond the page and unpacked-size limits are not parsed at all; PDF and Word files
are parsed in a child process with a time and memory limit, and the text kept is capped,
so one hostile file cannot hold a worker for minutes or gigabytes.
"""

from __future__ import annotations

import io
import logging
import subprocess
import sys
import zipfile

from shingikai.lib import filelimits

log = logging.getLogger(__name__)
MAX_TEXT_CHARS = 200_000
TIME_LIMIT_SECONDS = 30
MEMORY_LIMIT_BYTES = 1024 * 1024 * 1024

TEXT_SUFFIXES = (".txt", ".csv", ".md", ".text", ".tsv", ".htm", ".html")


def attachment_text(filename: str, data: bytes) -> str:
    reason = filelimits.problem(filename, data)
    if reason is not None:
        log.warning("attachment %s not parsed: %s", filename, reason)
        return ""
    return _parse(filename, data, bounded=True)[:MAX_TEXT_CHARS]


def _parse(filename: str, data: bytes, *, bounded: bool) -> str:
    name = filename.lower()
    try:
        if data.startswith(b"%PDF-") or name.endswith(".pdf"):
            return _in_child(filename, data) if bounded else _pdf_text(data)
        if name.endswith(".docx") or _is_docx(data):
            return _in_child(filename, data) if bounded else _docx_text(data)
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


def _limit_child() -> None:  # runs in the child before it starts parsing
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
    resource.setrlimit(resource.RLIMIT_CPU, (TIME_LIMIT_SECONDS, TIME_LIMIT_SECONDS + 1))


def _in_child(filename: str, data: bytes) -> str:
    try:
        done = subprocess.run(
            [sys.executable, "-m", "shingikai.checklist.extract", filename],
            input=data,
            capture_output=True,
            timeout=TIME_LIMIT_SECONDS,
            preexec_fn=_limit_child,  # noqa: PLW1509 - no threads are started before exec
            check=False,
        )
    except subprocess.TimeoutExpired:
        log.warning("text extraction from %s took too long", filename)
        return ""
    if done.returncode != 0:
        log.warning("text extraction from %s failed (%s)", filename, done.returncode)
        return ""
    return done.stdout.decode("utf-8", errors="replace")


if __name__ == "__main__":
    # The child of _in_child: the file on stdin, its text on stdout.
    text = _parse(sys.argv[1], sys.stdin.buffer.read(), bounded=False)
    sys.stdout.buffer.write(text[:MAX_TEXT_CHARS].encode("utf-8", errors="replace"))
