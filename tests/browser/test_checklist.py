"""The review checklist and publication in headless Chromium, as the demo roles.

The browser fixtures flush the database between tests, which also removes the rules the
data migration shipped; each test installs them again.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from shingikai.checklist.defaults import install_defaults
from shingikai.consultations.models import Consultation
from shingikai.documents import services as documents
from shingikai.documents.tests.factories import confirmed_minutes
from shingikai.meetings.models import Meeting
from shingikai.publication import MARKER
from tests.browser.conftest import login

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def shipped_rules(demo):
    install_defaults()


def test_a_department_sees_a_finding_disappear_as_it_fixes_the_draft(page: Page):
    """DOMAIN journey 1: the check flags the missing erasure method; fixed, it goes."""
    login(page, "shokanka")
    page.goto("/consultations/new/")
    page.fill("#id_title", "住民票の写し等のコンビニ交付に係る委託")
    page.locator("input[name=grounds]").first.check()
    page.fill("#id_personal_items", "氏名、住所")
    findings = page.locator("#findings")
    expect(findings.locator("[data-rule=R01]")).to_contain_text("データの消去方法と確認方法")
    expect(findings.locator("[data-rule=R09]")).to_be_visible()

    page.fill("#id_disposal_method", "データを消去し、データ消去証明書を提出させる")
    expect(findings.locator("[data-rule=R01]")).to_have_count(0)
    page.fill("#id_retention_period", "交付後1年")
    page.fill("#id_retention_reason", "問合せ対応のため")
    expect(findings.locator("[data-rule=R09]")).to_have_count(0)
    expect(findings.locator(".finding.required")).to_have_count(0)

    page.get_by_role("button", name="下書きを保存").click()
    page.get_by_role("button", name="事務局へ提出").click()
    expect(page.locator("#state")).to_have_text("提出済み")


def test_a_secretariat_override_needs_a_reason(page: Page):
    draft = Consultation.objects.get(title__startswith="マンション管理計画")
    login(page, "jimukyoku")
    page.goto(f"/consultations/{draft.pk}/")
    expect(page.locator("#checklist [data-rule=R09]")).to_be_visible()

    page.get_by_role("button", name="理由を記録して提出").click()
    expect(page.locator(".messages")).to_contain_text("残ったまま提出する理由を記入してください")
    expect(page.locator("#state")).to_have_text("下書き")

    page.fill("#id_override_reason", "保存期間の理由は認定要綱で定めるため")
    page.get_by_role("button", name="理由を記録して提出").click()
    expect(page.locator("#state")).to_have_text("提出済み")
    expect(page.locator("#history")).to_contain_text("保存期間の理由は認定要綱で定めるため")


def test_a_resident_never_sees_a_withheld_part(page: Page):
    """DOMAIN journey 7: the secretariat withholds a place by selecting it, publishes, and
    the anonymous reader sees the marker instead."""
    # The demo publishes its first meeting; this journey publishes the next decided one.
    meeting = (
        Meeting.objects.filter(decisions__isnull=False, publication__isnull=True)
        .distinct()
        .order_by("date")
        .first()
    )
    documents.save_minutes(
        meeting,
        "○上野 健委員　データは第2倉庫の金庫に保管するのか。\n",
        "verbatim",
        meeting.council.users.get(username="jimukyoku"),
    )
    confirmed_minutes(None, meeting, meeting.council.users.get(username="jimukyoku"))
    login(page, "jimukyoku")
    page.goto(f"/public/manage/{meeting.pk}/")
    page.fill("#id_phrase", "第2倉庫の金庫")
    page.fill("#id_ground", "情報公開条例第7条第6号")
    page.get_by_role("button", name="非公開にする").click()
    expect(page.locator("mark", has_text="第2倉庫の金庫")).to_be_visible()
    page.get_by_role("link", name="会議録と答申を公開する").click()
    # Publishing asks first and lists what becomes public; the 諮問書 stays internal.
    expect(page.locator("#becomes-public")).to_contain_text("会議録")
    page.check("#id_confirm")
    page.get_by_role("button", name="公開する", exact=True).click()
    expect(page.locator("#publication-state")).to_have_text("公開中")

    page.context.clear_cookies()
    page.goto("/public/")
    page.get_by_role("link", name=meeting.title).first.click()
    expect(page.locator("#proceedings")).to_contain_text(MARKER)
    expect(page.locator("body")).not_to_contain_text("第2倉庫")
