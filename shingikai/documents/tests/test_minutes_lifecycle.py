"""The minutes' lifecycle, one test per state change: 案 → sent → confirmed at the next
meeting → signed (where the council signs) → published; withdrawn → corrected → published
again. Each change writes a history row with who, when and from/to."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client

from shingikai.documents import context, lifecycle
from shingikai.documents import services as documents
from shingikai.documents.models import MeetingMinutes, MinutesSettings
from shingikai.documents.tests.factories import decided, held_meeting
from shingikai.meetings import services as meeting_services
from shingikai.meetings.errors import MeetingError
from shingikai.publication import api
from shingikai.publication.services import PublicationError


@pytest.fixture
def meeting(world):
    meeting = held_meeting(world)
    decided(world, meeting)
    documents.save_minutes(
        meeting, context.draft_text(meeting), MeetingMinutes.Style.VERBATIM, world.alice
    )
    return meeting


@pytest.fixture
def next_meeting(world):
    return held_meeting(world, number=2, date=datetime.date(2024, 7, 8))


def _minutes(meeting) -> MeetingMinutes:
    return MeetingMinutes.objects.get(meeting=meeting)


def test_saving_creates_a_draft_with_history(world, meeting):
    record = _minutes(meeting)
    assert record.state == "draft"
    first = record.history.get()
    assert (first.action, first.actor, first.to_state) == ("create", world.alice, "draft")
    documents.save_minutes(meeting, "訂正後の本文", "verbatim", world.alice)
    edit = record.history.last()
    assert edit.action == "edit" and edit.after["proceedings"] == "訂正後の本文"
    assert edit.before["proceedings"].startswith("（1）開会")


def test_draft_is_sent_to_the_members(world, meeting):
    record = lifecycle.send(_minutes(meeting), world.alice)
    assert record.state == "sent" and record.sent_at is not None
    row = record.history.last()
    assert (row.action, row.from_state, row.to_state, row.actor) == (
        "send",
        "draft",
        "sent",
        world.alice,
    )
    with pytest.raises(MeetingError):
        lifecycle.send(record, world.alice)


def test_minutes_are_confirmed_only_under_an_agenda_item_of_a_later_meeting(
    world, meeting, next_meeting
):
    record = _minutes(meeting)
    with pytest.raises(MeetingError):  # still a draft
        lifecycle.confirm(record, next_meeting, world.alice)
    record = lifecycle.send(record, world.alice)
    with pytest.raises(MeetingError):  # not on the next meeting's agenda yet
        lifecycle.confirm(record, next_meeting, world.alice)
    item = meeting_services.add_confirmation_item(next_meeting, world.alice)
    assert (item.kind, item.confirms, item.title) == (
        "confirmation",
        meeting,
        "令和6年度第1回会議録（案）の確認",
    )
    record = lifecycle.confirm(record, next_meeting, world.alice)
    assert (record.state, record.confirmed_at) == ("confirmed", next_meeting)
    row = record.history.last()
    assert (row.from_state, row.to_state) == ("sent", "confirmed")


def test_signatories_sign_before_publication_where_the_council_signs(world, meeting, next_meeting):
    MinutesSettings.objects.create(council=world.council, uses_signers=True)
    record = lifecycle.send(_minutes(meeting), world.alice)
    meeting_services.add_confirmation_item(next_meeting, world.alice)
    record = lifecycle.confirm(record, next_meeting, world.alice)
    assert "署名委員" in lifecycle.publish_blocker(record)
    absent = world.members[4]  # held_meeting marks the fifth member absent
    with pytest.raises(MeetingError):
        lifecycle.designate_signer(record, absent, world.alice)
    first, second = world.members[1], world.members[2]
    lifecycle.designate_signer(record, first, world.alice)
    lifecycle.designate_signer(record, second, world.alice)
    record = lifecycle.sign(record, first, world.alice)
    assert record.state == "confirmed"
    with pytest.raises(PublicationError):
        lifecycle.publish(meeting, world.alice)
    with pytest.raises(MeetingError):
        lifecycle.sign(record, first, world.alice)
    record = lifecycle.sign(record, second, world.alice)
    assert record.state == "signed"
    assert record.history.last().to_state == "signed"
    lifecycle.publish(meeting, world.alice)
    assert api.is_published(meeting)
    assert lifecycle.display_state(record) == "published"


def test_publishing_from_the_screen_needs_confirmed_minutes(world, meeting, next_meeting):
    alice = Client()
    alice.force_login(world.alice)
    response = alice.post(f"/public/manage/{meeting.pk}/publish/", follow=True)
    assert "確認された後に公開" in response.content.decode()
    assert not api.is_published(meeting)
    alice.post(f"/documents/meetings/{meeting.pk}/minutes/send/")
    alice.post(f"/meetings/{next_meeting.pk}/agenda/confirmation/")
    item = next_meeting.items.get(kind="confirmation")
    alice.post(f"/documents/meetings/{next_meeting.pk}/confirm/{item.pk}/")
    assert _minutes(meeting).state == "confirmed"
    alice.post(f"/public/manage/{meeting.pk}/publish/", {"confirm": "on"})
    assert api.is_published(meeting)
    assert [h.action for h in _minutes(meeting).history.all()] == [
        "create",
        "send",
        "confirm",
        "publish",
    ]


def test_published_minutes_are_withdrawn_corrected_and_published_again(
    world, meeting, next_meeting
):
    record = lifecycle.send(_minutes(meeting), world.alice)
    meeting_services.add_confirmation_item(next_meeting, world.alice)
    lifecycle.confirm(record, next_meeting, world.alice)
    lifecycle.publish(meeting, world.alice)
    with pytest.raises(MeetingError):
        documents.save_minutes(meeting, "訂正", "verbatim", world.alice)
    lifecycle.withdraw(meeting, world.alice, "発言者の誤り")
    assert lifecycle.display_state(_minutes(meeting)) == "confirmed"
    documents.save_minutes(meeting, "訂正した会議録", "verbatim", world.alice)
    lifecycle.publish(meeting, world.alice)
    assert api.is_published(meeting)
    actions = [(h.action, h.note) for h in _minutes(meeting).history.all()]
    assert actions[-3:] == [("withdraw", "発言者の誤り"), ("edit", ""), ("publish", "")]


def test_the_style_changes_what_the_minutes_hold(world, meeting):
    verbatim = context.draft_text(meeting, "verbatim")
    summary = context.draft_text(meeting, "summary")
    result = context.draft_text(meeting, "result")
    assert "○委員1会長　委託終了後のデータ消去" in verbatim
    assert "・（会長）委託終了後のデータ消去" in summary and "委員1" not in summary
    assert "→（所管課）データ消去証明書" in summary
    assert "データ消去証明書の提出を求め" not in result
    assert "附帯意見を付して" in result


def test_a_council_may_show_members_as_iin_in_the_public_minutes(world, meeting, next_meeting):
    MinutesSettings.objects.create(council=world.council, names_members=False)
    record = _minutes(meeting)
    assert "委員1会長" in record.proceedings
    public = context.public_proceedings(record)
    assert "○会長　委託終了後のデータ消去" in public
    assert not any(m.name in public for m in world.members)
