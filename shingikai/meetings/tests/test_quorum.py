import datetime

import pytest

from shingikai.councils.models import Council, Member
from shingikai.meetings.models import Attendance, Meeting
from shingikai.meetings.quorum import quorum_met, required_present


@pytest.mark.parametrize(
    ("rule", "in_office", "needed"),
    [
        ("half_or_more", 16, 8),
        ("half_or_more", 15, 8),
        ("half_or_more", 1, 1),
        ("majority", 16, 9),
        ("majority", 15, 8),
        ("majority", 2, 2),
    ],
)
def test_required_attendance_follows_the_rule(rule, in_office, needed):
    """半数以上 counts exactly half; 過半数 needs more than half."""
    assert required_present(rule, in_office) == needed
    assert quorum_met(rule, in_office, needed)
    assert not quorum_met(rule, in_office, needed - 1)


def test_an_unknown_rule_is_an_error():
    with pytest.raises(ValueError):
        required_present("two_thirds", 9)


def test_the_meeting_counts_only_members_in_office_on_its_date(world):
    """A member whose appointment ended before the meeting does not count either way."""
    meeting = Meeting.objects.create(
        council=world.council,
        fiscal_year=2024,
        number=1,
        date=datetime.date(2024, 6, 10),
        start_time=datetime.time(10),
        place="会議室",
    )
    retired = Member.objects.create(
        term=world.term, name="退任委員", end=datetime.date(2024, 5, 31)
    )
    for member in world.members[:3]:
        Attendance.objects.create(meeting=meeting, member=member, present=True)
    Attendance.objects.create(meeting=meeting, member=retired, present=True)
    status = meeting.quorum_status()
    assert (status.in_office, status.present, status.required) == (5, 3, 3)
    assert status.met
    world.council.quorum_rule = Council.QuorumRule.MAJORITY
    Attendance.objects.filter(member=world.members[2]).update(present=False)
    assert not meeting.quorum_status().met
