"""Fixtures for the impact-assessment tests; the named users come from shingikai/conftest.py.

- alice (secretariat) links the council's third-party check
- bob (市民課) writes 市民課's assessments
- carol (中央図書館) must not touch them
- dave (member) reads, never writes
"""

from __future__ import annotations

import datetime

import pytest

from shingikai.consultations import services as consultation_services
from shingikai.consultations.models import Consultation, Outcome
from shingikai.councils.models import Ground
from shingikai.meetings.models import Meeting
from shingikai.pia import services
from shingikai.pia.models import Assessment


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    # The named users are created per test; the production hasher costs a second each time.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def assessment(world, *, people=120_000, handlers=600, incident=False, **values) -> Assessment:
    return services.create(
        world.shimin,
        {
            "affair": "住民基本台帳に関する事務",
            "people": people,
            "handlers": handlers,
            "serious_incident": incident,
            **values,
        },
        world.bob,
    )


@pytest.fixture
def full(world) -> Assessment:
    """120,000 people and 600 handlers: a full assessment (basic+full)."""
    return assessment(world)


def decided_check(world, outcome=Outcome.APPROVED) -> Consultation:
    """A consultation on the third-party-check ground, decided at a meeting."""
    ground = Ground.objects.create(
        council=world.council, name="特定個人情報保護評価 第三者点検", article="番号法第28条"
    )
    consultation = world.consultation(title="住民基本台帳事務の全項目評価書の第三者点検")
    consultation.grounds.set([ground])
    meeting = Meeting.objects.create(
        council=world.council,
        fiscal_year=2024,
        number=1,
        date=datetime.date(2024, 6, 10),
        start_time=datetime.time(10),
        place="第1会議室",
    )
    consultation_services.submit(consultation, world.bob)
    consultation_services.put_on_agenda(consultation, meeting, world.alice)
    consultation_services.record_decision(consultation, meeting, outcome, "", world.alice)
    return consultation
