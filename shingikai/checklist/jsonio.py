"""A consultation's structured content as JSON (docs/consultation-json.md), both ways.

Pure: a department can write the file by hand or export it, check it with
`shingikai checklist FILE.json` and import it as a draft.  Errors carry a code and the
field, so the web page can say them in Japanese and the CLI in English.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from shingikai.consultations import schema
from shingikai.lib import wareki

FORMAT = "shingikai/consultation"
VERSION = 1
# Written on export for the reader, ignored on import: the system gives numbers and states.
INFORMATIONAL = ("number", "state", "council", "attachments")
# Every free-text field of every section set (docs/consultation-json.md lists them).
SECTION_FIELDS = tuple(f.name for f in schema.FIELDS.values() if f.is_text)
_ITEM_SEPARATORS = re.compile(r"[\n、,，・]+")


class JsonError(ValueError):
    """A file that is not a consultation; code is one of MESSAGES' keys."""

    MESSAGES = {
        "syntax": "the file is not valid JSON",
        "not_object": "the top level must be a JSON object",
        "format": f'"format" must be "{FORMAT}"',
        "version": f'"version" must be {VERSION}',
        "unknown_field": "unknown field",
        "type": "wrong type",
        "date": "not a date (write 2025-04-01 or 令和7年4月1日)",
        "encoding": "the file is neither UTF-8 nor Shift_JIS text",
        "too_deep": "the JSON is nested too deeply",
        "number": "a number is too long",
        "characters": "a text holds a NUL character or a broken character (lone surrogate)",
        "section_set": "unknown section set",
    }

    def __init__(self, code: str, field_name: str = "", detail: str = "") -> None:
        self.code = code
        self.field = field_name
        self.detail = detail
        where = f"{field_name}: " if field_name else ""
        super().__init__(f"{where}{self.MESSAGES[code]}{f' ({detail})' if detail else ''}")


@dataclass
class ConsultationJson:
    title: str = ""
    department: str = ""
    grounds: list[str] = field(default_factory=list)
    section_sets: list[str] = field(default_factory=list)
    personal_items: list[str] = field(default_factory=list)
    start_date: datetime.date | None = None
    sections: dict[str, str] = field(default_factory=dict)

    def check_data(self) -> dict[str, Any]:
        """The values the checklist evaluates (without undeclared_terms, which needs files)."""
        data: dict[str, Any] = {name: self.sections.get(name, "") for name in SECTION_FIELDS}
        data.update(
            title=self.title,
            personal_items=self.personal_items,
            grounds=self.grounds,
            section_sets=self.section_sets,
            start_date=self.start_date.isoformat() if self.start_date else "",
        )
        return data


def dumps(content: Mapping[str, Any], fields: Any = None) -> str:
    """content: the keys of ConsultationJson plus any INFORMATIONAL ones, sections flat.

    fields: the section fields the consultation's 諮問書 shows (all when None).
    """
    start = content.get("start_date")
    out: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    for key in INFORMATIONAL:
        if content.get(key):
            out[key] = content[key]
    out.update(
        title=content.get("title", ""),
        department=content.get("department", ""),
        grounds=list(content.get("grounds", [])),
        section_sets=list(content.get("section_sets", [])),
        start_date=start.isoformat() if isinstance(start, datetime.date) else (start or None),
        personal_items=list(content.get("personal_items", [])),
    )
    for name in SECTION_FIELDS:
        if fields is None or name in fields:
            out[name] = content.get(name, "") or ""
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"


MAX_NUMBER_FIGURES = 30


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Shift_JIS (cp932, what municipal PCs still save);
    anything else is refused rather than stored garbled."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError:
        raise JsonError("encoding") from None
    # Bytes cp932 leaves to private use (外字, stray 0xFD-0xFF) would be stored garbled.
    if any("\ue000" <= c <= "\uf8ff" for c in text):
        raise JsonError("encoding")
    return text


def _number(text: str):
    # A 5,000-digit number would make int() raise; no field needs more than a few figures.
    if len(text) > MAX_NUMBER_FIGURES:
        raise JsonError("number", detail=f"{text[:10]}…")
    return float(text) if any(c in text for c in ".eE") else int(text)


def _clean_strings(value: Any) -> None:
    """Refuse NUL (PostgreSQL cannot store it) and lone surrogates (no encoding can)."""
    if isinstance(value, str):
        if "\x00" in value or any("\ud800" <= c <= "\udfff" for c in value):
            raise JsonError("characters")
    elif isinstance(value, dict):
        for key, item in value.items():
            _clean_strings(key)
            _clean_strings(item)
    elif isinstance(value, list):
        for item in value:
            _clean_strings(item)


def loads(text: str | bytes) -> ConsultationJson:
    if isinstance(text, bytes):
        text = _decode(text)
    try:
        raw = json.loads(text, parse_int=_number, parse_float=_number)
    except json.JSONDecodeError as exc:
        raise JsonError("syntax", detail=f"line {exc.lineno}") from None
    except RecursionError:
        raise JsonError("too_deep") from None
    try:
        _clean_strings(raw)
    except RecursionError:
        raise JsonError("too_deep") from None
    if not isinstance(raw, dict):
        raise JsonError("not_object")
    if "format" in raw and raw["format"] != FORMAT:
        raise JsonError("format", "format")
    if "version" in raw and raw["version"] != VERSION:
        raise JsonError("version", "version")
    known = {"format", "version", "title", "department", "grounds", "personal_items"}
    known |= {"section_sets"}
    known |= {"start_date", *INFORMATIONAL, *SECTION_FIELDS}
    for key in raw:
        if key not in known:
            raise JsonError("unknown_field", key)
    return ConsultationJson(
        title=_string(raw, "title"),
        department=_string(raw, "department"),
        grounds=_string_list(raw, "grounds"),
        section_sets=_string_list(raw, "section_sets"),
        personal_items=_items(raw),
        start_date=_date(raw),
        sections={name: _string(raw, name) for name in SECTION_FIELDS},
    )


def _string(raw: Mapping[str, Any], name: str) -> str:
    value = raw.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise JsonError("type", name, "text expected")
    return value.strip()


def _string_list(raw: Mapping[str, Any], name: str) -> list[str]:
    value = raw.get(name)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise JsonError("type", name, "a list of texts expected")
    return [v.strip() for v in value if v.strip()]


def _items(raw: Mapping[str, Any]) -> list[str]:
    # A list, or one text separated like the form accepts it (氏名、住所).
    value = raw.get("personal_items")
    if isinstance(value, str):
        parts = _ITEM_SEPARATORS.split(value)
    else:
        parts = _string_list(raw, "personal_items")
    items: list[str] = []
    for part in parts:
        part = part.strip()
        if part and part not in items:
            items.append(part)
    return items


def _date(raw: Mapping[str, Any]) -> datetime.date | None:
    value = raw.get("start_date")
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise JsonError("type", "start_date", "text expected")
    try:
        return wareki.parse_date(value.strip())
    except wareki.WarekiError:
        raise JsonError("date", "start_date", value) from None
