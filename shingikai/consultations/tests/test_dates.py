"""Dates that are true: the 諮問日 in Japan time, the 答申日 the meeting's, and no answer
before its question."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from shingikai.consultations import services
from shingikai.consultations.models import State
from shingikai.documents.context import answer_context
from shingikai.documents.tests.pdftext import pdf_text, squeeze

JST = ZoneInfo("Asia/Tokyo")


def _submit_at(world, moment: datetime.datetime, **fields):
    fields.setdefault("consulted_on", None)  # the fixture dates its consultations
    consultation = world.consultation(**fields)
    with time_machine.travel(moment, tick=False):
        services.submit(consultation, world.bob)
    return consultation


def test_a_submission_at_0830_jst_is_consulted_that_day_not_the_day_before(world, meeting):
    """08:30 JST on 3 June is 23:30 UTC on 2 June: the 答申書 says 3 June."""
    consultation = _submit_at(world, datetime.datetime(2024, 6, 3, 8, 30, tzinfo=JST))
    assert consultation.history.get().at.astimezone(datetime.UTC).day == 2
    assert consultation.consultation_date == datetime.date(2024, 6, 3)
    services.put_on_agenda(consultation, meeting, world.alice)
    decision = services.record_decision(consultation, meeting, "approved", "", world.alice)
    answer = answer_context(decision, public=False)
    assert answer["submitted"] == "令和6年6月3日"
    assert answer["date"] == "令和6年6月10日"  # the 答申日 is the meeting's date


def test_the_printed_answer_carries_the_japan_date(client, world, meeting):
    consultation = _submit_at(world, datetime.datetime(2024, 6, 3, 8, 30, tzinfo=JST))
    services.put_on_agenda(consultation, meeting, world.alice)
    decision = services.record_decision(consultation, meeting, "approved", "", world.alice)
    client.force_login(world.alice)
    text = squeeze(pdf_text(client.get(f"/documents/answers/{decision.pk}.pdf").content))
    assert "令和6年6月3日付けで諮問のあった" in text
    assert "令和6年6月2日" not in text


def test_an_entered_consultation_date_is_printed(world, meeting):
    consultation = _submit_at(
        world,
        datetime.datetime(2024, 6, 3, 15, 0, tzinfo=JST),
        consulted_on=datetime.date(2024, 5, 20),
    )
    services.put_on_agenda(consultation, meeting, world.alice)
    decision = services.record_decision(consultation, meeting, "approved", "", world.alice)
    assert answer_context(decision, public=False)["submitted"] == "令和6年5月20日"


def test_an_answer_dated_before_its_consultation_is_refused(world, meeting):
    consultation = _submit_at(
        world,
        datetime.datetime(2024, 6, 1, 9, 0, tzinfo=JST),
        consulted_on=datetime.date(2024, 6, 20),
    )
    services.put_on_agenda(consultation, meeting, world.alice)
    with pytest.raises(services.TransitionError, match="諮問日（令和6年6月20日）より前"):
        services.record_decision(consultation, meeting, "approved", "", world.alice)
    consultation.refresh_from_db()
    assert consultation.state == State.ON_AGENDA and not consultation.decisions.exists()
    # Continuing the deliberation gives no answer, so it is not refused.
    services.record_decision(consultation, meeting, "continued", "", world.alice)


def test_the_consultation_date_is_entered_on_the_form_in_wareki(client, world):
    client.force_login(world.bob)
    response = client.post(
        "/consultations/new/",
        {
            "council": world.council.pk,
            "department": world.shimin.pk,
            "title": "諮問日のある諮問",
            "consulted_on": "令和6年5月20日",
            "grounds": [world.ground.pk],
        },
    )
    assert response.status_code == 302
    consultation = world.council.consultations.get(title="諮問日のある諮問")
    assert consultation.consulted_on == datetime.date(2024, 5, 20)
