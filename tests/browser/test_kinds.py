"""Kinds of consultation other than outsourcing, from draft to 答申書, in Chromium.

Each 諮問書 shows only the sections of its ground's section set, on the form, the page, the
members' packet and the 答申書, and the checklist raises only its own findings.
"""

from __future__ import annotations

import datetime
import importlib

import pytest
from django.apps import apps
from django.utils import timezone
from playwright.sync_api import Page, expect

from shingikai.checklist.defaults import install_defaults
from shingikai.consultations.models import Consultation
from shingikai.councils.seed import seed_section_sets
from shingikai.documents.tests.pdftext import pdf_text, squeeze
from shingikai.lib import wareki
from shingikai.meetings.models import Meeting
from shingikai.pia import services as pia
from shingikai.pia.models import ThresholdRule
from tests.browser.conftest import login

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def reference_data(demo):
    """The browser fixtures flush the database: the reference data comes back here."""
    install_defaults()
    seed_section_sets()
    if not ThresholdRule.objects.exists():
        seed = importlib.import_module("shingikai.pia.migrations.0002_seed_threshold_table")
        seed.seed(apps, None)


def _submit_and_decide(page: Page, consultation: Consultation, outcome: str) -> bytes:
    """As the secretariat: agenda, decision, then the 答申書 PDF; returns the packet PDF."""
    page.context.clear_cookies()
    login(page, "jimukyoku")
    meeting = Meeting.objects.filter(date__gt=timezone.localdate()).order_by("date").first()
    page.goto(meeting.get_absolute_url())
    page.select_option("#id_consultation", label=str(consultation))
    page.get_by_role("button", name="議題に登載").click()
    expect(page.locator("#agenda")).to_contain_text(consultation.number_label)
    packet = page.request.get(f"/documents/meetings/{meeting.pk}/packet.pdf")
    assert packet.ok
    page.goto(f"/consultations/{consultation.pk}/meetings/{meeting.pk}/")
    page.select_option("#id_d-outcome", outcome)
    page.get_by_role("button", name="答申を記録").click()
    expect(page.locator("#state")).to_have_text("答申済み")
    return packet.body()


def _answer_text(page: Page, consultation: Consultation) -> str:
    decision = consultation.decisions.get()
    response = page.request.get(f"/documents/answers/{decision.pk}.pdf")
    assert response.ok
    return squeeze(pdf_text(response.body()))


def test_a_purpose_consultation_from_draft_to_answer(page: Page):
    """目的外利用: only its sections on the form and in the packet; its own findings."""
    login(page, "shokanka")
    page.goto("/consultations/new/")
    page.fill("#id_title", "転入者への地域防災情報の送付のための住民基本台帳情報の目的外利用")
    expect(page.locator("section[data-section=contractor]")).to_be_visible()
    page.get_by_label("目的外利用・外部提供（条例第12条）").check()
    expect(page.locator("section[data-section=contractor]")).to_be_hidden()
    expect(page.locator("section[data-section=systems]")).to_be_hidden()
    expect(page.locator("section[data-section=purpose]")).to_be_visible()
    expect(page.locator("section[data-section=purpose] h2")).to_have_text("2. 目的外利用・外部提供")

    page.fill("#id_outline", "転入者に地域の防災情報を送付する。")
    page.fill("#id_holding_department", "市民課（住民基本台帳）")
    page.fill("#id_original_purpose", "住民基本台帳に関する事務")
    page.fill("#id_new_purpose", "防災情報の宛名としての利用（危機管理課）")
    page.fill("#id_notification", "広報さくらで周知する。")
    page.fill("#id_personal_items", "氏名、住所")
    page.fill("#id_retention_period", "送付後1か月")
    page.fill("#id_retention_reason", "返戻への対応のため")
    page.fill("#id_disposal_method", "宛名データを消去し、削除完了報告書を作成する。")
    findings = page.locator("#findings")
    expect(findings.locator("[data-rule=P01]")).to_be_visible()
    expect(findings.locator("[data-rule=R01]")).to_have_count(0)
    expect(findings.locator("[data-rule=R03]")).to_have_count(0)
    page.fill("#id_legal_exception", "相当の理由（市の事務の遂行に必要な限度での利用）")
    expect(findings.locator("[data-rule=P01]")).to_have_count(0)
    expect(findings.locator(".finding.required")).to_have_count(0)

    page.get_by_role("button", name="下書きを保存").click()
    expect(page.locator("#state")).to_have_text("下書き")
    expect(page.locator("main")).not_to_contain_text("受託者")
    page.get_by_role("button", name="事務局へ提出").click()
    expect(page.locator("#state")).to_have_text("提出済み")
    consultation = Consultation.objects.get(title__startswith="転入者への地域防災情報")

    packet = squeeze(pdf_text(_submit_and_decide(page, consultation, "approved")))
    # The meeting's packet also holds an outsourcing consultation; this one comes last.
    packet = packet[packet.rindex(consultation.number_label) :]
    assert "目的外利用・外部提供" in packet and "相当の理由" in packet
    assert "受託者" not in packet and "契約書等" not in packet
    answer = _answer_text(page, consultation)
    assert consultation.number_label in answer and "転入者への地域防災情報" in answer


