import pytest
import time_machine
from django.core.exceptions import PermissionDenied

from shingikai.consultations import services
from shingikai.consultations.models import NumberCounter, State, StateChange
from shingikai.councils.models import Council


def test_submitting_a_draft_assigns_the_next_running_number(world):
    """The running series continues from the council's first number (諮問第480号)."""
    first, second = world.consultation(), world.consultation(title="二件目")
    services.submit(first, world.bob)
    services.submit(second, world.bob)
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.number, second.number) == (480, 481)
    assert first.number_label == "諮問第480号"
    assert first.state == State.SUBMITTED


def test_submission_writes_one_history_row(world):
    """Every state change records who moved it, from where and to where."""
    consultation = world.consultation()
    services.submit(consultation, world.bob)
    rows = list(StateChange.objects.filter(consultation=consultation))
    assert [(r.actor, r.from_state, r.to_state) for r in rows] == [
        (world.bob, State.DRAFT, State.SUBMITTED)
    ]


def test_per_fiscal_year_numbers_restart_on_the_first_of_april(world):
    """令和N年度諮問第M号: the series restarts with the fiscal year, not the calendar year."""
    world.council.numbering_scheme = Council.NumberingScheme.PER_FISCAL_YEAR
    world.council.save()
    labels = []
    for moment in ["2024-03-31 10:00+09:00", "2024-04-01 10:00+09:00", "2024-04-02 10:00+09:00"]:
        with time_machine.travel(moment, tick=False):
            consultation = world.consultation()
            services.submit(consultation, world.bob)
            labels.append(consultation.number_label)
    assert labels == ["令和5年度諮問第1号", "令和6年度諮問第1号", "令和6年度諮問第2号"]


def test_a_submitted_consultation_cannot_be_submitted_again(world):
    """A second submit is refused and no number is used up."""
    consultation = world.consultation()
    services.submit(consultation, world.bob)
    with pytest.raises(services.TransitionError):
        services.submit(consultation, world.bob)
    assert NumberCounter.objects.get(council=world.council).last == 480


def test_a_returned_draft_keeps_its_number(world):
    """A draft sent back for correction is resubmitted under the number it was given."""
    consultation = world.consultation()
    services.submit(consultation, world.bob)
    services.return_for_correction(consultation, world.alice, "消去方法を追記してください")
    consultation.refresh_from_db()
    assert consultation.state == State.DRAFT
    services.submit(consultation, world.bob)
    consultation.refresh_from_db()
    assert consultation.number == 480
    assert NumberCounter.objects.get(council=world.council).last == 480


def test_withdrawal_is_refused_after_the_decision(world, meeting):
    """A decided consultation stays decided."""
    consultation = world.consultation()
    services.submit(consultation, world.bob)
    services.put_on_agenda(consultation, meeting, world.alice)
    services.record_decision(consultation, meeting, "approved", "", world.alice)
    with pytest.raises(services.TransitionError):
        services.withdraw(consultation, world.alice, "誤り")
    consultation.refresh_from_db()
    assert consultation.state == State.DECIDED


@pytest.mark.parametrize(
    "step", ["submit", "withdraw", "return_for_correction", "put_on_agenda"], ids=str
)
def test_every_step_refuses_an_actor_who_may_not_take_it(world, meeting, step):
    """The service checks who may, not only the view: carol (another department) cannot move
    bob's consultation, and nothing is written when she tries."""
    consultation = world.consultation()
    if step in ("return_for_correction", "put_on_agenda"):
        services.submit(consultation, world.bob)
    rows_before = StateChange.objects.count()
    arguments = {
        "submit": (consultation, world.carol),
        "withdraw": (consultation, world.carol, "不要になった"),
        "return_for_correction": (consultation, world.carol, "修正を"),
        "put_on_agenda": (consultation, meeting, world.carol),
    }[step]
    with pytest.raises(PermissionDenied):
        getattr(services, step)(*arguments)
    consultation.refresh_from_db()
    assert StateChange.objects.count() == rows_before
    assert consultation.state == (
        State.DRAFT if step == "submit" or step == "withdraw" else State.SUBMITTED
    )
