"""Issue 17's journey: a new term with members and officers, a meeting with one online and
one absent member, and the month's fee list exported."""

from __future__ import annotations

import datetime
import io
import re

import pytest
from django.utils import timezone
from openpyxl import load_workbook
from playwright.sync_api import Page, expect

from shingikai.councils.models import Member, Term
from shingikai.lib import wareki
from shingikai.meetings.models import Meeting
from tests.browser.conftest import login

pytestmark = pytest.mark.browser


def test_new_term_meeting_attendance_and_the_months_fee_list(page: Page):
    login(page, "jimukyoku")
    current = Term.objects.get(name="第十三期")
    start = current.end + datetime.timedelta(days=1)
    # A new term with its members and officers, in the reference data.
    page.goto("/admin/councils/term/add/")
    page.select_option("#id_council", label=current.council.name)
    page.fill("#id_name", "第十四期")
    page.fill("#id_start", start.isoformat())
    page.fill("#id_end", (start + datetime.timedelta(days=729)).isoformat())
    for i, (name, role, category) in enumerate(
        [
            ("青木 正人", "chair", "scholar"),
            ("石田 美和", "deputy", "lawyer"),
            ("新井 さくら", "member", "citizen"),
        ]
    ):
        page.locator("#members-group .add-row a").click()
        page.fill(f"#id_members-{i}-name", name)
        page.select_option(f"#id_members-{i}-role", role)
        page.select_option(f"#id_members-{i}-category", category)
    page.get_by_role("button", name="保存", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("第十四期")
    term = Term.objects.get(name="第十四期")
    assert term.members.get(role=Member.Role.CHAIR).name == "青木 正人"
    assert term.members.get(role=Member.Role.DEPUTY).category == Member.Category.LAWYER
    page.goto("/members/")
    expect(page.locator("main")).to_contain_text("第十四期")
    expect(page.locator("main")).to_contain_text("新井 さくら")

    # Today's meeting: all present, then one member absent and one online.
    today = timezone.localdate()
    page.goto("/meetings/new/")
    page.fill("#id_date", wareki.format_date(today))
    page.fill("#id_start_time", "午前10時00分")
    page.fill("#id_end_time", "11:30")
    page.fill("#id_place", "本庁舎5階第1会議室")
    page.get_by_role("button", name="保存").click()
    page.wait_for_url("**/meetings/*/")
    held = Meeting.objects.latest("pk")
    page.locator("#all-present").click()
    expect(page.locator("button[data-member='大森 隆']")).to_have_text("欠席にする")
    page.locator("button[data-member='大森 隆']").click()
    expect(page.locator("button[data-member='大森 隆']")).to_have_text("出席にする")
    row = page.locator("tr[data-member='上野 健']")
    row.locator("select[name=mode]").select_option("web")
    row.get_by_role("button", name="保存").click()
    expect(page.locator("tr[data-member='上野 健']")).to_contain_text(re.compile("Web|オンライン"))

    # The month's fees, and the payment list for the accounting system.
    page.goto(f"/members/fees/?year={today.year}&month={today.month}")
    lines = page.locator("#fee-lines tbody tr").filter(has_text=held.title)
    expect(lines.filter(has_text="上野 健")).to_contain_text("Web参加")
    expect(lines.filter(has_text="大森 隆")).to_have_count(0)  # absent: no fee
    with page.expect_download() as download_info:
        page.get_by_role("link", name="支払一覧（Excel）").click()
    sheet = load_workbook(io.BytesIO(open(download_info.value.path(), "rb").read())).active
    rows = [row for row in list(sheet.values)[1:] if row[0] == held.title]
    members = {row[2] for row in rows}
    assert "上野 健" in members and "大森 隆" not in members
    online = next(row for row in rows if row[2] == "上野 健")
    assert online[3] == "Web参加"
