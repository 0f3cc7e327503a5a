"""Kinds of consultation other than outsourcing, from draft to 答申書, in Chromium.

Each 諮問書 shows only the sections of its ground's section set, on the form, the page, the
members' packet and the 答申書, and the checklist raises only its own findings.
"""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from shingikai.checklist.defaults import install_defaults
from shingikai.consultations.models import Consultation
from shingikai.councils.seed import seed_section_sets
from shingikai.documents.tests.pdftext import pdf_text, squeeze
from shingikai.meetings.models import Meeting
from shingikai.pia import services as pia
from tests.browser.conftest import login

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def reference_data(demo):
    install_defaults()
    seed_section_sets()


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
    assert "特定個人情報保護評価" in packet and "クラウドに移行" in packet
    assert "受託者" not in packet and "再委託" not in packet
    answer = _answer_text(page, consultation)
    assert consultation.number_label in answer
