"""The content of council documents as plain values, shared by the PDF and DOCX builders.

Every free text goes through publication.api.text_for: the public version of a document
gets the redacted text, the secretariat's version the full text.  Documents are Japanese
official papers, so their fixed wording is Japanese, as in the samples.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db.models import Q
from django.utils import timezone

from shingikai.consultations import sections
from shingikai.consultations.models import Consultation, Decision, FollowUp
from shingikai.councils import vocabulary
from shingikai.councils.models import Member
from shingikai.documents import proceedings
from shingikai.documents.models import MeetingMinutes, MinutesSettings
from shingikai.lib import wareki
from shingikai.meetings.models import AgendaItem, Attendance, Meeting, StaffAttendance
from shingikai.publication.api import text_for

ROLE_TITLES = {
    Member.Role.CHAIR: "会長",
    Member.Role.DEPUTY: "会長職務代理",
    Member.Role.MEMBER: "委員",
}
KIND_HEADINGS = {
    AgendaItem.Kind.CONFIRMATION: "確認事項",
    AgendaItem.Kind.CONSULTATION: "諮問事項",
    AgendaItem.Kind.REPORT: "報告事項",
    AgendaItem.Kind.OTHER: "その他",
}


def time_range(meeting: Meeting) -> str:
    start = wareki.format_time(meeting.start_time, twelve_hour=True)
    end = wareki.format_time(meeting.end_time, twelve_hour=True) if meeting.end_time else ""
    return f"{start}～{end}"


def consultation_heading(consultation: Consultation, *, public: bool) -> str:
    title = text_for(consultation, "title", public=public)
    number = f"{consultation.number_label}" if consultation.number_label else ""
    return f"{number}「{title}」（{consultation.department}）"


def _staff(person: StaffAttendance, public: bool) -> str:
    position = text_for(person, "position", public=public)
    return f"{position} {text_for(person, 'name', public=public)}".strip()


def _title(meeting: Meeting, member: Member) -> str:
    # The deputy's title is the council's own (副会長 / 会長職務代理者).
    if member.role == Member.Role.DEPUTY and meeting.council.deputy_title:
        return meeting.council.deputy_title
    return ROLE_TITLES[member.role]


def _attendance_note(attendance: Attendance | None) -> str:
    """（Web参加・午後2時30分から出席・午後3時10分退席）as the minutes write it."""
    if attendance is None:
        return ""
    notes = []
    if attendance.mode == Attendance.Mode.WEB:
        notes.append("Web参加")
    if attendance.arrived_at:
        notes.append(f"{wareki.format_time(attendance.arrived_at, twelve_hour=True)}から出席")
    if attendance.left_at:
        notes.append(f"{wareki.format_time(attendance.left_at, twelve_hour=True)}退席")
    return f"（{'・'.join(notes)}）" if notes else ""


def quorum_lines(meeting: Meeting) -> list[str]:
    """What the minutes say about the quorum: at the opening, and after each coming and going."""
    lines = []
    for change in meeting.quorum_changes():
        status = change.status
        met = "定足数を満たしている" if status.met else "定足数を満たしていない"
        at = wareki.format_time(change.at, twelve_hour=True)
        if change.kind == "open":
            lines.append(
                f"開会時、委員{status.in_office}人中{status.present}人が出席し、"
                f"{met}（定足数{status.required}人）。"
            )
        else:
            did = "退席" if change.kind == "leave" else "出席"
            lines.append(f"{at}、{change.member}委員{did}。出席{status.present}人で{met}。")
    return lines


def meeting_header(meeting: Meeting, *, public: bool) -> dict[str, Any]:
    in_office = list(meeting.council.members_in_office(meeting.date).order_by("role", "pk"))
    rows = {a.member_id: a for a in meeting.attendances.filter(present=True)}
    present = set(rows)
    staff = list(meeting.staff.all())
    return {
        "council": meeting.council.name,
        "name": f"{meeting.title}{meeting.council.name}",
        "title": meeting.title,
        "date": wareki.format_date(meeting.date, weekday=True),
        "time": time_range(meeting),
        "place": text_for(meeting, "place", public=public),
        "present": [
            f"{m.name} {_title(meeting, m)}{_attendance_note(rows.get(m.pk))}"
            for m in in_office
            if m.pk in present
        ],
        "quorum": quorum_lines(meeting) if in_office else [],
        "absent": [f"{m.name} {_title(meeting, m)}" for m in in_office if m.pk not in present],
        "secretariat": [
            _staff(s, public) for s in staff if s.kind == StaffAttendance.Kind.SECRETARIAT
        ],
        "explainers": [
            _staff(s, public) for s in staff if s.kind == StaffAttendance.Kind.EXPLAINER
        ],
        "public_attendance": "傍聴可" if meeting.public_attendance else "傍聴不可",
        "closed_reason": text_for(meeting, "closed_reason", public=public),
        "observers": meeting.observers,
        "contact": text_for(meeting, "contact", public=public),
    }


def agenda(
    meeting: Meeting, *, public: bool, shows: Callable[[Consultation], bool] = lambda c: True
) -> list[dict[str, Any]]:
    """会議次第 grouped by kind; `shows` leaves out consultations the reader may not see."""
    items = [
        item
        for item in meeting.items.select_related("consultation__department")
        if not item.consultation_id or shows(item.consultation)
    ]
    groups = []
    for kind, heading in KIND_HEADINGS.items():
        lines = [_agenda_line(item, public=public) for item in items if item.kind == kind]
        if kind == AgendaItem.Kind.REPORT:
            lines += [
                f"{r.title}（{r.department}）"
                for r in meeting.reports.filter(followup__isnull=True).select_related("department")
            ]
        if lines:
            groups.append({"heading": heading, "items": lines})
    return groups


def _agenda_line(item: AgendaItem, *, public: bool) -> str:
    if item.closed and public:
        # The public learns that a closed item was taken and why, never what it was.
        return f"非公開の議題（{text_for(item, 'closed_reason', public=public).strip()}）"
    line = text_for(item, "title", public=public)
    if item.consultation_id:
        line = consultation_heading(item.consultation, public=public)
    return f"{line}【非公開】" if item.closed else line


def agenda_followups(meeting: Meeting) -> list[str]:
    """Follow-ups on this agenda (open ones raised earlier, and those closed here)."""
    followups = FollowUp.objects.filter(
        council=meeting.council, raised_at__date__lt=meeting.date
    ).filter(Q(status=FollowUp.Status.OPEN) | Q(closed_at=meeting))
    return [f"{f.what}（{f.owner}）" for f in followups.select_related("owner")]


def agenda_context(
    meeting: Meeting, shows: Callable[[Consultation], bool] = lambda c: True
) -> dict[str, Any]:
    consultations = [
        item.consultation
        for item in meeting.items.filter(consultation__isnull=False).select_related(
            "consultation__department"
        )
        if shows(item.consultation)
    ]
    return {
        "header": meeting_header(meeting, public=False),
        "agenda": agenda(meeting, public=False, shows=shows),
        "followups": agenda_followups(meeting),
        "materials": [
            f"資料{i} {consultation_heading(c, public=False)} 諮問書"
            for i, c in enumerate(consultations, start=1)
        ]
        + [_material_line(m) for m in meeting.materials.all()],
    }


def _material_line(material) -> str:
    if material.sent_on:
        return f"{material.title}（{wareki.format_date(material.sent_on)}事前送付）"
    return f"{material.title}（席上配付）"


def consultation_sections(consultation: Consultation, *, public: bool) -> list[dict[str, Any]]:
    """The sections its grounds ask for, and only those (consultations/sections.py)."""

    def value_of(obj: Consultation, name: str) -> str:
        return text_for(obj, name, public=public)

    return [
        {
            "heading": section["heading"],
            "rows": [
                {"label": str(label), "value": value or "—"} for label, value in section["rows"]
            ],
        }
        for section in sections.display(consultation, value_of)
    ]


def consultation_context(consultation: Consultation, *, public: bool) -> dict[str, Any]:
    return {
        "number": consultation.number_label,
        "title": text_for(consultation, "title", public=public),
        "department": str(consultation.department),
        "grounds": [str(g) for g in consultation.grounds.all()],
        "sections": consultation_sections(consultation, public=public),
    }


def _chair(meeting: Meeting) -> str:
    chair = meeting.council.members_in_office(meeting.date).filter(role=Member.Role.CHAIR).first()
    return chair.name if chair else ""


def _submitted_on(consultation: Consultation):
    # 諮問日 in Japan time; a draft never submitted falls back to its creation day.
    return consultation.consultation_date or timezone.localtime(consultation.created_at).date()


def answer_context(decision: Decision, *, public: bool) -> dict[str, Any]:
    """答申書: the council's formal answer to the head of the municipality."""
    consultation = decision.consultation
    meeting = decision.meeting
    title = text_for(consultation, "title", public=public)
    opinion = text_for(decision, "opinion", public=public)
    council = consultation.council
    submitted = wareki.format_date(_submitted_on(consultation))
    return {
        "document_number": vocabulary.document_number(
            council.answer_number_format,
            era_year=wareki.era_year(meeting.date)[1],
            number=consultation.number,
        ),
        "intro": vocabulary.answer_intro(
            council.answer_intro, date=submitted, number=consultation.number_label, title=title
        ),
        "date": wareki.format_date(meeting.date),
        "addressee": f"{consultation.council.municipality.name}長",
        "council": consultation.council.name,
        "chair": _chair(meeting),
        "subject": f"{consultation.number_label}「{title}」について（答申）".strip(),
        "submitted": submitted,
        "number": consultation.number_label,
        "title": title,
        "department": str(consultation.department),
        "grounds": "、".join(str(g) for g in consultation.grounds.all()) or "—",
        "outcome": decision.answer_wording,
        "opinion_heading": proceedings.OPINION_HEADINGS.get(decision.outcome, "意見"),
        "opinion": opinion,
        "meeting": f"{meeting.title}{meeting.council.name}（{wareki.format_date(meeting.date)}）",
    }


