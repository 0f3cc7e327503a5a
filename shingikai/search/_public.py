"""The anonymous audience: published consultations only, indexed from their redacted text.

Everything here comes from the publication app's public API: `published_consultations()`,
`published_utterances()`, `published_decisions()` say what the public may read, and
`public_text(obj, field)` gives each text with the withheld parts replaced by its marker.
The public document is indexed from that text alone, so a withheld part can never match
an anonymous search; its snippets are taken from `public_text` again when shown.
Follow-ups are not part of any public output, so they are not indexed for the public.
"""

from __future__ import annotations

from shingikai.search import _schema as s
from shingikai.search._analysis import SourceDocument, SourceEntry

ACT_FIELDS = {"question": "question", "answer": "answer", "opinion": "opinion"}


def text(obj, field: str) -> str:
    """The public text of one field (the marker stands where a part is withheld)."""
    from shingikai.publication import public_text

    return public_text(obj, field)


def _indexable(value: str) -> str:
    # The marker says that something is withheld; it is no word to be found by.
    from shingikai.publication import MARKER

    return value.replace(MARKER, " ")


def consultation_document(consultation) -> SourceDocument | None:
    """The consultation as the public reads it, or None while no meeting of it is published."""
    from shingikai.publication import api

    if not api.published_consultations().filter(pk=consultation.pk).exists():
        return None
    from shingikai.search._sources import PENDING, PUBLIC, SECTION_NAMES, _facets, _fy

    pk = consultation.pk
    decisions = sorted(
        api.published_decisions().filter(consultation=consultation),
        key=lambda d: (d.meeting.date, d.pk),
    )
    meetings = api.published_meetings().filter(items__consultation=consultation)
    dates = [d.meeting.date for d in decisions] or sorted(m.date for m in meetings)
    date = dates[-1] if dates else None
    outcome = decisions[-1].outcome if decisions else PENDING
    grounds = [g.name for g in consultation.grounds.all()]
    council = consultation.council
    meta = _facets([s.META_PUBLIC], council.municipality_id, _fy(date), outcome, grounds)
    entries = [
        SourceEntry("title", f"c:{pk}:title", _indexable(text(consultation, "title"))),
        SourceEntry("title", f"c:{pk}:number", consultation.number_label),
        SourceEntry("body", f"c:{pk}:department", consultation.department.name),
    ]
    # The 諮問書 sections only when they were chosen for the public on publishing.
    if api.document_published(consultation):
        entries += [
            SourceEntry("body", f"c:{pk}:{name}", _indexable(section(consultation, name)))
            for name in SECTION_NAMES
        ]
    utterances = api.published_utterances().filter(consultation=consultation)
    entries += [
        SourceEntry(ACT_FIELDS.get(u.act, "body"), f"u:{u.pk}", _indexable(text(u, "text")))
        for u in utterances.order_by("meeting__date", "order")
    ]
    entries += [
        SourceEntry("decision", f"d:{d.pk}", _indexable(text(d, "opinion"))) for d in decisions
    ]
    return SourceDocument(
        source="consultation",
        object_id=pk,
        audience=PUBLIC,
        title=text(consultation, "title"),
        municipality_id=council.municipality_id,
        municipality=council.municipality.name,
        council_id=council.pk,
        number=consultation.number_label,
        department=consultation.department.name,
        date=date,
        fiscal_year=_fy(date),
        outcome=outcome,
        grounds=grounds,
        meta=meta,
        entries=entries,
    )


def section(consultation, name: str) -> str:
    value = getattr(consultation, name)
    if isinstance(value, list):  # personal-information items: a list, never withheld
        return "、".join(str(v) for v in value)
    return text(consultation, name)
