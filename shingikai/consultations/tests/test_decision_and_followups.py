import datetime

import pytest

from shingikai.consultations import services
from shingikai.consultations.models import Decision, FollowUp, Outcome, State
from shingikai.meetings.models import Meeting


def _on_agenda(world, meeting):
    consultation = world.consultation()
    services.submit(consultation, world.bob)
    services.put_on_agenda(consultation, meeting, world.alice)
    return consultation


def test_a_decision_with_an_attached_opinion_is_recorded(world, meeting):
    """Approval with 附帯意見 decides the consultation and keeps the opinion text."""
    consultation = _on_agenda(world, meeting)
    services.record_decision(
        consultation, meeting, Outcome.APPROVED_WITH_OPINION, "なお、留意されたい。", world.alice
    )
    consultation.refresh_from_db()
    assert consultation.state == State.DECIDED
    decision = Decision.objects.get(consultation=consultation)
    assert (decision.outcome, decision.opinion) == ("approved_with_opinion", "なお、留意されたい。")


def test_continued_deliberation_carries_the_consultation_to_a_later_meeting(
    world, meeting, next_meeting
):
    """継続審議 leaves it undecided; it can go on the next agenda and be decided there."""
    consultation = _on_agenda(world, meeting)
    services.record_decision(consultation, meeting, Outcome.CONTINUED, "", world.alice)
    consultation.refresh_from_db()
    assert consultation.state == State.CONTINUED
    services.put_on_agenda(consultation, next_meeting, world.alice)
    services.record_decision(consultation, next_meeting, Outcome.APPROVED, "", world.alice)
    consultation.refresh_from_db()
    assert consultation.state == State.DECIDED
    assert consultation.latest_decision().meeting == next_meeting


def test_a_decision_needs_the_consultation_on_that_meetings_agenda(world, meeting, next_meeting):
    """Deciding at a meeting the consultation was never put on is refused."""
    consultation = _on_agenda(world, meeting)
    with pytest.raises(services.TransitionError):
        services.record_decision(consultation, next_meeting, Outcome.APPROVED, "", world.alice)
    assert not Decision.objects.exists()


def test_open_followups_stay_on_every_next_agenda_until_a_report_closes_them(
    world, meeting, next_meeting
):
    """A follow-up raised at one meeting is listed at the next ones until it is closed."""
    followup = services.raise_followup(
        meeting=meeting, owner=world.shimin, what="運用規程を次回報告すること", due="next_meeting"
    )
    later = Meeting.objects.create(
        council=world.council,
        fiscal_year=2024,
        number=3,
        date=datetime.date(2024, 10, 1),
        start_time=datetime.time(10),
        place="第1会議室",
    )
    assert list(services.followups_for_agenda(meeting)) == []
    assert list(services.followups_for_agenda(next_meeting)) == [followup]
    assert list(services.followups_for_agenda(later)) == [followup]

    services.close_followup(followup, next_meeting, "運用規程を報告した。", world.alice)
    # The closing meeting still shows it with its report; later agendas no longer do.
    assert list(services.followups_for_agenda(next_meeting)) == [followup]
    assert list(services.followups_for_agenda(later)) == []
    followup.refresh_from_db()
    assert followup.status == FollowUp.Status.CLOSED


def test_followups_due_at_a_meeting_already_held_are_overdue(world, meeting, next_meeting):
    """Once the next meeting has passed without a report, the follow-up is overdue."""
    followup = services.raise_followup(
        meeting=meeting, owner=world.shimin, what="報告", due="next_meeting"
    )
    dated = services.raise_followup(
        meeting=meeting,
        owner=world.shimin,
        what="期限付き",
        due="date",
        due_date=datetime.date(2024, 7, 1),
    )
    assert list(services.overdue_followups(world.council, datetime.date(2024, 6, 20))) == []
    overdue = set(services.overdue_followups(world.council, datetime.date(2024, 8, 6)))
    assert overdue == {followup, dated}
