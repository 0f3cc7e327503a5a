"""Store parsed minutes as precedents: one transaction per file, idempotent by content hash.

- the same bytes again: nothing is stored ("unchanged")
- a corrected file of the same meeting (same municipality, council, date and title):
  the earlier version is replaced in the same transaction ("replaced")
- a file that fails anywhere: nothing of it is stored ("failed", with the reason)
"""

from __future__ import annotations

import datetime
import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction

from shingikai.councils.models import Municipality
from shingikai.minutes import extract
from shingikai.minutes.models import ImportedItem, ImportedMeeting, ImportedUtterance, SourceFile
from shingikai.minutes.parser import MinutesError

log = logging.getLogger(__name__)
SUFFIXES = {".txt", ".text", ".html", ".htm", ".pdf"}


@dataclass
class FileResult:
    name: str
    status: str  # created | replaced | unchanged | failed
    message: str = ""
    meeting_id: int | None = None
    items: int = 0
    utterances: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.status == "failed"


def max_bytes() -> int:
    return getattr(settings, "MINUTES_MAX_BYTES", extract.DEFAULT_MAX_BYTES)


def import_bytes(
    data: bytes, name: str, *, municipality: str | None = None, user=None
) -> FileResult:
    content_hash = hashlib.sha256(data).hexdigest()
    existing = SourceFile.objects.filter(content_hash=content_hash).first()
    if existing is not None:
        meeting = getattr(existing, "meeting", None)
        return FileResult(
            name, "unchanged", "already imported", meeting_id=meeting.pk if meeting else None
        )
    try:
        extracted = extract.extract(data, name, max_bytes=max_bytes())
        city = (municipality or extracted.parsed.get("municipality") or "").strip()
        if not city:
            raise MinutesError(
                "the municipality could not be detected; give it with --municipality"
            )
        return _store(data, name, content_hash, city, extracted, user)
    except MinutesError as exc:
        log.warning("Import of %s failed: %s", name, exc)
        return FileResult(name, "failed", str(exc))
    except Exception as exc:  # one bad file must not stop a batch; its transaction rolled back
        log.exception("Import of %s failed unexpectedly", name)
        return FileResult(name, "failed", f"unexpected error: {type(exc).__name__}: {exc}")


def _identity(city: str, parsed: dict, name: str) -> str:
    meeting = parsed.get("meeting") or {}
    if meeting.get("date"):
        return "|".join(
            [city, parsed.get("council") or "", meeting["date"], meeting.get("title") or ""]
        )
    return f"{city}|file|{Path(name).name}"


@transaction.atomic
def _store(data, name, content_hash, city, extracted, user) -> FileResult:
    parsed = extracted.parsed
    municipality, _ = Municipality.objects.get_or_create(name=city)
    identity = _identity(city, parsed, name)
    earlier = SourceFile.objects.filter(meeting__identity=identity, municipality=municipality)
    replaced = earlier.exists()
    earlier.delete()
    source = SourceFile.objects.create(
        municipality=municipality,
        name=Path(name).name[:255],
        content_hash=content_hash,
        file_type=extracted.file_type,
        size=len(data),
        text=extracted.text,
        warnings=parsed.get("warnings", []),
        parsed=parsed,
        imported_by=user,
    )
    meeting = _meeting(source, municipality, parsed, identity)
    items, utterances = _items(meeting, parsed.get("items", []))
    return FileResult(
        name,
        "replaced" if replaced else "created",
        meeting_id=meeting.pk,
        items=items,
        utterances=utterances,
        warnings=source.warnings,
    )


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def _time(value: str | None) -> datetime.time | None:
    return datetime.time.fromisoformat(value) if value else None


def _meeting(source, municipality, parsed, identity) -> ImportedMeeting:
    meeting = parsed.get("meeting") or {}
    return ImportedMeeting.objects.create(
        source=source,
        municipality=municipality,
        identity=identity[:400],
        council_name=(parsed.get("council") or "")[:200],
        title=(meeting.get("title") or "")[:300],
        date=_date(meeting.get("date")),
        start_time=_time(meeting.get("start_time")),
        end_time=_time(meeting.get("end_time")),
        place=(meeting.get("place") or "")[:300],
        public_attendance=meeting.get("public_attendance"),
        members_present=parsed.get("members_present", []),
        members_absent=parsed.get("members_absent", []),
    )


def _items(meeting: ImportedMeeting, items: list[dict]) -> tuple[int, int]:
    utterances: list[ImportedUtterance] = []
    for order, raw in enumerate(items, start=1):
        item = ImportedItem.objects.create(
            meeting=meeting,
            order=order,
            kind=raw.get("kind") or "other",
            number=(raw.get("number") or "")[:100],
            title=raw.get("title") or "",
            department=(raw.get("department") or "")[:200],
            grounds=raw.get("grounds") or [],
            outcome=raw.get("outcome") or "unknown",
            opinion=raw.get("opinion") or "",
            followups=raw.get("followups") or [],
        )
        utterances.extend(
            ImportedUtterance(
                item=item,
                order=position,
                role=turn.get("role") or "unknown",
                speaker=(turn.get("speaker") or "")[:200],
                act=turn.get("act") or "other",
                text=turn.get("text") or "",
            )
            for position, turn in enumerate(raw.get("utterances") or [], start=1)
        )
    ImportedUtterance.objects.bulk_create(utterances, batch_size=500)
    return len(items), len(utterances)


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files given directly, and the minutes files found under folders, in a stable order."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            )
        else:
            files.append(path)
    return files


def import_paths(
    paths: Iterable[Path], *, municipality: str | None = None, user=None
) -> Iterator[FileResult]:
    for path in paths:
        try:
            size = path.stat().st_size
            if size > max_bytes():
                # Refused before reading, so a huge file costs no memory.
                yield FileResult(
                    str(path),
                    "failed",
                    f"the file is {size / 1e6:.1f} MB; the limit is {max_bytes() / 1e6:.0f} MB",
                )
                continue
            data = path.read_bytes()
        except OSError as exc:
            yield FileResult(str(path), "failed", f"cannot read the file: {exc.strerror}")
            continue
        yield import_bytes(data, str(path), municipality=municipality, user=user)
