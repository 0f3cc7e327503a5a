import datetime

import pytest

from shingikai.consultations.models import Outcome
from shingikai.pia import services
from shingikai.pia.models import State
from shingikai.pia.tests.conftest import assessment, decided_check

D = datetime.date
TODAY = D(2024, 7, 1)


def test_a_comment_period_of_29_days_is_refused_and_30_accepted(world, full):
    with pytest.raises(services.AssessmentError, match="30日以上"):
        services.start_public_comment(
            full, start=D(2024, 4, 1), end=D(2024, 4, 29), actor=world.bob
        )
    assert full.state == State.DRAFT
    assert full.events.count() == 1  # created; the refused step left no row
    services.start_public_comment(full, start=D(2024, 4, 1), end=D(2024, 4, 30), actor=world.bob)
    assert full.state == State.PUBLIC_COMMENT
    assert full.comment_days == 30


def test_a_full_assessment_goes_through_every_step(world, full):
    check = decided_check(world)
    services.start_public_comment(full, start=D(2024, 4, 1), end=D(2024, 5, 10), actor=world.bob)
    services.start_third_party_check(
        full,
        consultation=check,
        comment_summary="意見2件、反映なし",
        actor=world.alice,
        today=TODAY,
    )
    services.submit(full, on=D(2024, 7, 1), actor=world.bob, today=TODAY)
    services.publish(full, on=D(2024, 7, 20), actor=world.bob)
    assert full.state == State.PUBLISHED
    assert [e.to_state for e in full.events.all()] == [
        "",
        "public_comment",
        "third_party_check",
        "submitted",
        "published",
    ]


def test_a_full_assessment_cannot_skip_the_public_comment_or_the_check(world, full):
    check = decided_check(world)
    with pytest.raises(services.AssessmentError):
        services.start_third_party_check(full, consultation=check, actor=world.alice, today=TODAY)
    with pytest.raises(services.AssessmentError):
        services.submit(full, on=TODAY, actor=world.bob, today=TODAY)


def test_the_check_waits_for_the_end_of_the_comment_period(world, full):
    check = decided_check(world)
    services.start_public_comment(full, start=D(2024, 6, 1), end=D(2024, 7, 1), actor=world.bob)
    with pytest.raises(services.AssessmentError, match="まだ終了していません"):
        services.start_third_party_check(full, consultation=check, actor=world.alice, today=TODAY)


def test_the_check_needs_a_consultation_on_that_ground(world, full):
    services.start_public_comment(full, start=D(2024, 4, 1), end=D(2024, 5, 10), actor=world.bob)
    unrelated = world.consultation(title="学童メールシステムの導入")
    with pytest.raises(services.AssessmentError):
        services.start_third_party_check(
            full, consultation=unrelated, actor=world.alice, today=TODAY
        )


def test_submission_waits_for_the_councils_approval(world, full):
    check = decided_check(world, outcome=Outcome.CONTINUED)
    services.start_public_comment(full, start=D(2024, 4, 1), end=D(2024, 5, 10), actor=world.bob)
    services.start_third_party_check(full, consultation=check, actor=world.alice, today=TODAY)
    with pytest.raises(services.AssessmentError, match="まだ了承されていません"):
        services.submit(full, on=TODAY, actor=world.bob, today=TODAY)


def test_a_basic_assessment_goes_straight_to_submission(world):
    basic = assessment(world, people=5_000, handlers=20)
    assert basic.level == "basic"
    services.submit(basic, on=TODAY, actor=world.bob, today=TODAY)
    assert basic.state == State.SUBMITTED


def test_after_the_change_only_with_a_recorded_reason(world):
    late = assessment(world, people=5_000, handlers=20, change_date=D(2024, 6, 1))
    with pytest.raises(services.AssessmentError, match="開始又は変更の前に提出"):
        services.submit(late, on=TODAY, actor=world.bob, today=TODAY)
    services.update_inputs(
        late, {"late_reason": "令和6年能登半島地震への対応のため事後評価とした"}, world.bob
    )
    services.submit(late, on=TODAY, actor=world.bob, today=TODAY)
    assert late.state == State.SUBMITTED


def test_new_inputs_recompute_the_level(world):
    draft = assessment(world, people=50_000, handlers=100)
    assert draft.level == "basic"
    services.update_inputs(draft, {"serious_incident": True}, world.bob)
    assert draft.level == "basic+focused"
    assert draft.events.last().note == "基礎項目評価 → 基礎項目評価及び重点項目評価"


def test_a_published_reassessment_supersedes_the_earlier_one(world):
    first = assessment(world, people=5_000, handlers=20)
    services.submit(first, on=D(2020, 4, 1), actor=world.bob, today=D(2020, 4, 1))
    services.publish(first, on=D(2020, 4, 10), actor=world.bob)
    second = services.start_reassessment(first, world.bob)
    assert second.previous == first and second.people == 5_000
    with pytest.raises(services.AssessmentError):
        services.start_reassessment(first, world.bob)
    services.submit(second, on=TODAY, actor=world.bob, today=TODAY)
    services.publish(second, on=TODAY, actor=world.bob)
    first.refresh_from_db()
    assert first.state == State.SUPERSEDED
