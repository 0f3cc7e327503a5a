"""DOMAIN §5 journeys 1–4, clicked through in headless Chromium as the demo roles."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from shingikai.consultations.models import Consultation, FollowUp
from shingikai.lib import wareki
from shingikai.meetings.models import Meeting
from tests.browser.conftest import login

pytestmark = pytest.mark.browser


def _days_from_today(days: int) -> str:
    return wareki.format_date(timezone.localdate() + datetime.timedelta(days=days))


def _create_meeting(page: Page, days: int) -> Meeting:
    page.goto("/meetings/new/")
    page.fill("#id_date", _days_from_today(days))
    page.fill("#id_start_time", "午後2時00分")
    page.fill("#id_end_time", "16:00")
    page.fill("#id_place", "本庁舎5階第1会議室")
    page.get_by_role("button", name="保存").click()
    page.wait_for_url("**/meetings/*/")
    return Meeting.objects.get(pk=int(page.url.rstrip("/").rsplit("/", 1)[1]))


def test_journey_1_a_department_drafts_and_submits(page: Page):
    """市民課 drafts a consultation, saves it, and submits it; it gets the next number."""
    login(page, "shokanka")
    expect(page.locator("h1")).to_have_text("ダッシュボード")
    page.goto("/consultations/new/")
    page.fill("#id_title", "住民票の写し等のコンビニ交付に係る委託")
    page.locator("input[name=grounds]").first.check()
    page.fill("#id_personal_items", "氏名、住所\n生年月日")
    page.fill("#id_disposal_method", "データ消去の上、データ消去証明書を提出させる")
    # The review checklist requires a retention period with its reason before submission.
    page.fill("#id_retention_period", "交付後1年")
    page.fill("#id_retention_reason", "問合せ対応のため")
    page.get_by_role("button", name="下書きを保存").click()
    expect(page.locator("#state")).to_have_text("下書き")

    # The demo's submitted consultations hold the numbers before it.
    following = max(Consultation.objects.exclude(number=None).values_list("number", flat=True)) + 1
    page.get_by_role("button", name="事務局へ提出").click()
    expect(page.locator("#state")).to_have_text("提出済み")
    expect(page.locator("h1")).to_contain_text(f"諮問第{following}号")
    consultation = Consultation.objects.get(title="住民票の写し等のコンビニ交付に係る委託")
    assert consultation.personal_items == ["氏名", "住所", "生年月日"]
    assert consultation.history.count() == 1


def test_journey_2_the_secretariat_builds_a_meeting_and_sees_the_quorum(page: Page):
    """A new meeting gets a submitted consultation, the open follow-ups, and a quorum check."""
    login(page, "jimukyoku")
    meeting = _create_meeting(page, 40)
    expect(page.locator("h1")).to_contain_text(meeting.title)

    page.select_option("#id_consultation", label="諮問第484号 「児童手当」支給事業の封入封緘委託")
    page.get_by_role("button", name="議題に登載").click()
    expect(page.locator("#agenda")).to_contain_text("諮問第484号")
    expect(page.locator("#agenda-followups")).to_contain_text(
        "事業者の運用規程を次回の審議会で報告"
    )

    # 7 members in office, majority rule: 4 are needed.
    quorum = page.locator("#quorum")
    expect(quorum).to_contain_text("定足数に達していません")
    for name in ["青木 正人", "石田 美和", "上野 健"]:
        page.locator(f"button[data-member='{name}']").click()
        expect(page.locator(f"button[data-member='{name}']")).to_have_text("欠席にする")
    expect(quorum).to_contain_text("定足数に達していません")
    page.locator("button[data-member='江口 洋子']").click()
    expect(quorum).to_contain_text("定足数を満たしています")
    assert meeting.quorum_status().present == 4


def test_journeys_3_and_4_decision_followup_and_its_closing_report(page: Page):
    """Record Q&A and an approval with an attached opinion and a follow-up; the follow-up
    is on the next agenda until a report closes it, and gone from the one after."""
    login(page, "jimukyoku")
    gakudo = Consultation.objects.get(title="学童メールシステムの導入")
    upcoming = gakudo.agenda_items.get().meeting
    page.goto(f"/consultations/{gakudo.pk}/meetings/{upcoming.pk}/")

    page.fill("#id_u-speaker", "上野 健")
    page.select_option("#id_u-role", "member")
    page.select_option("#id_u-act", "question")
    page.fill("#id_u-text", "保護者のメールアドレスはBCCで送信するのか。")
    page.get_by_role("button", name="発言を追加").click()
    expect(page.locator("#utterances")).to_contain_text("BCCで送信するのか")

    page.select_option("#id_d-outcome", "approved_with_opinion")
    page.fill("#id_d-opinion", "なお、一斉送信は返信不可の配信リストで行うこと。")
    page.get_by_role("button", name="答申を記録").click()
    expect(page.locator("#decision")).to_contain_text("附帯意見付きで承認")
    expect(page.locator("#state")).to_have_text("答申済み")

    page.fill("#id_f-what", "配信システムの運用ルールを次回報告すること")
    page.get_by_role("button", name="宿題事項を追加").click()
    expect(page.locator("#followups")).to_contain_text("配信システムの運用ルール")

    next_meeting = _create_meeting(page, 60)
    item = page.locator("#agenda-followups li", has_text="配信システムの運用ルール")
    expect(item).to_be_visible()
    item.locator("input[name=report]").fill("運用ルールを定め、報告した。")
    item.get_by_role("button", name="この報告で完了").click()
    expect(
        page.locator("#agenda-followups li", has_text="配信システムの運用ルール")
    ).to_contain_text("運用ルールを定め、報告した。")
    followup = FollowUp.objects.get(what__startswith="配信システムの運用ルール")
    assert (followup.status, followup.closed_at) == ("closed", next_meeting)

    _create_meeting(page, 90)
    expect(page.locator("#agenda-followups")).not_to_contain_text("配信システムの運用ルール")


def test_other_departments_and_members_are_refused_by_url(page: Page):
    """中央図書館 cannot open 市民課's draft; a member cannot open the meeting form."""
    draft = Consultation.objects.filter(state="draft", department__name="市民課").first()
    login(page, "shokanka2")
    response = page.goto(f"/consultations/{draft.pk}/")
    assert response.status == 403
    page.context.clear_cookies()
    login(page, "iin")
    assert page.goto("/meetings/new/").status == 403
    assert page.goto(f"/consultations/{draft.pk}/edit/").status == 403


def test_the_login_page_and_dashboard_render_in_japanese(page: Page, live_server):
    """The app serves its own stylesheet and htmx: nothing is requested from outside."""
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto("/")
    expect(page.get_by_role("button", name="ログイン")).to_be_visible()
    assert page.evaluate("typeof htmx") == "object"
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(246, 247, 249)"
    login(page, "jimukyoku")
    expect(page.locator("#next-meeting h2")).to_have_text("次回の会議")
    expect(page.locator("#submitted")).to_contain_text("諮問第484号")
    assert requested and all(url.startswith(live_server.url) for url in requested)
