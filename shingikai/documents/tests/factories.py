"""A meeting held and decided, as the documents and publication tests need it."""

from __future__ import annotations

import datetime

from shingikai.checklist.tests.drafts import COMPLETE
from shingikai.consultations import services
from shingikai.consultations.models import Consultation, Decision, Outcome, Utterance
from shingikai.councils.models import Member
from shingikai.meetings.models import Attendance, Meeting, StaffAttendance

MEETING_DATE = datetime.date(2024, 6, 10)  # 令和6年6月10日(月)
OPINION = (
    "なお、実施にあたっては、以下の意見に留意されたい。\n送信するメッセージに資料名を含めないこと。"
)


def held_meeting(world, *, number: int = 1, date: datetime.date = MEETING_DATE) -> Meeting:
    chair = world.members[0]
    chair.role = Member.Role.CHAIR
    chair.save()
    meeting = Meeting.objects.create(
        council=world.council,
        fiscal_year=2024,
        number=number,
        date=date,
        start_time=datetime.time(10),
        end_time=datetime.time(12, 19),
        place="本庁舎5階第1会議室",
        contact="総務課情報公開係 内線2317",
    )
    for i, member in enumerate(world.members):
        Attendance.objects.create(meeting=meeting, member=member, present=i != 4)
    StaffAttendance.objects.create(
        meeting=meeting,
        kind=StaffAttendance.Kind.SECRETARIAT,
        name="山根 一郎",
        position="総務課長",
    )
    return meeting


def decided(world, meeting: Meeting, **fields) -> tuple[Consultation, Decision]:
    consultation = world.consultation(**{**COMPLETE, **fields})
    services.submit(consultation, consultation.created_by)
    services.put_on_agenda(consultation, meeting, world.alice)
    services.record_utterance(
        consultation,
        meeting,
        speaker="委員1",
        role=Utterance.Role.CHAIR,
        act=Utterance.Act.QUESTION,
        text="委託終了後のデータ消去は、どのように確認するのか。",
    )
    services.record_utterance(
        consultation,
        meeting,
        speaker="佐藤 市民課長",
        role=Utterance.Role.DEPARTMENT,
        act=Utterance.Act.ANSWER,
        text="データ消去証明書の提出を求め、職員が確認いたします。",
    )
    decision = services.record_decision(
        consultation, meeting, Outcome.APPROVED_WITH_OPINION, OPINION, world.alice
    )
    services.raise_followup(
        meeting=meeting,
        owner=world.shimin,
        consultation=consultation,
        due="next_meeting",
        what="事業者の運用規程を次回報告すること。",
    )
    return consultation, decision


def confirmed_minutes(world, meeting: Meeting, actor=None):
    """Take saved minutes through 案 → sent → confirmed at a next meeting, as publishing
    from the screens needs; the next meeting is made when there is none yet."""
    from shingikai.documents import lifecycle
    from shingikai.documents.models import MeetingMinutes, MinutesSettings
    from shingikai.meetings import services as meeting_services

    actor = actor or world.alice
    record = MeetingMinutes.objects.get(meeting=meeting)
    later = (
        Meeting.objects.filter(council=meeting.council, date__gt=meeting.date)
        .order_by("date")
        .first()
    )
    if later is None:
        later = Meeting.objects.create(
            council=meeting.council,
            fiscal_year=meeting.fiscal_year,
            number=meeting.number + 50,
            date=meeting.date + datetime.timedelta(days=30),
            start_time=datetime.time(10),
            place="本庁舎5階第1会議室",
        )
    record = lifecycle.send(record, actor)
    if not later.items.filter(confirms=meeting).exists():
        meeting_services.add_confirmation_item(later, actor)
    record = lifecycle.confirm(record, later, actor)
    if MinutesSettings.of(meeting.council).uses_signers:
        # Where the council signs its minutes, the first member present signs them.
        signer = meeting.attendances.filter(present=True).order_by("pk").first().member
        lifecycle.designate_signer(record, signer, actor)
        record = lifecycle.sign(record, signer, actor)
    return record
