"""Corrections to the meeting record keep their history: who, when, before and after; a
published meeting is withdrawn, corrected and published again."""

from __future__ import annotations

import pytest
from django.test import Client

from shingikai.consultations.models import Outcome, StateChange
from shingikai.documents import context, lifecycle
from shingikai.documents import services as documents
from shingikai.documents.tests.factories import confirmed_minutes, decided, held_meeting
from shingikai.meetings import corrections
from shingikai.meetings.errors import MeetingError
from shingikai.publication import api


@pytest.fixture
def held(world):
    meeting = held_meeting(world)
    consultation, decision = decided(world, meeting)
    return meeting, consultation, decision


def test_a_turn_is_corrected_with_before_and_after(world, held):
    meeting, consultation, _decision = held
    turn = consultation.utterances.get(order=1)
    corrections.edit_turn(
        turn, world.alice, speaker="委員2", role="member", act="question", text="訂正した質問"
    )
    turn.refresh_from_db()
    assert (turn.speaker, turn.text) == ("委員2", "訂正した質問")
    change = meeting.changes.get(target_type="turn", action="edit")
    assert change.actor == world.alice and change.at is not None
    assert change.before == {
        "speaker": "委員1",
        "role": "chair",
        "text": "委託終了後のデータ消去は、どのように確認するのか。",
    }
    assert change.after == {"speaker": "委員2", "role": "member", "text": "訂正した質問"}


def test_turns_are_reordered_and_deleted_with_history(world, held):
    meeting, consultation, _decision = held
    first, second = consultation.utterances.order_by("order")
    corrections.move_turn(second, corrections.UP, world.alice)
    assert list(consultation.utterances.order_by("order")) == [second, first]
    corrections.move_turn(second, corrections.UP, world.alice)  # already first: nothing
    corrections.delete_turn(first, world.alice)
    assert list(consultation.utterances.all()) == [second]
    actions = list(meeting.changes.values_list("action", "target_type"))
    assert actions == [("reorder", "turn"), ("delete", "turn")]
    deleted = meeting.changes.get(action="delete")
    assert deleted.before["text"].startswith("委託終了後") and deleted.after == {}


def test_a_decision_is_corrected_and_the_consultation_follows(world, held):
    meeting, consultation, decision = held
    corrections.edit_decision(decision, world.alice, outcome=Outcome.CONTINUED, opinion="")
    consultation.refresh_from_db()
    assert consultation.state == "continued"
    change = meeting.changes.get(target_type="decision")
    assert change.before["outcome"] == "approved_with_opinion"
    assert change.after == {"outcome": "continued", "opinion": ""}
    assert StateChange.objects.filter(
        consultation=consultation, from_state="decided", to_state="continued"
    ).exists()
    corrections.delete_decision(decision, world.alice)
    consultation.refresh_from_db()
    assert consultation.state == "on_agenda" and not consultation.decisions.exists()


def test_follow_ups_and_agenda_items_are_corrected(world, held):
    meeting, consultation, _decision = held
    followup = consultation.followups.get()
    corrections.edit_followup(followup, world.alice, what="運用規程を報告すること。")
    assert meeting.changes.get(target_type="followup").after == {"what": "運用規程を報告すること。"}
    item = meeting.items.get()
    with pytest.raises(MeetingError):  # turns and a decision are recorded on it
        corrections.delete_item(item, world.alice)
    from shingikai.consultations import services

    other = services.add_agenda_item(meeting, "other", "その他の連絡")
    corrections.edit_item(other, world.alice, title="事務局からの連絡")
    corrections.move_item(other, corrections.UP, world.alice)
    assert list(meeting.items.values_list("title", flat=True))[0] == "事務局からの連絡"
    corrections.delete_item(other, world.alice)
    assert [c.action for c in meeting.changes.filter(target_type="agenda_item")] == [
        "edit",
        "reorder",
        "delete",
    ]
    corrections.delete_followup(followup, world.alice)
    assert not consultation.followups.exists()


def test_after_publication_a_decision_is_withdrawn_corrected_and_republished(world, held):
    meeting, consultation, decision = held
    documents.save_minutes(meeting, context.draft_text(meeting), "verbatim", world.alice)
    confirmed_minutes(world, meeting)
    lifecycle.publish(meeting, world.alice)
    with pytest.raises(MeetingError):
        corrections.edit_decision(decision, world.alice, outcome=Outcome.APPROVED, opinion="")
    lifecycle.withdraw(meeting, world.alice, "答申の記録誤り")
    corrections.edit_decision(decision, world.alice, outcome=Outcome.APPROVED, opinion="")
    lifecycle.publish(meeting, world.alice)
    assert api.is_published(meeting)
    decision.refresh_from_db()
    assert decision.outcome == "approved"
    assert meeting.changes.get(target_type="decision").before["outcome"] == (
        "approved_with_opinion"
    )


def test_the_record_page_corrects_and_shows_the_history(world, held):
    meeting, consultation, decision = held
    alice = Client()
    alice.force_login(world.alice)
    response = alice.post(
        f"/meetings/{meeting.pk}/record/decisions/{decision.pk}/",
        {f"d{decision.pk}-outcome": "approved", f"d{decision.pk}-opinion": ""},
        follow=True,
    )
    page = response.content.decode()
    assert "approved_with_opinion" in page  # the history shows the value before
    decision.refresh_from_db()
    assert decision.outcome == "approved"
    bad = alice.post(
        f"/meetings/{meeting.pk}/record/decisions/{decision.pk}/",
        {f"d{decision.pk}-outcome": "conditional", f"d{decision.pk}-opinion": ""},
        follow=True,
    )
    assert "附帯意見又は条件" in bad.content.decode() or "条件" in bad.content.decode()
    decision.refresh_from_db()
    assert decision.outcome == "approved"
    dave = Client()
    dave.force_login(world.dave)
    assert dave.get(f"/meetings/{meeting.pk}/record/").status_code == 403