def test_an_assessment_review_from_draft_to_answer(page: Page):
    """第三者点検: the assessment from the register and its findings, nothing about contracts."""
    login(page, "shokanka")
    page.goto("/consultations/new/")
    page.fill("#id_title", "住民基本台帳に関する事務の全項目評価書の第三者点検")
    page.get_by_label("特定個人情報保護評価（第三者点検）（番号法第28条）").check()
    expect(page.locator("section[data-section=assessment]")).to_be_visible()
    expect(page.locator("section[data-section=handling]")).to_be_hidden()
    page.fill("#id_outline", "住民基本台帳システムの更改に伴い全項目評価を再実施した。")
    page.fill("#id_comment_period", "令和6年5月1日から5月30日まで（30日間）")
    page.fill("#id_assessment_changes", "")
    page.get_by_role("button", name="下書きを保存").click()
    expect(page.locator("#state")).to_have_text("下書き")
    checklist = page.locator("#checklist")
    expect(checklist.locator("[data-rule=A01]")).to_be_visible()
    expect(checklist.locator("[data-rule=A03]")).to_be_visible()
    expect(checklist.locator("[data-rule=R01]")).to_have_count(0)

    # The register links the assessment to this consultation (the department's register).
    consultation = Consultation.objects.get(title__startswith="住民基本台帳に関する事務の全項目")
    owner = consultation.created_by
    assessment = pia.create(
        consultation.department,
        {"affair": "住民基本台帳に関する事務", "people": 150_000, "handlers": 600},
        owner,
    )
    today = timezone.localdate()
    pia.start_public_comment(
        assessment,
        start=today - datetime.timedelta(days=60),
        end=today - datetime.timedelta(days=31),
        actor=owner,
    )
    pia.start_third_party_check(assessment, consultation=consultation, actor=owner)

    page.goto(f"/consultations/{consultation.pk}/edit/")
    page.fill("#id_assessment_changes", "住民基本台帳システムを更改し、クラウドに移行した。")
    page.get_by_role("button", name="下書きを保存").click()
    expect(page.locator("section[data-section=assessment]")).to_contain_text(
        "住民基本台帳に関する事務（基礎項目評価及び全項目評価）"
    )
    expect(checklist.locator(".finding")).to_have_count(0)
    expect(page.locator("main")).not_to_contain_text("受託者")
    page.get_by_role("button", name="事務局へ提出").click()
    expect(page.locator("#state")).to_have_text("提出済み")
    consultation.refresh_from_db()

    packet = squeeze(pdf_text(_submit_and_decide(page, consultation, "approved")))
    packet = packet[packet.rindex(consultation.number_label) :]
    assert "特定個人情報保護評価" in packet and "クラウドに移行" in packet
    assert "受託者" not in packet and "再委託" not in packet
    answer = _answer_text(page, consultation)
    assert consultation.number_label in answer