def _report_item(report) -> proceedings.Item:
    """A report item (報告事項) with its turns, acknowledgement and follow-ups."""
    return proceedings.Item(
        kind="report",
        heading=f"{report.title}（{report.department}）",
        opinion=report.opinion,
        acknowledgement=report.acknowledgement,
        utterances=[proceedings.Utterance(t.speaker, t.role, t.text) for t in report.turns.all()],
        followups=[f"{f.what}（{f.owner}）" for f in report.followups.select_related("owner")],
    )


def draft_text(meeting: Meeting, style: str = proceedings.VERBATIM) -> str:
    """The proceedings drafted from what was recorded: agenda, utterances, decisions, in
    the style chosen (全文, 要点筆記 or 会議結果)."""
    items = []
    for item in meeting.items.select_related("consultation__department"):
        closed = {"closed": item.closed, "closed_reason": item.closed_reason}
        if not item.consultation_id:
            items.append(proceedings.Item(kind=item.kind, heading=item.title, **closed))
            continue
        consultation = item.consultation
        decision = consultation.decisions.filter(meeting=meeting).first()
        items.append(
            proceedings.Item(
                kind=item.kind,
                heading=consultation_heading(consultation, public=False),
                outcome=decision.outcome if decision else "",
                phrase=decision.answer_wording if decision else "",
                opinion=decision.opinion if decision else "",
                utterances=[
                    proceedings.Utterance(u.speaker, u.role, u.text)
                    for u in consultation.utterances.filter(meeting=meeting)
                ],
                followups=[
                    f"{f.what}（{f.owner}）"
                    for f in consultation.followups.filter(raised_at=meeting).select_related(
                        "owner"
                    )
                ],
                **closed,
            )
        )
    items += [_report_item(report) for report in meeting.reports.filter(followup__isnull=True)]
    closed = [
        proceedings.ClosedFollowUp(f.what, str(f.owner), f.report)
        for f in FollowUp.objects.filter(closed_at=meeting).select_related("owner")
    ]
    return proceedings.draft_proceedings(items, closed, style)


