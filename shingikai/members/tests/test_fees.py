"""Fees per the council's rule: full day, half day, online, declined, travel."""

import datetime

import pytest

from shingikai.councils.models import FeeRule
from shingikai.meetings.models import Attendance, Meeting
from shingikai.members import fees


@pytest.fixture
def meeting(world):
    meeting = Meeting.objects.create(
        council=world.council,
        fiscal_year=2024,
        number=3,
        date=datetime.date(2024, 7, 8),
        start_time=datetime.time(14),
        end_time=datetime.time(19),  # five hours: a full day under a 240-minute half day
        place="第1会議室",
    )
    return meeting


def _attend(meeting, member, **fields):
    return Attendance.objects.create(meeting=meeting, member=member, present=True, **fields)


def _rule(world, **fields):
    values = {"daily_fee": 12000, "half_day_fee": 6000, "half_day_max_minutes": 240, **fields}
    return FeeRule.objects.create(council=world.council, **values)


def _line(lines, member):
    return next(line for line in lines if line.member == member)


def test_full_day_half_day_and_absent(world, meeting):
    _rule(world)
    full, left_early, _absent = world.members[:3]
    _attend(meeting, full)
    _attend(meeting, left_early, left_at=datetime.time(16))  # two hours in the room
    Attendance.objects.create(meeting=meeting, member=_absent, present=False)
    lines = fees.meeting_fees(meeting)
    assert [line.member for line in lines] == sorted(
        [full, left_early], key=lambda m: (m.role, m.name)
    )
    assert (_line(lines, full).minutes, _line(lines, full).fee) == (300, 12000)
    assert (_line(lines, left_early).minutes, _line(lines, left_early).fee) == (120, 6000)


def test_day_fee_for_any_attendance_without_a_half_day_fee(world, meeting):
    _rule(world, half_day_fee=None)
    _attend(meeting, world.members[0], arrived_at=datetime.time(18))
    assert fees.meeting_fees(meeting)[0].fee == 12000


@pytest.mark.parametrize("online_rule, expected", [("same", 12000), ("half", 6000), ("none", 0)])
def test_online_attendance_per_the_councils_rule(world, meeting, online_rule, expected):
    _rule(world, online_rule=online_rule, travel_rule="fixed", travel_amount=800)
    _attend(meeting, world.members[0], mode=Attendance.Mode.WEB)
    line = fees.meeting_fees(meeting)[0]
    assert (line.fee, line.travel, line.online) == (expected, 0, True)
    assert line.note == "Web参加"


def test_travel_fixed_or_each_members_own(world, meeting):
    rule = _rule(world, travel_rule="fixed", travel_amount=800)
    first, second = world.members[:2]
    second.travel_amount = 1460
    second.save()
    _attend(meeting, first)
    _attend(meeting, second)
    assert {line.travel for line in fees.meeting_fees(meeting)} == {800}
    rule.travel_rule = FeeRule.TravelRule.PER_MEMBER
    rule.save()
    lines = fees.meeting_fees(meeting)
    assert (_line(lines, first).travel, _line(lines, second).travel) == (0, 1460)
    assert _line(lines, second).total == 12000 + 1460


def test_a_member_who_declined_is_listed_with_nothing_to_pay(world, meeting):
    _rule(world, travel_rule="fixed", travel_amount=800)
    member = world.members[0]
    member.fee_declined = True
    member.save()
    _attend(meeting, member)
    line = fees.meeting_fees(meeting)[0]
    assert (line.fee, line.travel, line.total, line.note) == (0, 0, 0, "辞退")


def test_no_rule_no_lines(world, meeting):
    _attend(meeting, world.members[0])
    assert fees.meeting_fees(meeting) == []


def test_month_and_year_gather_meetings(world, meeting):
    _rule(world)
    member = world.members[0]
    _attend(meeting, member)
    later = Meeting.objects.create(
        council=world.council,
        fiscal_year=2024,
        number=4,
        date=datetime.date(2024, 8, 5),
        start_time=datetime.time(10),
        end_time=datetime.time(11),
        place="第1会議室",
    )
    _attend(later, member)
    assert [line.meeting for line in fees.month_fees(world.council, 2024, 7)] == [meeting]
    year = fees.yearly_statement(member.name, world.council, 2024)
    assert [line.total for line in year] == [12000, 6000]
    assert fees.yearly_statement(member.name, world.council, 2023) == []
