"""Materials (事前送付 / 席上配付) and members' advance questions (事前質問): asked before the
meeting, answered by the department, compiled into a 席上配付 PDF, recorded as turns."""

from __future__ import annotations

import datetime

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from shingikai.accounts.models import User
from shingikai.consultations.models import Consultation, Utterance
from shingikai.meetings import access
from shingikai.meetings.errors import MeetingError
from shingikai.meetings.models import AdvanceQuestion, Material, Meeting

COMPILED_TITLE = "事前質問及び回答"


@transaction.atomic
def add_material(
    meeting: Meeting,
    actor: User,
    *,
    title: str,
    distribution: str,
    sent_on: datetime.date | None = None,
    file=None,
) -> Material:
    if distribution == Material.Distribution.ADVANCE and sent_on is None:
        raise MeetingError(_("Give the date the material was sent to the members."))
    if distribution == Material.Distribution.ON_THE_DAY:
        sent_on = None
    material = Material(
        meeting=meeting, title=title, distribution=distribution, sent_on=sent_on, added_by=actor
    )
    if file:
        material.file = file
    material.save()
    return material


@transaction.atomic
def ask(
    meeting: Meeting,
    consultation: Consultation,
    member: User,
    text: str,
    today: datetime.date | None = None,
) -> AdvanceQuestion:
    """A member asks before the meeting, about a consultation on its agenda."""
    if not access.can_ask_questions(member, meeting):
        raise MeetingError(_("Only the council's members ask advance questions."))
    if not meeting.items.filter(consultation=consultation).exists():
        raise MeetingError(_("The consultation is not on this meeting's agenda."))
    if meeting.date < (today or timezone.localdate()):
        raise MeetingError(_("Advance questions are asked before the meeting."))
    if not text.strip():
        raise MeetingError(_("Write the question."))
    return AdvanceQuestion.objects.create(
        meeting=meeting, consultation=consultation, asked_by=member, text=text.strip()
    )


@transaction.atomic
def answer(question: AdvanceQuestion, actor: User, text: str) -> AdvanceQuestion:
    locked = AdvanceQuestion.objects.select_for_update().get(pk=question.pk)
    if not access.can_answer_question(actor, locked):
        raise MeetingError(_("Only the consultation's department or the secretariat answers."))
    if not text.strip():
        raise MeetingError(_("Write the answer."))
    locked.answer, locked.answered_by, locked.answered_at = text.strip(), actor, timezone.now()
    locked.save(update_fields=["answer", "answered_by", "answered_at"])
    return locked


def questions_context(meeting: Meeting) -> dict:
    from shingikai.documents.context import consultation_heading
    from shingikai.lib import wareki

    groups = []
    questions = meeting.questions.select_related("consultation__department", "asked_by")
    for item in meeting.items.filter(consultation__isnull=False).select_related(
        "consultation__department"
    ):
        rows = [q for q in questions if q.consultation_id == item.consultation_id]
        if rows:
            heading = consultation_heading(item.consultation, public=False)
            groups.append({"heading": heading, "questions": rows})
    return {
        "title": f"{meeting.title}{meeting.council.name} {COMPILED_TITLE}",
        "date": wareki.format_date(meeting.date, weekday=True),
        "groups": groups,
    }


@transaction.atomic
def compile_questions(meeting: Meeting, actor: User) -> Material:
    """The questions and answers as one PDF, handed out at the meeting (席上配付)."""
    from shingikai.lib.pdf import render_pdf

    locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if not locked.questions.exists():
        raise MeetingError(_("No advance questions have been asked."))
    pdf = render_pdf("meetings/pdf/questions.html", questions_context(locked))
    material = locked.materials.filter(compiled_questions=True).first() or Material(
        meeting=locked,
        title=COMPILED_TITLE,
        distribution=Material.Distribution.ON_THE_DAY,
        compiled_questions=True,
        added_by=actor,
    )
    material.file.save(f"{locked.title}{COMPILED_TITLE}.pdf", ContentFile(pdf), save=False)
    material.save()
    return material


@transaction.atomic
def record_as_turns(question: AdvanceQuestion, actor: User) -> Utterance:
    """The question (and its answer) into the deliberation, as said at the meeting."""
    from shingikai.consultations import services

    locked = AdvanceQuestion.objects.select_for_update().get(pk=question.pk)
    if locked.turn_id:
        raise MeetingError(_("This question is already recorded as a turn."))
    turn = services.record_utterance(
        locked.consultation,
        locked.meeting,
        speaker=str(locked.asked_by),
        role=Utterance.Role.MEMBER,
        act=Utterance.Act.QUESTION,
        text=locked.text,
    )
    if locked.answer:
        services.record_utterance(
            locked.consultation,
            locked.meeting,
            speaker=str(locked.consultation.department),
            role=Utterance.Role.DEPARTMENT,
            act=Utterance.Act.ANSWER,
            text=locked.answer,
        )
    locked.turn = turn
    locked.save(update_fields=["turn"])
    return turn