def test_a_report_item_with_turns_and_a_follow_up(page: Page):
    """報告事項: materials, turns, 意見あり with the opinion, a follow-up that is on the next
    agenda until its report closes it — and that report is an item of its own."""
    login(page, "jimukyoku")
    sms = Consultation.objects.get(title__startswith="図書館資料の督促")
    meeting = Meeting.objects.filter(date__gt=timezone.localdate()).order_by("date").first()
    page.goto(meeting.get_absolute_url())
    page.get_by_role("link", name="報告事項を追加").click()
    page.select_option("#id_department", label="中央図書館")
    page.fill("#id_title", "ショートメッセージ督促の運用状況")
    page.fill("#id_summary", "導入後3か月の送信件数と返却率を報告する。")
    page.select_option("#id_consultation", label=str(sms))
    page.get_by_role("button", name="報告事項を追加").click()
    expect(page.locator("h1")).to_contain_text("ショートメッセージ督促の運用状況")
    expect(page.locator("main")).to_contain_text(sms.number_label)

    page.fill("#id_u-speaker", "上野 健")
    page.select_option("#id_u-role", "member")
    page.select_option("#id_u-act", "question")
    page.fill("#id_u-text", "誤送信はあったのか。")
    page.get_by_role("button", name="発言を追加").click()
    page.fill("#id_u-speaker", "鈴木 中央図書館長")
    page.select_option("#id_u-role", "department")
    page.select_option("#id_u-act", "answer")
    page.fill("#id_u-text", "誤送信はありませんでした。")
    page.get_by_role("button", name="発言を追加").click()
    expect(page.locator("#turns li")).to_have_count(2)

    page.select_option("#id_a-acknowledgement", "opinions")
    page.get_by_role("button", name="報告の取扱いを記録").click()
    expect(page.locator(".messages")).to_contain_text("審議会の意見を記入してください")
    page.select_option("#id_a-acknowledgement", "opinions")
    page.fill("#id_a-opinion", "返却率の推移を引き続き確認されたい。")
    page.get_by_role("button", name="報告の取扱いを記録").click()
    expect(page.locator("#acknowledgement")).to_have_text("意見あり")
    expect(page.locator("#opinion")).to_contain_text("返却率の推移")

    page.fill("#id_f-what", "次年度の返却率を報告すること")
    page.get_by_role("button", name="宿題事項を追加").click()
    expect(page.locator("#followups")).to_contain_text("次年度の返却率")

    page.goto(meeting.get_absolute_url())
    expect(page.locator("#agenda-reports")).to_contain_text("ショートメッセージ督促の運用状況")
    expect(page.locator("#agenda-reports")).to_contain_text("意見あり")

    # At the next meeting the follow-up is on the agenda; its report closes it and becomes
    # a report item on the consultation.
    later = timezone.localdate() + datetime.timedelta(days=60)
    fiscal_year = wareki.fiscal_year(later)
    next_meeting = Meeting.objects.create(
        council=meeting.council,
        fiscal_year=fiscal_year,
        number=Meeting.objects.filter(council=meeting.council, fiscal_year=fiscal_year).count() + 1,
        date=later,
        start_time=datetime.time(10),
        place="第1会議室",
    )
    page.goto(next_meeting.get_absolute_url())
    item = page.locator("#agenda-followups li", has_text="次年度の返却率")
    item.locator("input[name=report]").fill("返却率は92%であった。")
    item.get_by_role("button", name="この報告で完了").click()
    page.locator("#agenda-followups a", has_text="返却率は92%であった。").click()
    expect(page.locator("h1")).to_contain_text("宿題事項の報告")
    expect(page.locator("main")).to_contain_text(sms.number_label)
