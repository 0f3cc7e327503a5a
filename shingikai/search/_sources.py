"""What is indexed: native consultations and imported items as SourceDocuments, and the way
back from an index entry to the text it came from (for snippets).

References (`ref`) name one text: c:<consultation>:<field>, u:<utterance>, d:<decision>,
f:<follow-up>:<what|report>, i:<imported item>:<field>[:<n>], iu:<imported utterance>,
m:<imported meeting>:<title|n> (the n-th passage of its text outside any item).
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable, Iterator

from django.db import connection
from django.utils import timezone

from shingikai.consultations.forms import SECTION_FIELDS
from shingikai.consultations.models import Consultation, Decision, FollowUp, State, Utterance
from shingikai.lib import wareki
from shingikai.lib.batches import batched
from shingikai.minutes.models import ImportedItem, ImportedUtterance
from shingikai.search import _public
from shingikai.search import _schema as s
from shingikai.search._analysis import SourceDocument, SourceEntry

INTERNAL = "internal"
PUBLIC = "public"
CONSULTATION = "consultation"
IMPORTED = "imported"
MEETING = "meeting"  # an imported meeting: the text placed in none of its items
ACT_FIELDS = {"question": "question", "answer": "answer", "opinion": "opinion"}
SECTION_NAMES = [
    name for names in SECTION_FIELDS.values() for name in names if name != "start_date"
]
# Confirmations of earlier minutes (要録の確認) are not precedents.
IMPORTED_KINDS = ("consultation", "report", "other")
PENDING = "pending"
WITHDRAWN = "withdrawn"
DECLINED = "declined"  # 法第129条: the council was not consulted; handled by internal review


def _facets(meta: list[str], municipality_id, fiscal_year, outcome, grounds) -> list[str]:
    if municipality_id is not None:
        meta.append(s.meta_municipality(municipality_id))
    if fiscal_year is not None:
        meta.append(s.meta_fiscal_year(fiscal_year))
    if outcome:
        meta.append(s.meta_outcome(outcome))
    meta.extend(s.meta_ground(g) for g in grounds)
    return meta


def _fy(date: datetime.date | None) -> int | None:
    return wareki.fiscal_year(date) if date else None


def _section_text(consultation: Consultation, name: str) -> str:
    value = getattr(consultation, name)
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    return "" if value is None else str(value)


# --- native consultations ----------------------------------------------------------------


def _native_queryset():
    return Consultation.objects.select_related(
        "council__municipality", "department"
    ).prefetch_related(
        "grounds", "agenda_items__meeting", "decisions__meeting", "utterances", "followups"
    )


def consultation_documents(ids: Iterable[int] | None = None) -> Iterator[SourceDocument]:
    """Each consultation for the staff, and, when a meeting of it is published, for the public."""
    queryset = _native_queryset().order_by("pk")
    if ids is not None:
        queryset = queryset.filter(pk__in=list(ids))
    for consultation in queryset:
        yield internal_consultation(consultation)
        public = _public.consultation_document(consultation)
        if public is not None:
            yield public


def _native_outcome(consultation: Consultation, decisions: list[Decision]) -> str:
    if decisions:
        return decisions[-1].outcome
    if consultation.state == State.WITHDRAWN:
        return WITHDRAWN
    if consultation.state in (State.DECLINED, State.REVIEWED_INTERNALLY):
        return DECLINED
    return PENDING


def _native_date(consultation: Consultation, decisions, agenda_items) -> datetime.date:
    if decisions:
        return decisions[-1].meeting.date
    if agenda_items:
        return max(item.meeting.date for item in agenda_items)
    return timezone.localdate(consultation.created_at)


def internal_consultation(consultation: Consultation) -> SourceDocument:
    pk = consultation.pk
    decisions = sorted(consultation.decisions.all(), key=lambda d: (d.meeting.date, d.pk))
    agenda_items = list(consultation.agenda_items.all())
    date = _native_date(consultation, decisions, agenda_items)
    outcome = _native_outcome(consultation, decisions)
    grounds = [g.name for g in consultation.grounds.all()]
    council = consultation.council
    meta = [
        s.META_INTERNAL,
        s.meta_council(council.pk),
        s.meta_department(consultation.department_id),
    ]
    if consultation.state == State.DECIDED:
        meta.append(s.META_DECIDED)
    if agenda_items:
        meta.append(s.meta_council_agenda(council.pk))
    _facets(meta, council.municipality_id, _fy(date), outcome, grounds)
    entries = [
        SourceEntry("title", f"c:{pk}:title", consultation.title),
        SourceEntry("title", f"c:{pk}:number", consultation.number_label),
        SourceEntry("body", f"c:{pk}:department", consultation.department.name),
    ]
    entries += [
        SourceEntry("body", f"c:{pk}:{name}", _section_text(consultation, name))
        for name in SECTION_NAMES
    ]
    utterances = sorted(consultation.utterances.all(), key=lambda u: (u.meeting_id, u.order))
    entries += [SourceEntry(ACT_FIELDS.get(u.act, "body"), f"u:{u.pk}", u.text) for u in utterances]
    entries += [SourceEntry("decision", f"d:{d.pk}", d.opinion) for d in decisions]
    for followup in consultation.followups.all():
        entries.append(SourceEntry("followup", f"f:{followup.pk}:what", followup.what))
        entries.append(SourceEntry("followup", f"f:{followup.pk}:report", followup.report))
    return SourceDocument(
        source=CONSULTATION,
        object_id=pk,
        audience=INTERNAL,
        title=consultation.title,
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


# --- imported minutes --------------------------------------------------------------------

_ITEM_FIELDS = (
    "id",
    "kind",
    "number",
    "title",
    "department",
    "grounds",
    "outcome",
    "opinion",
    "followups",
    "meeting__date",
    "meeting__municipality_id",
    "meeting__municipality__name",
)


def imported_documents(
    ids: Iterable[int] | None = None, *, chunk: int = 500
) -> Iterator[SourceDocument]:
    """Imported items for the staff (imported minutes are never published here).

    Read in chunks of items with their utterances, so a national corpus streams in constant
    memory.
    """
    items = ImportedItem.objects.filter(kind__in=IMPORTED_KINDS).order_by("pk")
    if ids is not None:
        items = items.filter(pk__in=list(ids))
    last = 0
    while True:
        rows = list(items.filter(pk__gt=last).values_list(*_ITEM_FIELDS)[:chunk])
        if not rows:
            return
        last = rows[-1][0]
        turns: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
        utterances = (
            ImportedUtterance.objects.filter(item_id__gte=rows[0][0], item_id__lte=last)
            .order_by("item_id", "order")
            .values_list("item_id", "id", "act", "text")
        )
        for item_id, pk, act, text in utterances.iterator(chunk_size=5000):
            turns[item_id].append((pk, act, text))
        for row in rows:
            yield _imported_document(row, turns.get(row[0], []))


def _imported_document(row, turns) -> SourceDocument:
    (pk, _kind, number, title, department, grounds, outcome, opinion, followups, date,
     municipality_id, municipality) = row  # fmt: skip
    grounds = [str(g) for g in grounds or []]
    meta = _facets([s.META_INTERNAL, s.META_IMPORTED], municipality_id, _fy(date), outcome, grounds)
    entries = [
        SourceEntry("title", f"i:{pk}:title", title),
        SourceEntry("title", f"i:{pk}:number", number),
        SourceEntry("body", f"i:{pk}:department", department),
        SourceEntry("decision", f"i:{pk}:opinion", opinion),
    ]
    entries += [
        SourceEntry("followup", f"i:{pk}:followups:{n}", str(text))
        for n, text in enumerate(followups or [])
    ]
    entries += [
        SourceEntry(ACT_FIELDS.get(act, "body"), f"iu:{upk}", text) for upk, act, text in turns
    ]
    return SourceDocument(
        source=IMPORTED,
        object_id=pk,
        audience=INTERNAL,
        title=title,
        municipality_id=municipality_id,
        municipality=municipality,
        number=number,
        department=department,
        date=date,
        fiscal_year=_fy(date),
        outcome=outcome,
        grounds=grounds,
        meta=meta,
        entries=entries,
    )


def meeting_documents(ids: Iterable[int] | None = None) -> Iterator[SourceDocument]:
    """Each imported meeting, with the text of its file outside its items (see _unplaced)."""
    from shingikai.minutes.models import ImportedMeeting

    # The file's parse (a JSON copy of its items and turns) is not read: the document takes
    # the file's text and the items' rows.
    meetings = (
        ImportedMeeting.objects.select_related("source", "municipality")
        .defer("source__parsed")
        .order_by("pk")
    )
    if ids is not None:
        meetings = meetings.filter(pk__in=list(ids))
    for batch in batched(meetings.iterator(chunk_size=50), 50):
        yield from _meeting_batch(batch)


def _meeting_batch(meetings: list) -> Iterator[SourceDocument]:
    # The placed texts of fifty meetings in two queries, not two per meeting (building the
    # queries cost more than running them).
    placed = _placed_texts_of([m.pk for m in meetings if (m.source.text or "").strip()])
    for meeting in meetings:
        yield _meeting_document(meeting, placed.get(meeting.pk, []))


def _placed_texts_of(meeting_ids: list[int]) -> dict[int, list[str]]:
    """The indexed texts of the items of each meeting (see _unplaced)."""
    texts: dict[int, list[str]] = defaultdict(list)
    if not meeting_ids:
        return texts
    items = ImportedItem.objects.filter(meeting_id__in=meeting_ids, kind__in=IMPORTED_KINDS)
    for meeting_id, number, title, opinion, followups in items.values_list(
        "meeting_id", "number", "title", "opinion", "followups"
    ):
        texts[meeting_id] += [number, title, opinion, *(str(f) for f in followups or [])]
    for meeting_id, text in ImportedUtterance.objects.filter(item__in=items).values_list(
        "item__meeting_id", "text"
    ):
        texts[meeting_id].append(text)
    return texts


def _placed_texts(meeting) -> list[str]:
    return _placed_texts_of([meeting.pk]).get(meeting.pk, [])


def unplaced(meeting, placed: list[str] | None = None) -> list[str]:
    """The passages of the meeting's file that no item holds; `placed`, its items' texts
    when the caller has read them already (a file of blank lines has none, unread)."""
    from shingikai.search._unplaced import passages

    source_text = meeting.source.text or ""
    if not source_text.strip():
        return []
    return passages(source_text, _placed_texts(meeting) if placed is None else placed)


def _meeting_document(meeting, placed: list[str]) -> SourceDocument:
    # Every meeting has its document, if only its name, so that catching up can tell a
    # meeting indexed with nothing outside its items from one not indexed yet.
    found = unplaced(meeting, placed)
    pk, date = meeting.pk, meeting.date
    meta = _facets([s.META_INTERNAL, s.META_IMPORTED], meeting.municipality_id, _fy(date), "", [])
    title = f"{meeting.council_name} {meeting.title}".strip() or meeting.source.name
    # The meeting's name counts as body text: it is no precedent's subject.
    entries = [SourceEntry("body", f"m:{pk}:title", title)]
    entries += [SourceEntry("body", f"m:{pk}:{n}", text) for n, text in enumerate(found)]
    return SourceDocument(
        source=MEETING,
        object_id=pk,
        audience=INTERNAL,
        title=title,
        municipality_id=meeting.municipality_id,
        municipality=meeting.municipality.name,
        date=date,
        fiscal_year=_fy(date),
        meta=meta,
        entries=entries,
    )


def documents_for(keys: Iterable[tuple[str, int]]) -> list[SourceDocument]:
    by_source: dict[str, set[int]] = defaultdict(set)
    for source, pk in keys:
        by_source[source].add(pk)
    found = []
    if by_source[CONSULTATION]:
        found += consultation_documents(by_source[CONSULTATION])
    if by_source[IMPORTED]:
        found += imported_documents(by_source[IMPORTED])
    if by_source[MEETING]:
        found += meeting_documents(by_source[MEETING])
    return found


def all_documents() -> Iterator[SourceDocument]:
    yield from consultation_documents()
    yield from imported_documents()
    yield from meeting_documents()


def source_counts() -> dict[str, int]:
    return {
        CONSULTATION: Consultation.objects.count(),
        IMPORTED: ImportedItem.objects.filter(kind__in=IMPORTED_KINDS).count(),
    }


def meeting_ids() -> set[int]:
    from shingikai.minutes.models import ImportedMeeting

    return set(ImportedMeeting.objects.values_list("pk", flat=True))


# --- from references back to text -------------------------------------------------------


def resolve(refs: Iterable[str], audience: str) -> dict[str, str]:
    """The current text of each reference, as the audience may read it."""
    wanted: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for ref in refs:
        kind, pk, *rest = ref.split(":")
        wanted[kind].append((ref, [pk, *rest]))
    texts: dict[str, str] = {}
    public = audience == PUBLIC
    if wanted["c"]:
        objects = Consultation.objects.select_related("department").in_bulk(
            {int(p[0]) for _, p in wanted["c"]}
        )
        for ref, (pk, name) in wanted["c"]:
            consultation = objects.get(int(pk))
            if consultation is None:
                continue
            if name == "number":
                texts[ref] = consultation.number_label
            elif name == "department":
                texts[ref] = consultation.department.name
            elif public:
                texts[ref] = _public.section(consultation, name)
            else:
                texts[ref] = (
                    _section_text(consultation, name) if name != "title" else consultation.title
                )
    for kind, model, attribute in (("u", Utterance, "text"), ("d", Decision, "opinion")):
        if wanted[kind]:
            objects = model.objects.in_bulk({int(p[0]) for _, p in wanted[kind]})
            for ref, (pk,) in wanted[kind]:
                obj = objects.get(int(pk))
                if obj is not None:
                    texts[ref] = _public.text(obj, attribute) if public else getattr(obj, attribute)
    if wanted["f"] and not public:
        objects = FollowUp.objects.in_bulk({int(p[0]) for _, p in wanted["f"]})
        for ref, (pk, name) in wanted["f"]:
            obj = objects.get(int(pk))
            if obj is not None:
                texts[ref] = getattr(obj, name)
    if wanted["i"] and not public:
        objects = ImportedItem.objects.in_bulk({int(p[0]) for _, p in wanted["i"]})
        for ref, (pk, name, *index) in wanted["i"]:
            item = objects.get(int(pk))
            if item is None:
                continue
            if name == "followups":
                values = item.followups or []
                position = int(index[0])
                texts[ref] = str(values[position]) if position < len(values) else ""
            else:
                texts[ref] = getattr(item, name) or ""
    if wanted["m"] and not public:
        from shingikai.minutes.models import ImportedMeeting

        meetings = ImportedMeeting.objects.select_related("source").in_bulk(
            {int(p[0]) for _, p in wanted["m"]}
        )
        passages: dict[int, list[str]] = {}
        for ref, (pk, name) in wanted["m"]:
            meeting = meetings.get(int(pk))
            if meeting is None:
                continue
            if name == "title":
                texts[ref] = f"{meeting.council_name} {meeting.title}".strip()
                continue
            if meeting.pk not in passages:
                passages[meeting.pk] = unplaced(meeting)
            found = passages[meeting.pk]
            texts[ref] = found[int(name)] if int(name) < len(found) else ""
    if wanted["iu"] and not public:
        # Most snippets are utterances: their text alone, in plain SQL (a first page needs
        # forty; the ORM would take longer than the read).
        ids = sorted({int(p[0]) for _, p in wanted["iu"]})
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id, text FROM {ImportedUtterance._meta.db_table} "
                f"WHERE id IN ({', '.join(['%s'] * len(ids))})",
                ids,
            )
            found = dict(cursor.fetchall())
        for ref, (pk,) in wanted["iu"]:
            if int(pk) in found:
                texts[ref] = found[int(pk)]
    return texts
