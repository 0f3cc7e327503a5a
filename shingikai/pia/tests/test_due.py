"""Due dates: yearly review, five-year re-assessment, re-assessment on an important change."""

import datetime

import time_machine

from shingikai.pia import services
from shingikai.pia.due import due_dates, due_items
from shingikai.pia.tests.conftest import assessment

D = datetime.date


SUBMITTED = D(2020, 3, 1)
PUBLISHED = D(2020, 3, 20)


def _published(world, submitted=SUBMITTED, published=PUBLISHED, **values):
    a = assessment(world, people=5_000, handlers=20, **values)
    services.submit(a, on=submitted, actor=world.bob, today=submitted)
    services.publish(a, on=published, actor=world.bob)
    return a


def test_review_yearly_and_reassess_every_five_years(world):
    a = _published(world)
    assert dict(due_dates(a)) == {"review": D(2021, 3, 20), "five_year": D(2025, 3, 1)}
    services.record_review(a, on=D(2024, 2, 1), actor=world.bob, note="変更なし")
    assert dict(due_dates(a))["review"] == D(2025, 2, 1)


def test_an_important_change_brings_a_reassessment_before_it(world):
    a = _published(world)
    services.record_important_change(
        a, on=D(2024, 10, 1), description="コンビニ交付の開始", actor=world.bob
    )
    assert dict(due_dates(a))["important_change"] == D(2024, 9, 30)


def test_the_dashboard_lists_the_next_90_days_and_the_overdue(world):
    on_time = _published(world, submitted=D(2019, 9, 1), published=D(2019, 9, 5))
    services.record_review(on_time, on=D(2023, 9, 1), actor=world.bob)
    # review due 2024-09-01 (in 92 days: outside), five-year due 2024-09-01 too
    overdue = _published(world, submitted=D(2023, 1, 10), published=D(2023, 1, 20))
    overdue.affair = "児童手当に関する事務"
    overdue.save()  # review was due 2024-01-20
    soon = _published(world, submitted=D(2023, 8, 1), published=D(2023, 8, 29))
    # review due 2024-08-29: in 89 days
    items = due_items(world.city, D(2024, 6, 1))
    found = {(item.assessment.pk, item.kind, item.overdue) for item in items}
    assert found == {(overdue.pk, "review", True), (soon.pk, "review", False)}
    assert due_items(world.city, D(2024, 6, 3))[-1].due == D(2024, 9, 1)


def test_the_dashboard_page_shows_the_overdue_in_japanese(client, world):
    _published(world, submitted=D(2023, 1, 10), published=D(2023, 1, 20))
    client.force_login(world.alice)
    with time_machine.travel(D(2024, 6, 1), tick=False):
        html = client.get("/pia/").content.decode()
    assert "期限超過" in html and "年次の見直し" in html
    assert "令和6年1月20日" in html
