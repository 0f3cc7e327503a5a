"""Report items (報告事項): department, materials, turns, acknowledgement, opinions,
follow-ups, and the consultation they report on."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from shingikai.consultations import reports, services
from shingikai.consultations.models import Acknowledgement, FollowUp, Report
from shingikai.documents.context import agenda_context, draft_text


@pytest.fixture
def decided(world, meeting):
    consultation = world.consultation()
    services.submit(consultation, world.bob)
    services.put_on_agenda(consultation, meeting, world.alice)
    services.record_decision(consultation, meeting, "approved", "", world.alice)
    return consultation


def test_the_secretariat_records_a_report_item_through_its_page(
    client, world, meeting, next_meeting, decided
):
    client.force_login(world.alice)
    response = client.post(
        f"/consultations/reports/new/{next_meeting.pk}/",
        {
            "department": world.shimin.pk,
            "title": "学童メールシステムの運用状況の報告",
            "summary": "導入後半年の配信件数と誤送信の有無を報告する。",
            "consultation": decided.pk,
        },
    )
    report = Report.objects.get()
    assert response.status_code == 302 and response.url == report.get_absolute_url()
    assert (report.department, report.consultation, report.meeting) == (
        world.shimin,
        decided,
        next_meeting,
    )
    page = report.get_absolute_url()
    client.post(
        page,
        {
            "action": "turn",
            "u-speaker": "上野 健",
            "u-role": "member",
            "u-act": "question",
            "u-text": "誤送信は何件あったのか。",
        },
    )
    client.post(
        page,
        {
            "action": "turn",
            "u-speaker": "佐藤 市民課長",
            "u-role": "department",
            "u-act": "answer",
            "u-text": "誤送信はありませんでした。",
        },
    )
    client.post(
        page,
        {
            "action": "material",
            "m-title": "配信実績",
            "m-file": SimpleUploadedFile("実績.txt", "配信実績".encode()),
        },
    )
    client.post(
        page,
        {
            "action": "acknowledge",
            "a-acknowledgement": "opinions",
            "a-opinion": "保護者への周知を続けられたい。",
        },
    )
    client.post(
        page,
        {
            "action": "followup",
            "f-owner": world.shimin.pk,
            "f-what": "次年度の配信実績を報告すること",
            "f-due": "next_meeting",
        },
    )
    report.refresh_from_db()
    assert [t.text for t in report.turns.all()] == [
        "誤送信は何件あったのか。",
        "誤送信はありませんでした。",
    ]
    assert [t.order for t in report.turns.all()] == [1, 2]
    assert report.materials.get().title == "配信実績"
    assert report.acknowledgement == Acknowledgement.OPINIONS
    assert report.opinion == "保護者への周知を続けられたい。"
    followup = report.followups.get()
    assert followup.consultation == decided and followup.raised_at == next_meeting
    text = client.get(page).content.decode()
    assert "意見あり" in text and "誤送信はありませんでした" in text

    # The agenda and the draft minutes carry it under 報告事項.
    groups = {g["heading"]: g["items"] for g in agenda_context(next_meeting)["agenda"]}
    assert "学童メールシステムの運用状況の報告（市民課）" in groups["報告事項"]
    minutes = draft_text(next_meeting)
    assert "次の意見を付して了承する。" in minutes and "○上野 健委員　誤送信は" in minutes
    assert "※宿題事項：次年度の配信実績を報告すること" in minutes


def test_opinions_need_their_text_and_nothing_is_written(world, meeting):
    report = reports.create_report(
        meeting, department=world.shimin, title="報告", actor=world.alice
    )
    with pytest.raises(reports.ReportError):
        reports.acknowledge(report, Acknowledgement.OPINIONS, "  ")
    report.refresh_from_db()
    assert report.acknowledgement == "" and report.opinion == ""
    reports.acknowledge(report, Acknowledgement.NOTED, "")
    report.refresh_from_db()
    assert report.get_acknowledgement_display() == "了承"


def test_a_closed_follow_up_becomes_a_report_item(world, meeting, next_meeting, decided):
    followup = services.raise_followup(
        meeting=meeting,
        owner=world.shimin,
        consultation=decided,
        due=FollowUp.Due.NEXT_MEETING,
        what="運用規程を次回報告すること",
    )
    services.close_followup(followup, next_meeting, "運用規程を定めた。", world.alice)
    report = Report.objects.get(followup=followup)
    assert report.meeting == next_meeting and report.consultation == decided
    assert report.department == world.shimin and report.summary == "運用規程を定めた。"
    assert report.title.startswith("宿題事項の報告")


def test_only_the_council_and_the_reporting_department_read_it(client, world, meeting):
    report = reports.create_report(
        meeting, department=world.shimin, title="報告", actor=world.alice
    )
    url = report.get_absolute_url()
    for user, status in [(world.bob, 200), (world.dave, 200), (world.carol, 403)]:
        client.force_login(user)
        assert client.get(url).status_code == status
    client.force_login(world.bob)
    assert (
        client.post(url, {"action": "acknowledge", "a-acknowledgement": "noted"}).status_code == 403
    )
    report.refresh_from_db()
    assert report.acknowledgement == ""
