"""Attendance as it happens: all present, online members, late arrivals and early leaves, the
quorum re-checked after each, observers counted at the door, and the minutes saying so."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client

from shingikai.documents import context
from shingikai.meetings import services
from shingikai.meetings.errors import MeetingError
from shingikai.meetings.models import Attendance, Meeting


@pytest.fixture
def meeting(world) -> Meeting:
    # 5 members in office under the majority rule: 3 are needed.
    return Meeting.objects.create(
        council=world.council,
        fiscal_year=2024,
        number=1,
        date=datetime.date(2024, 6, 10),
        start_time=datetime.time(14),
        end_time=datetime.time(16),
        place="第1会議室",
    )


def test_all_present_marks_every_member_and_writes_history(world, meeting):
    assert services.mark_all_present(meeting, world.alice) == 5
    assert meeting.quorum_status().present == 5
    assert meeting.changes.filter(target_type="attendance").count() == 5


def test_quorum_is_rechecked_when_members_leave(world, meeting):
    """Three stay to the end, two leave: the quorum holds after the first and is lost after
    the second, and the minutes say both."""
    services.mark_all_present(meeting, world.alice)
    first, second, third = world.members[:3]
    services.set_attendance(meeting, first, world.alice, present=True, left_at=datetime.time(15))
    services.set_attendance(
        meeting, second, world.alice, present=True, left_at=datetime.time(15, 30)
    )
    services.set_attendance(
        meeting,
        third,
        world.alice,
        present=True,
        mode=Attendance.Mode.WEB,
        arrived_at=datetime.time(14, 20),
        left_at=datetime.time(15, 45),
    )
    changes = meeting.quorum_changes()
    assert [(c.kind, c.status.present, c.status.met) for c in changes] == [
        ("open", 4, True),
        ("arrive", 5, True),
        ("leave", 4, True),
        ("leave", 3, True),
        ("leave", 2, False),
    ]
    lines = context.quorum_lines(meeting)
    assert lines[0] == "開会時、委員5人中4人が出席し、定足数を満たしている（定足数3人）。"
    assert lines[-1] == "午後3時45分、委員3委員退席。出席2人で定足数を満たしていない。"
    header = context.meeting_header(meeting, public=True)
    assert "委員3 委員（Web参加・午後2時20分から出席・午後3時45分退席）" in header["present"]


@pytest.mark.parametrize(
    ("arrived", "left", "message"),
    [
        (datetime.time(13), None, "開会時刻"),
        (None, datetime.time(16, 30), "閉会時刻"),
        (datetime.time(15), datetime.time(14, 30), "遅参時刻より後"),
    ],
)
def test_impossible_times_are_refused(world, meeting, arrived, left, message):
    with pytest.raises(MeetingError, match=message):
        services.set_attendance(
            meeting, world.members[0], world.alice, present=True, arrived_at=arrived, left_at=left
        )
    assert not Attendance.objects.filter(meeting=meeting).exists()


def test_the_page_records_an_early_leave_and_counts_observers(world, meeting):
    alice = Client()
    alice.force_login(world.alice)
    alice.post(f"/meetings/{meeting.pk}/attendance/all/")
    member = world.members[1]
    response = alice.post(
        f"/meetings/{meeting.pk}/attendance/{member.pk}/details/",
        {"mode": "web", "arrived_at": "", "left_at": "午後3時10分"},
        follow=True,
    )
    page = response.content.decode()
    assert "15:10" in page and "定足数を満たしています" in page
    row = Attendance.objects.get(meeting=meeting, member=member)
    assert (row.mode, row.left_at) == ("web", datetime.time(15, 10))
    bad = alice.post(
        f"/meetings/{meeting.pk}/attendance/{member.pk}/details/",
        {"mode": "web", "left_at": "二十五時"},
        follow=True,
    )
    assert "時刻として読み取れません" in bad.content.decode()
    alice.post(f"/meetings/{meeting.pk}/observers/", {"change": "1"})
    alice.post(f"/meetings/{meeting.pk}/observers/", {"change": "1"})
    alice.post(f"/meetings/{meeting.pk}/observers/", {"change": "-1"})
    meeting.refresh_from_db()
    assert meeting.observers == 1


def test_a_member_cannot_change_attendance(world, meeting):
    dave = Client()
    dave.force_login(world.dave)
    assert dave.post(f"/meetings/{meeting.pk}/attendance/all/").status_code == 403
    assert dave.post(f"/meetings/{meeting.pk}/observers/", {"change": "1"}).status_code == 403
