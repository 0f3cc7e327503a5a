"""Report items (報告事項) as business: each action one function in one transaction.

A report has a department, materials, turns of questions and answers, an acknowledgement
(了承 / 報告承認 / 意見あり) with the council's opinions, follow-ups, and may point to the
earlier consultation it reports on.  A follow-up closed with a report becomes such an item.
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from shingikai.accounts.models import User
from shingikai.consultations.models import (
    Acknowledgement,
    Consultation,
    FollowUp,
    Report,
    ReportMaterial,
    ReportTurn,
)
from shingikai.councils.models import Department
from shingikai.meetings.models import Meeting


class ReportError(Exception):
    """A report action refused; the message is for the page (translated)."""


@transaction.atomic
def create_report(
    meeting: Meeting,
    *,
    department: Department,
    title: str,
    actor: User,
    summary: str = "",
    consultation: Consultation | None = None,
    followup: FollowUp | None = None,
) -> Report:
    if consultation is not None and consultation.council_id != meeting.council_id:
        raise ReportError(_("The consultation belongs to another council."))
    if department.municipality_id != meeting.council.municipality_id:
        raise ReportError(_("The department belongs to another municipality."))
    return Report.objects.create(
        council=meeting.council,
        meeting=meeting,
        department=department,
        title=title,
        summary=summary,
        consultation=consultation,
        followup=followup,
        created_by=actor,
    )


def report_for_followup(followup: FollowUp, meeting: Meeting, text: str, actor: User) -> Report:
    """The report that closes a follow-up, as an item of the meeting that hears it."""
    return create_report(
        meeting,
        department=followup.owner,
        # Agenda wording is Japanese, as on the council's own papers.
        title=f"宿題事項の報告：{followup.what[:200]}",
        summary=text,
        consultation=followup.consultation,
        followup=followup,
        actor=actor,
    )


@transaction.atomic
def add_turn(report: Report, *, speaker: str, role: str, act: str, text: str) -> ReportTurn:
    locked = Report.objects.select_for_update().get(pk=report.pk)
    top = locked.turns.aggregate(top=Max("order"))["top"]
    return ReportTurn.objects.create(
        report=locked, order=(top or 0) + 1, speaker=speaker, role=role, act=act, text=text
    )


@transaction.atomic
def acknowledge(report: Report, acknowledgement: str, opinion: str) -> Report:
    if acknowledgement not in Acknowledgement.values:
        raise ReportError(_("Choose how the council received the report."))
    if acknowledgement == Acknowledgement.OPINIONS and not opinion.strip():
        raise ReportError(_("Write the opinions of the council."))
    locked = Report.objects.select_for_update().get(pk=report.pk)
    locked.acknowledgement = acknowledgement
    locked.opinion = opinion.strip()
    locked.save(update_fields=["acknowledgement", "opinion"])
    report.acknowledgement, report.opinion = locked.acknowledgement, locked.opinion
    return locked


@transaction.atomic
def raise_followup(
    report: Report,
    *,
    owner: Department,
    what: str,
    due: str,
    due_date: datetime.date | None = None,
) -> FollowUp:
    """A follow-up the council asks for on a report; it joins the next agendas like any."""
    return FollowUp.objects.create(
        council=report.council,
        consultation=report.consultation,
        raised_at=report.meeting,
        raised_by_report=report,
        owner=owner,
        what=what,
        due=due,
        due_date=due_date,
    )


@transaction.atomic
def add_material(report: Report, *, title: str, upload, actor: User) -> ReportMaterial:
    return ReportMaterial.objects.create(report=report, title=title, file=upload, uploaded_by=actor)
