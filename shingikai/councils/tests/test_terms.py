"""Term-end warnings on the right days; the council's composition."""

import datetime

from shingikai.councils import terms
from shingikai.councils.models import Council, Member, Person, Term


def test_warnings_go_out_90_and_30_days_before_the_end(world):
    end = world.term.end  # 2025-03-31
    for days, expected in [(91, []), (90, [90]), (89, []), (31, []), (30, [30]), (0, [])]:
        today = end - datetime.timedelta(days=days)
        assert [w.days_left for w in terms.term_end_warnings(today)] == expected, days
    soon = terms.terms_ending_soon(end - datetime.timedelta(days=45), [world.council])
    assert [(w.term, w.days_left) for w in soon] == [(world.term, 45)]
    assert terms.terms_ending_soon(end - datetime.timedelta(days=91), [world.council]) == []


def _appoint(term, person, **fields):
    return Member.objects.create(term=term, person=person, name=person.name, **fields)


def test_composition_counts_women_long_service_and_concurrent_seats(world):
    on = datetime.date(2024, 6, 1)
    council, term = world.council, world.term
    term.members.all().delete()
    hanako = Person.objects.create(name="山田 花子", gender=Person.Gender.FEMALE)
    taro = Person.objects.create(name="鈴木 太郎", gender=Person.Gender.MALE)
    yoko = Person.objects.create(name="江口 洋子", gender=Person.Gender.FEMALE)
    # 花子 has sat since 2012: three earlier terms of four years each, then this one.
    for start_year in (2012, 2016, 2020):
        old = Term.objects.create(
            council=council,
            name=f"{start_year}期",
            start=datetime.date(start_year, 4, 1),
            end=datetime.date(start_year + 3, 3, 31),
        )
        _appoint(old, hanako)
    _appoint(term, hanako, category=Member.Category.SCHOLAR)
    _appoint(term, taro, category=Member.Category.LAWYER)
    _appoint(term, yoko, category=Member.Category.CITIZEN)
    other = Council.objects.create(municipality=world.city, name="テスト市情報公開審査会")
    other_term = Term.objects.create(
        council=other, name="第1期", start=datetime.date(2024, 4, 1), end=datetime.date(2026, 3, 31)
    )
    _appoint(other_term, taro)

    figures = terms.composition(council, on)
    assert (figures.members, figures.women) == (3, 2)
    assert figures.women_percent == 66.7
    assert figures.long_serving == ["山田 花子"]
    assert figures.concurrent == [("鈴木 太郎", 2)]
    assert figures.by_category == {"学識経験者": 1, "弁護士": 1, "公募市民": 1}


def test_a_replacement_mid_term_is_in_office_from_its_start(world):
    leaving = world.members[1]
    leaving.end = datetime.date(2024, 9, 30)
    leaving.resignation_reason = "転居のため"
    leaving.save()
    successor = Member.objects.create(
        term=world.term, name="後任 一郎", start=datetime.date(2024, 10, 1), replaces=leaving
    )
    before = set(world.council.members_in_office(datetime.date(2024, 9, 30)))
    after = set(world.council.members_in_office(datetime.date(2024, 10, 1)))
    assert leaving in before and successor not in before
    assert successor in after and leaving not in after
    assert list(leaving.replaced_by.all()) == [successor]


def test_the_daily_reminder_tells_the_secretariat_on_the_warning_days(world):
    from shingikai.meetings.reminders import collect

    for days, expected in [(90, True), (60, False), (30, True)]:
        today = world.term.end - datetime.timedelta(days=days)
        lines = [line for r in collect(today) if r.user == world.alice for line in r.lines]
        assert any("任期" in line and f"あと{days}日" in line for line in lines) is expected, days


def test_the_dashboard_warns_within_90_days(client, world):
    import time_machine

    client.force_login(world.alice)
    with time_machine.travel(datetime.datetime(2025, 2, 1, 12, tzinfo=datetime.UTC), tick=False):
        page = client.get("/dashboard/").content.decode()
    assert 'id="terms-ending"' in page and "あと58日" in page
