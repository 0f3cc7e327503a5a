"""DOMAIN §5 journey 6 (registers), clicked through in headless Chromium as the demo roles.

The demo has no register data, so each test builds what it needs through the services.
"""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from shingikai.accounts.models import User
from shingikai.consultations import services as consultation_services
from shingikai.consultations.models import Consultation, Outcome
from shingikai.councils.models import Council, Department, Ground
from shingikai.lib import wareki
from shingikai.meetings.models import Meeting
from shingikai.pia.models import Assessment, ThresholdRule
from shingikai.registers import services as register_services
from shingikai.registers.models import Notification, Operation
from tests.browser.conftest import login

pytestmark = pytest.mark.browser


def _day(days: int) -> str:
    return wareki.format_date(timezone.localdate() + datetime.timedelta(days=days))


def _logout(page: Page) -> None:
    page.get_by_role("button", name="ログアウト").click()
    page.wait_for_url("**/login/**")


def test_a_department_files_a_change_and_the_secretariat_accepts_it(page: Page):
    shimin = Department.objects.get(name="市民課")
    notification = register_services.file_start(
        department=shimin,
        values={
            "name": "住民基本台帳ファイル",
            "purpose": "住民の居住関係の公証",
            "items": ["氏名", "住所", "生年月日"],
        },
        effective_on=datetime.date(2020, 4, 1),
        reason="新規",
        actor=User.objects.get(username="shokanka"),
    )
    register_services.accept(notification, User.objects.get(username="jimukyoku"))
    operation = notification.operation

    login(page, "shokanka")
    page.get_by_role("link", name="台帳").click()
    page.get_by_role("link", name="個人情報ファイル簿").first.click()
    page.get_by_role("link", name="住民基本台帳ファイル").click()
    page.get_by_role("link", name="変更の届出をする").click()
    page.fill("#id_purpose", "住民の居住関係の公証及び選挙人名簿の登録")
    page.fill("#id_effective_on", _day(0))
    page.fill("#id_reason", "利用目的の追加")
    page.get_by_role("button", name="届け出る").click()
    expect(page.locator("#status")).to_have_text("届出中")
    operation.refresh_from_db()
    assert operation.purpose == "住民の居住関係の公証", "nothing changes before acceptance"

    _logout(page)
    login(page, "jimukyoku")
    page.goto("/registers/")
    page.get_by_role("link", name="受理待ちの届出 1件").click()
    page.get_by_role("link", name="住民基本台帳ファイル").click()
    expect(page.locator("#changes")).to_contain_text("選挙人名簿の登録")
    page.get_by_role("button", name="受理する").click()
    expect(page.locator("#status")).to_have_text("受理済み")
    expect(page.locator(".messages")).to_contain_text("届出を受理しました")

    operation.refresh_from_db()
    assert operation.purpose == "住民の居住関係の公証及び選挙人名簿の登録"
    change = Notification.objects.get(kind=Notification.Kind.CHANGE)
    assert change.previous["purpose"] == "住民の居住関係の公証"
    page.goto(operation.get_absolute_url())
    expect(page.locator("#history")).to_contain_text("変更")


def _decided_third_party_check() -> Consultation:
    """A consultation on the third-party-check ground, approved at the last meeting."""
    council = Council.objects.get()
    ground = Ground.objects.create(
        council=council, name="特定個人情報保護評価 第三者点検", article="番号法第28条", order=9
    )
    department = Department.objects.get(name="市民課")
    secretariat = User.objects.get(username="jimukyoku")
    meeting = Meeting.objects.filter(date__lt=timezone.localdate()).order_by("-date").first()
    consultation = Consultation.objects.create(
        council=council,
        department=department,
        title="住民基本台帳に関する事務の全項目評価書の第三者点検",
        created_by=User.objects.get(username="shokanka"),
        # Consulted before the meeting that answers it (an answer may not precede it).
        consulted_on=meeting.date - datetime.timedelta(days=14),
    )
    consultation.grounds.set([ground])
    consultation_services.submit(consultation, consultation.created_by)
    consultation_services.put_on_agenda(consultation, meeting, secretariat)
    consultation_services.record_decision(consultation, meeting, Outcome.APPROVED, "", secretariat)
    return consultation


def test_an_assessment_moves_through_its_lifecycle_and_a_short_comment_is_refused(page: Page):
    if not ThresholdRule.objects.exists():
        # Browser tests flush the database between tests, seeded rows included.
        ThresholdRule.reset_to_guideline()
    check = _decided_third_party_check()

    login(page, "shokanka")
    page.goto("/pia/")
    page.get_by_role("link", name="新しい評価").click()
    page.fill("#id_affair", "住民基本台帳に関する事務")
    page.fill("#id_people", "120000")
    page.fill("#id_handlers", "600")
    page.fill("#id_change_date", _day(200))
    page.get_by_role("button", name="保存").click()
    expect(page.locator("#level")).to_have_text("基礎項目評価及び全項目評価")

    # 29 days, counted from the first day: refused, and the assessment stays a draft.
    page.fill("#id_comment-start", _day(-60))
    page.fill("#id_comment-end", _day(-32))
    page.get_by_role("button", name="パブリックコメントを開始する").click()
    expect(page.locator(".messages")).to_contain_text("30日以上")
    expect(page.locator(".messages")).to_contain_text("29日間")
    expect(page.locator("#state")).to_have_text("下書き")
    page.fill("#id_comment-start", _day(-60))
    page.fill("#id_comment-end", _day(-31))
    page.get_by_role("button", name="パブリックコメントを開始する").click()
    expect(page.locator("#state")).to_have_text("パブリックコメント")
    expect(page.locator("#lifecycle")).to_contain_text("30日間")

    _logout(page)
    login(page, "jimukyoku")
    assessment = Assessment.objects.get()
    page.goto(assessment.get_absolute_url())
    page.select_option("#id_check-consultation", str(check.pk))
    page.fill("#id_check-comment_summary", "意見の提出はなかった。")
    page.get_by_role("button", name="審議会の第三者点検に付す").click()
    expect(page.locator("#state")).to_have_text("第三者点検")
    expect(page.locator("#decision")).to_be_visible()
    page.get_by_role("button", name="提出を記録する").click()
    expect(page.locator("#state")).to_have_text("個人情報保護委員会へ提出済み")
    page.get_by_role("button", name="公表を記録する").click()
    expect(page.locator("#state")).to_have_text("公表済み")
    expect(page.locator("#due")).to_contain_text("年次の見直し")
    expect(page.locator("#due")).to_contain_text("5年ごとの再評価")

    assessment.refresh_from_db()
    assert assessment.consultation == check
    assert [e.to_state for e in assessment.events.exclude(to_state="")] == [
        "public_comment",
        "third_party_check",
        "submitted",
        "published",
    ]
    assert not Operation.objects.exists()
