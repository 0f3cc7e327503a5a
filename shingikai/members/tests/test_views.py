"""The secretariat's members pages and documents; nobody else reaches them."""

import datetime
import io

import pytest
import time_machine
from openpyxl import load_workbook

from shingikai.councils.models import FeeRule
from shingikai.documents.tests.pdftext import pdf_text, squeeze
from shingikai.meetings.models import Attendance, Meeting


@pytest.fixture
def july(world):
    FeeRule.objects.create(council=world.council, daily_fee=12000, online_rule="half")
    meeting = Meeting.objects.create(
        council=world.council,
        fiscal_year=2024,
        number=2,
        date=datetime.date(2024, 7, 8),
        start_time=datetime.time(14),
        end_time=datetime.time(16),
        place="第1会議室",
    )
    first, second, third = world.members[:3]
    Attendance.objects.create(meeting=meeting, member=first, present=True)
    Attendance.objects.create(meeting=meeting, member=second, present=True, mode="web")
    Attendance.objects.create(meeting=meeting, member=third, present=False)
    return meeting


@pytest.mark.parametrize("user", ["bob", "dave"])
def test_only_the_secretariat_and_admins(client, world, user):
    client.force_login(getattr(world, user))
    for url in ["/members/", "/members/composition/", "/members/fees/"]:
        assert client.get(url).status_code == 403, url
    member = world.members[0]
    assert client.get(f"/members/{member.pk}/appointment-letter.pdf").status_code == 403


@time_machine.travel(datetime.datetime(2025, 1, 1, 12, tzinfo=datetime.UTC), tick=False)
def test_the_members_page_warns_before_the_term_ends(client, world):
    client.force_login(world.alice)
    page = client.get("/members/").content.decode()
    assert "第十三期の任期は" in page and "あと89日" in page
    assert world.members[0].name in page


def test_the_month_fee_list_and_its_excel(client, world, july):
    client.force_login(world.alice)
    page = client.get("/members/fees/?year=2024&month=7").content.decode()
    assert '<td id="fee-total">18000</td>' in page
    response = client.get("/members/fees/?year=2024&month=7&format=xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.values)
    assert rows[0][:3] == ("会議", "開催日", "委員")
    fees = sorted((row[2], row[3], row[5]) for row in rows[1:])
    first, second = world.members[:2]
    assert fees == sorted([(first.name, "出席", 12000), (second.name, "Web参加", 6000)])
    csv = client.get("/members/fees/?year=2024&month=7&format=csv").content.decode("utf-8-sig")
    assert "Web参加" in csv and "6000" in csv


def test_the_appointment_letter_and_the_yearly_statement(client, world, july):
    client.force_login(world.alice)
    member = world.members[1]
    letter = squeeze(pdf_text(client.get(f"/members/{member.pk}/appointment-letter.pdf").content))
    assert "委嘱状" in letter.replace(" ", "") or "委嘱" in letter
    assert member.name.replace(" ", "") in letter
    assert "令和5年4月1日から令和7年3月31日まで" in letter
    statement = squeeze(pdf_text(client.get(f"/members/{member.pk}/statement/2024.pdf").content))
    assert "報酬等支払明細（令和6年分）" in statement and "6000" in statement


def test_the_first_meeting_notice(client, world, july):
    client.force_login(world.alice)
    pdf = client.get(f"/members/terms/{world.term.pk}/first-meeting-notice.pdf").content
    text = squeeze(pdf_text(pdf))
    assert "第1回会議の開催について" in text and "令和6年7月8日" in text