def minutes_context(meeting: Meeting, *, public: bool) -> dict[str, Any]:
    record = MeetingMinutes.objects.filter(meeting=meeting).first()
    if record is not None and public:
        text = public_proceedings(record)
    elif record is not None:
        text = text_for(record, "proceedings", public=public)
    else:
        # Nothing saved yet: the secretariat's copy shows the draft; the public never
        # reaches this (publishing needs saved minutes).
        text = "" if public else draft_text(meeting)
    return {
        "header": meeting_header(meeting, public=public),
        "agenda": agenda(meeting, public=public),
        "proceedings": text,
    }


def public_proceedings(record: MeetingMinutes) -> str:
    """The proceedings as the public reads them: withheld parts redacted, closed items cut.

    Fails closed: if the meeting has more closed items than the text has closed parts, or a
    redaction swallowed a marker, the whole proceedings are withheld.
    """
    from shingikai.meetings.closed import closed_items
    from shingikai.publication.api import MARKER

    raw = record.proceedings
    redacted = text_for(record, "proceedings", public=True)
    blocks = proceedings.closed_blocks(raw)
    if blocks is None or blocks < closed_items(record.meeting).count():
        return MARKER
    if proceedings.closed_blocks(redacted) != blocks:
        return MARKER
    text = proceedings.strip_closed(redacted)
    if not MinutesSettings.of(record.meeting.council).names_members:
        names = record.meeting.council.members_in_office(record.meeting.date)
        text = proceedings.anonymise(text, [m.name for m in names])
    return text
