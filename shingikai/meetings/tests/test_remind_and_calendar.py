"""`shingikai remind` lists (--dry-run) and mails, through a real SMTP server on loopback,
what is coming due; members read the meetings in their calendar app through a private feed."""

from __future__ import annotations

import datetime
import email
import socket
from email.policy import default as default_policy
from io import StringIO

import pytest
from aiosmtpd.controller import Controller
from django.core.management import CommandError, call_command
from django.test import Client
from icalendar import Calendar

from shingikai.consultations import services
from shingikai.consultations.models import FollowUp
from shingikai.documents import lifecycle
from shingikai.documents import services as documents
from shingikai.documents.tests.factories import decided, held_meeting
from shingikai.meetings import materials
from shingikai.meetings.calendar import feed_url
from shingikai.meetings.models import Meeting

TODAY = datetime.date(2024, 6, 20)


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=default_policy)
        self.messages.append((envelope.rcpt_tos, message))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp(settings):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    yield inbox
    controller.stop()


@pytest.fixture
def due_things(world, time_machine):
    """A follow-up due at the next meeting, an unanswered question, minutes sent for checking."""
    time_machine.move_to(datetime.datetime(2024, 6, 1, 9))
    world.bob.email, world.alice.email = "bob@city.example.jp", "alice@city.example.jp"
    world.bob.save()
    world.alice.save()
    held = held_meeting(world)  # 2024-06-10
    decided(world, held)
    record = documents.save_minutes(held, "（1）開会", "summary", world.alice)
    lifecycle.send(record, world.alice)
    upcoming = Meeting.objects.create(
        council=world.council,
        fiscal_year=2024,
        number=2,
        date=datetime.date(2024, 6, 24),
        start_time=datetime.time(14),
        place="第1会議室",
    )
    consultation = world.consultation(title="図書館の督促")
    services.submit(consultation, world.bob)
    services.put_on_agenda(consultation, upcoming, world.alice)
    world.dave.council = world.council
    world.dave.save()
    materials.ask(upcoming, consultation, world.dave, "保存期間の根拠は何か。")
    return upcoming


def test_dry_run_lists_and_sends_nothing(world, due_things, smtp):
    out = StringIO()
    call_command("remind", "--dry-run", "--date", TODAY.isoformat(), stdout=out)
    text = out.getvalue()
    assert "To: bob@city.example.jp" in text and "To: alice@city.example.jp" in text
    assert "事業者の運用規程を次回報告すること。" in text  # the follow-up, due at the 24th
    assert "保存期間の根拠は何か。" in text  # the unanswered question
    assert "令和6年度第1回の会議録（案）が確認待ち" in text
    assert "2 mail(s) would be sent (dry run)." in text
    assert smtp.messages == []


def test_the_mail_goes_through_the_smtp_server(world, due_things, smtp):
    out = StringIO()
    call_command("remind", "--date", TODAY.isoformat(), stdout=out)
    assert "2 mail(s) sent." in out.getvalue()
    by_rcpt = {tuple(rcpt): message for rcpt, message in smtp.messages}
    bob = by_rcpt[("bob@city.example.jp",)]
    assert "【個人情報保護審議会】対応が必要な事項のお知らせ（2件）" in str(bob["Subject"])
    body = bob.get_content()
    assert "宿題事項「事業者の運用規程を次回報告すること。」" in body
    assert "保存期間の根拠は何か。" in body
    assert "会議録" not in body  # confirmation is the secretariat's business
    assert "確認待ち" in by_rcpt[("alice@city.example.jp",)].get_content()


def test_nothing_is_due_when_the_loops_are_closed(world, due_things, smtp):
    FollowUp.objects.update(status=FollowUp.Status.CLOSED)
    due_things.questions.update(answer="法令に基づく。")
    out = StringIO()
    call_command("remind", "--dry-run", "--date", TODAY.isoformat(), stdout=out)
    assert "To: bob@" not in out.getvalue()


def test_bad_arguments_are_refused_in_english(world):
    with pytest.raises(CommandError, match="not a date"):
        call_command("remind", "--date", "令和6年")


def test_a_member_reads_the_meetings_in_a_calendar_app(world, due_things):
    world.dave.council = world.council
    world.dave.save()
    response = Client().get(feed_url(world.dave))  # no session: the token is the key
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = [c for c in calendar.walk("VEVENT")]
    assert [str(e["summary"]) for e in events] == [
        "テスト市個人情報保護審議会 令和6年度第1回",
        "テスト市個人情報保護審議会 令和6年度第2回",
    ]
    start = events[1].decoded("dtstart")
    assert (start.date(), start.hour, start.utcoffset()) == (
        datetime.date(2024, 6, 24),
        14,
        datetime.timedelta(hours=9),
    )
    assert Client().get("/meetings/calendar/forged.ics").status_code == 404
