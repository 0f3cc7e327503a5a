"""Who finds what: the index applies the same rules as consultations.access.

- bob (市民課) finds his own drafts, every decided consultation and imported minutes
- carol (中央図書館) does not find bob's drafts
- alice (secretariat) finds everything of her council and imported minutes
- dave (member) finds what is on his council's agendas and imported minutes
- erin (admin) finds everything; anonymous visitors find no staff document
"""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser

from shingikai.consultations import services
from shingikai.consultations.access import can_view_consultation
from shingikai.consultations.models import Consultation, Outcome
from shingikai.councils.models import Council, Department, Municipality
from shingikai.meetings.models import Meeting
from shingikai.search import search


@pytest.fixture
def consultations(world, precedent, indexed):
    meeting = Meeting.objects.create(
        council=world.council,
        fiscal_year=2024,
        number=1,
        date=datetime.date(2024, 6, 10),
        start_time=datetime.time(10),
        place="第1会議室",
    )
    bob_draft = world.consultation(title="学童メールシステムの導入")
    carol_draft = world.consultation(department=world.library, title="督促メールの導入")
    decided = world.consultation(department=world.library, title="予約連絡メールの委託")
    services.submit(decided, world.carol)
    services.put_on_agenda(decided, meeting, world.alice)
    services.record_decision(decided, meeting, Outcome.APPROVED, "", world.alice)
    elsewhere = Municipality.objects.create(name="よそ市")
    other_council = Council.objects.create(municipality=elsewhere, name="よそ市審議会")
    other = Consultation.objects.create(
        council=other_council,
        department=Department.objects.create(municipality=elsewhere, name="よそ課"),
        title="よそ市のメール配信",
        created_by=world.bob,
    )
    precedent(title="学童メールシステムの導入（足立区）", turns=(("answer", "メールを送る。"),))
    indexed()
    return {
        "bob_draft": bob_draft,
        "carol_draft": carol_draft,
        "decided": decided,
        "other": other,
    }


def found(user) -> set[str]:
    return {hit.title for hit in search("メール", user=user).hits}


IMPORTED = "学童メールシステムの導入（足立区）"


def test_a_department_finds_its_drafts_decided_ones_and_imported_minutes(world, consultations):
    assert found(world.bob) == {"学童メールシステムの導入", "予約連絡メールの委託", IMPORTED}


def test_another_department_does_not_find_the_draft(world, consultations):
    assert found(world.carol) == {"督促メールの導入", "予約連絡メールの委託", IMPORTED}


def test_the_secretariat_finds_its_council_and_imported_minutes(world, consultations):
    assert found(world.alice) == {
        "学童メールシステムの導入",
        "督促メールの導入",
        "予約連絡メールの委託",
        IMPORTED,
    }


def test_a_member_finds_what_is_on_the_agenda(world, consultations):
    assert found(world.dave) == {"予約連絡メールの委託", IMPORTED}


def test_an_administrator_finds_everything(world, consultations):
    assert len(found(world.erin)) == 5


def test_an_anonymous_visitor_finds_no_staff_document(consultations):
    assert found(AnonymousUser()) == set()


def test_search_agrees_with_the_access_rules(world, consultations):
    """For every user and native consultation: found exactly when the user may view it."""
    for user in (world.alice, world.bob, world.carol, world.dave, world.erin):
        titles = found(user)
        for consultation in consultations.values():
            assert (consultation.title in titles) == can_view_consultation(user, consultation), (
                user.username,
                consultation.title,
            )
