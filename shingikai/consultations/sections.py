"""Which sections a consultation's 諮問書 shows: its grounds' section sets, combined.

The schema (schema.py) is pure; this module reads the sets from the database.  A ground
without a set, a draft without grounds, or a set not seeded yet falls back to the shipped
outsourcing set, the 諮問書 every council has.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.translation import gettext as _

from shingikai.consultations import schema
from shingikai.councils.models import Ground, SectionSet


@dataclass(frozen=True)
class Layout:
    """The section sets asked for (codes) and the sections they show, in order."""

    codes: tuple[str, ...]
    sections: tuple[schema.ShownSection, ...]

    @property
    def fields(self) -> frozenset[str]:
        return schema.shown_fields(self.sections)

    def numbered(self) -> list[tuple[str, schema.ShownSection]]:
        """Translated headings numbered by position (1. 諮問理由・事業の概要 …)."""
        return [
            (f"{i}. {s.heading if s.own_heading else _(s.heading)}", s)
            for i, s in enumerate(self.sections, start=1)
        ]


def _parts(section_set: SectionSet | None, code: str) -> tuple[schema.Part, ...]:
    if section_set is not None:
        try:
            return schema.parse_parts(section_set.sections)
        except schema.SchemaError:
            pass  # the admin refuses a bad set; an old row falls back to the shipped one
    try:
        return schema.shipped_parts(code)
    except schema.SchemaError:
        return schema.shipped_parts(schema.DEFAULT_SET)


def layout_for_grounds(grounds: Iterable[Ground]) -> Layout:
    sets: list[tuple[str, SectionSet | None]] = []
    for ground in grounds:
        if ground.section_set_id:
            sets.append((ground.section_set.code, ground.section_set))
        else:
            sets.append((schema.DEFAULT_SET, None))
    if not sets:
        sets.append((schema.DEFAULT_SET, None))
    by_code: dict[str, SectionSet | None] = {}
    for code, row in sets:
        by_code.setdefault(code, row)
    missing = [code for code, row in by_code.items() if row is None]
    if missing:
        for row in SectionSet.objects.filter(code__in=missing):
            by_code[row.code] = row
    codes = tuple(by_code)
    combined = schema.combine(_parts(by_code[code], code) for code in codes)
    return Layout(codes, tuple(combined))


def layout_for_codes(codes: Iterable[str]) -> Layout:
    """For a JSON file naming its section sets directly (unknown codes are refused earlier)."""
    codes = tuple(dict.fromkeys(codes)) or (schema.DEFAULT_SET,)
    rows = {row.code: row for row in SectionSet.objects.filter(code__in=codes)}
    combined = schema.combine(_parts(rows.get(code), code) for code in codes)
    return Layout(codes, tuple(combined))


def known_codes() -> set[str]:
    shipped = {entry["code"] for entry in schema.shipped_sets()}
    return shipped | set(SectionSet.objects.values_list("code", flat=True))


def layout_for(consultation) -> Layout:
    if consultation.pk is None:
        return layout_for_grounds([])
    return layout_for_grounds(consultation.grounds.select_related("section_set"))


def register_assessments(consultation) -> str:
    """The impact assessments the register links to this consultation, as one line."""
    if consultation.pk is None:
        return ""
    return "、".join(
        f"{a.affair}（{a.get_level_display()}）" for a in consultation.impact_assessments.all()
    )


def display(consultation, value_of=None) -> list[dict]:
    """The 諮問書's shown sections as headings and (label, value) rows.

    value_of(consultation, name) gives a text field's value (the documents pass the
    redacting one); lists are joined with 、 and dates written in 和暦.
    """
    from shingikai.lib import wareki

    layout = layout_for(consultation)
    result = []
    for heading, section in layout.numbered():
        rows = []
        if section.key == "assessment":
            linked = register_assessments(consultation)
            rows.append((_("assessment in the register"), linked))
        for field in section.fields:
            value = getattr(consultation, field.name)
            if field.kind == schema.ITEMS:
                value = "、".join(value or [])
            elif field.kind == schema.DATE:
                value = wareki.format_date(value) if value else ""
            elif value_of is not None:
                value = value_of(consultation, field.name)
            rows.append((_(field.label), value or ""))
        result.append({"key": section.key, "heading": heading, "rows": rows})
    return result
