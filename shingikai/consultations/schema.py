"""The sections of a 諮問書, defined once and free of Django.

Every field a consultation's document can hold is declared here with its section, kind and
length; the form, the review checklist, the consultation JSON, the documents and the search
all derive their field lists from this module.  A *section set* (which sections, in which
order, optionally only some of a section's fields or under another heading) is what a
council's ground asks of a 諮問書: the sets are data (data/section_sets.json, seeded into
the database and edited in the admin), this module only knows how to read and combine them.

Labels are English source strings marked with gettext_noop; callers translate them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TEXT = "text"  # several lines
LINE = "line"  # one line, limited length
DATE = "date"
ITEMS = "items"  # a list of short texts (取り扱う個人情報の項目)

DATA_FILE = Path(__file__).resolve().parent / "data" / "section_sets.json"
# The set a ground without one gets: the outsourcing 諮問書 every council has.
DEFAULT_SET = "outsourcing"


def gettext_noop(text: str) -> str:
    """Marks a label for makemessages; translated where it is shown."""
    return text


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str = TEXT
    max_length: int | None = None

    @property
    def is_text(self) -> bool:
        """Free text the checklist reads and the publication may withhold."""
        return self.kind in (TEXT, LINE)


@dataclass(frozen=True)
class Section:
    key: str
    heading: str
    fields: tuple[Field, ...]


def _line(name: str, label: str, max_length: int = 200) -> Field:
    return Field(name, label, LINE, max_length)


def _text(name: str, label: str) -> Field:
    return Field(name, label, TEXT)


SECTIONS: tuple[Section, ...] = (
    Section(
        "outline",
        gettext_noop("Reason and outline"),
        (
            _text("outline", gettext_noop("reason and outline of the work")),
            Field("start_date", gettext_noop("start date of the work"), DATE),
        ),
    ),
    Section(
        "contractor",
        gettext_noop("Contractor and tasks"),
        (
            _line("contractor", gettext_noop("contractor")),
            _line("contract_period", gettext_noop("contract period")),
            _text("tasks", gettext_noop("outsourced tasks")),
            _line("work_place", gettext_noop("work place")),
            _text("telework", gettext_noop("telework and the rules that apply")),
            _text("subcontracting", gettext_noop("sub-contracting and its conditions")),
        ),
    ),
    Section(
        "purpose",
        gettext_noop("Use or provision outside the purpose"),
        (
            _line("holding_department", gettext_noop("department holding the information")),
            _text("original_purpose", gettext_noop("original purpose of use")),
            _text("new_purpose", gettext_noop("new purpose or recipient")),
            _text(
                "legal_exception",
                gettext_noop("exception relied on (consent, law, good reason, public interest)"),
            ),
            _text("notification", gettext_noop("whether the persons are notified")),
            _text("recipient_measures", gettext_noop("how the recipient protects the information")),
        ),
    ),
    Section(
        "linkage",
        gettext_noop("Connection with outside systems"),
        (
            _line("connected_party", gettext_noop("connected party")),
            _line("connection_line", gettext_noop("line (LGWAN, VPN, internet)")),
            _text("data_flow", gettext_noop("what flows each way")),
        ),
    ),
    Section(
        "recording",
        gettext_noop("Recording in a computer system"),
        (
            _line("recording_system", gettext_noop("system the information is recorded in")),
            _text("added_items", gettext_noop("items recorded or added")),
            _text("viewers", gettext_noop("who can see the information")),
        ),
    ),
    Section(
        "collection",
        gettext_noop("Sensitive information and collection from others"),
        (
            _text("collected_information", gettext_noop("what is collected")),
            _text("collected_from", gettext_noop("from whom it is collected")),
            _text("collection_necessity", gettext_noop("why it is necessary")),
        ),
    ),
    Section(
        "assessment",
        gettext_noop("Specific personal information impact assessment"),
        (
            _text("assessment_summary", gettext_noop("the assessment and its level")),
            _line("comment_period", gettext_noop("public comment period")),
            _text("assessment_changes", gettext_noop("changes since the last assessment")),
        ),
    ),
    Section(
        "camera",
        gettext_noop("Security cameras"),
        (
            _line("camera_place", gettext_noop("place of installation")),
            _line("camera_count", gettext_noop("number of cameras"), 50),
            _text("camera_view", gettext_noop("what the cameras film")),
            _line("camera_retention", gettext_noop("how long recordings are kept")),
            _text("camera_signage", gettext_noop("signage")),
            _text("camera_police", gettext_noop("requests from the police")),
        ),
    ),
    Section(
        "details",
        gettext_noop("Details"),
        (
            _text("details", gettext_noop("details of the matter")),
            # 法第129条: which case of the ordinance applies, and why it does here.
            _line(
                "necessity_case", gettext_noop("case of the ordinance requiring the council"), 500
            ),
            _text("necessity", gettext_noop("why the council is consulted")),
            _text("other_notes", gettext_noop("other notes")),
        ),
    ),
    Section(
        "personal",
        gettext_noop("Personal information"),
        (
            Field("personal_items", gettext_noop("personal-information items"), ITEMS),
            _text("data_subjects", gettext_noop("data subjects and numbers")),
        ),
    ),
    Section(
        "handling",
        gettext_noop("Handling cautions"),
        (
            _text("handling_cautions", gettext_noop("handling cautions")),
            _line("retention_period", gettext_noop("retention period")),
            _text("retention_reason", gettext_noop("reason for the retention period")),
            _text("disposal_method", gettext_noop("return or disposal method")),
            _text("disposal_confirmation", gettext_noop("how disposal is confirmed")),
        ),
    ),
    Section(
        "systems",
        gettext_noop("Systems, media and connections"),
        (
            _text("systems", gettext_noop("computers and systems")),
            _text("media", gettext_noop("media and how they travel")),
            _text("connections", gettext_noop("external connections")),
            _line("datacenter_location", gettext_noop("data-centre location")),
            _line("certifications", gettext_noop("certifications"), 300),
            _text("security_measures", gettext_noop("security measures and access control")),
        ),
    ),
    Section(
        "instruments",
        gettext_noop("Contract instruments"),
        (_text("contract_instruments", gettext_noop("contract instruments")),),
    ),
)

SECTION_BY_KEY: dict[str, Section] = {section.key: section for section in SECTIONS}
FIELDS: dict[str, Field] = {f.name: f for section in SECTIONS for f in section.fields}
SECTION_OF: dict[str, str] = {f.name: s.key for s in SECTIONS for f in s.fields}
# Every field the checklist reads as text, in document order, the title first.
TEXT_FIELDS: tuple[str, ...] = ("title",) + tuple(f.name for f in FIELDS.values() if f.kind != DATE)
# Values computed for the check rather than typed in: grounds' names, the start date, the
# personal-information terms attachments mention that the declared items lack, the section
# sets asked for, and what the register says about a linked impact assessment.
DERIVED_FIELDS: tuple[str, ...] = (
    "grounds",
    "start_date",
    "undeclared_terms",
    "section_sets",
    "assessment",
    "assessment_level",
    "comment_days",
)
# A rule reading one of these needs the named field on the form to be fixable.
DERIVED_FROM: dict[str, str] = {
    "start_date": "start_date",
    "undeclared_terms": "personal_items",
    "assessment": "assessment_changes",
    "assessment_level": "assessment_changes",
    "comment_days": "comment_period",
}
ALWAYS_SHOWN = frozenset({"title", "grounds", "section_sets"})


class SchemaError(ValueError):
    """A section set that names an unknown section or field (English, for logs and CLI)."""


@dataclass(frozen=True)
class Part:
    """One section as a set uses it: maybe only some fields, maybe another heading."""

    section: str
    fields: tuple[str, ...] | None = None
    heading: str = ""


@dataclass(frozen=True)
class ShownSection:
    key: str
    heading: str  # untranslated source heading, or the set's own heading when it has one
    own_heading: bool
    fields: tuple[Field, ...]


def parse_parts(raw: Any) -> tuple[Part, ...]:
    """A set's sections from JSON: ["outline", {"section": "systems", "fields": [...]}]."""
    if not isinstance(raw, list) or not raw:
        raise SchemaError("a section set is a non-empty list of sections")
    parts = []
    for i, item in enumerate(raw):
        if isinstance(item, str):
            item = {"section": item}
        if not isinstance(item, dict) or set(item) - {"section", "fields", "heading"}:
            raise SchemaError(f"[{i}]: a section name or {{section, fields, heading}} is needed")
        key = item.get("section")
        if key not in SECTION_BY_KEY:
            raise SchemaError(f"[{i}]: unknown section {key!r}")
        fields = item.get("fields")
        if fields is not None:
            own = {f.name for f in SECTION_BY_KEY[key].fields}
            if not isinstance(fields, list) or not fields or not set(fields) <= own:
                raise SchemaError(f"[{i}]: fields must be a non-empty list of {sorted(own)}")
            fields = tuple(fields)
        heading = item.get("heading", "")
        if not isinstance(heading, str):
            raise SchemaError(f"[{i}]: heading must be text")
        parts.append(Part(key, fields, heading.strip()))
    return tuple(parts)


def combine(sets: Iterable[Sequence[Part]]) -> list[ShownSection]:
    """The sections of a 諮問書 on several grounds: each once, in the order of SECTIONS
    (which is the order of a 諮問書: outline, what is special to the kind, the personal
    information, its handling, systems, instruments), so a form can show and hide them.

    A section two sets use shows the fields either asks for.
    """
    order: list[str] = []
    wanted: dict[str, set[str] | None] = {}
    headings: dict[str, str] = {}
    for parts in sets:
        for part in parts:
            if part.section not in wanted:
                order.append(part.section)
                wanted[part.section] = set(part.fields) if part.fields else None
                headings[part.section] = part.heading
            elif wanted[part.section] is not None:
                if part.fields is None:
                    wanted[part.section] = None
                else:
                    wanted[part.section] |= set(part.fields)  # type: ignore[operator]
    shown = []
    for key in sorted(order, key=list(SECTION_BY_KEY).index):
        section = SECTION_BY_KEY[key]
        names = wanted[key]
        fields = tuple(f for f in section.fields if names is None or f.name in names)
        heading = headings[key]
        shown.append(ShownSection(key, heading or section.heading, bool(heading), fields))
    return shown


def shown_fields(sections: Iterable[ShownSection]) -> frozenset[str]:
    return frozenset(f.name for section in sections for f in section.fields)


def shipped_sets() -> list[dict[str, Any]]:
    """The section sets shipped with the system (code, name, sections, ground_words)."""
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def shipped_parts(code: str) -> tuple[Part, ...]:
    for entry in shipped_sets():
        if entry["code"] == code:
            return parse_parts(entry["sections"])
    raise SchemaError(f"no shipped section set {code!r}")


def section_headings() -> Mapping[str, list[str]]:
    """Every section's field names by heading, for code that needs all fields at once."""
    return {s.heading: [f.name for f in s.fields] for s in SECTIONS}
