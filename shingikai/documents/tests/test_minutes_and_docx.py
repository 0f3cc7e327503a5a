"""Minutes drafted from the recorded proceedings, edited by the secretariat, and the DOCX
versions of minutes and 答申書; who may have which document."""

import pytest

from shingikai.consultations import services
from shingikai.consultations.models import Outcome
from shingikai.documents.models import MeetingMinutes
from shingikai.documents.tests.factories import decided, held_meeting
from shingikai.documents.tests.pdftext import docx_text

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture
def held(world):
    meeting = held_meeting(world)
    consultation, decision = decided(world, meeting)
    return meeting, consultation, decision


def test_the_minutes_form_starts_from_the_recorded_utterances(client, world, held):
    meeting, _, _ = held
    client.force_login(world.alice)
    page = client.get(f"/documents/meetings/{meeting.pk}/minutes/").content.decode()
    # The usual style is 要点筆記: each point under the speaker's role, as the samples write it.
    assert "・（会長）委託終了後のデータ消去は、どのように確認するのか。" in page
    assert "※宿題事項：事業者の運用規程を次回報告すること。（市民課）" in page
    assert not MeetingMinutes.objects.exists()

    client.post(
        f"/documents/meetings/{meeting.pk}/minutes/",
        {"action": "save", "style": "summary", "proceedings": "（1）開会\r\n要点を記す。\r\n"},
    )
    record = MeetingMinutes.objects.get()
    assert (record.proceedings, record.updated_by) == ("（1）開会\n要点を記す。\n", world.alice)


def test_an_empty_text_is_refused(client, world, held):
    meeting, _, _ = held
    client.force_login(world.alice)
    response = client.post(
        f"/documents/meetings/{meeting.pk}/minutes/",
        {"action": "save", "style": "summary", "proceedings": "  "},
    )
    assert "会議経過を記入してください。" in response.content.decode()


def test_minutes_and_answer_as_docx(client, world, held):
    meeting, _, decision = held
    client.force_login(world.alice)
    response = client.get(f"/documents/meetings/{meeting.pk}/minutes.docx")
    assert response["Content-Type"] == DOCX
    assert "filename*=UTF-8''" in response["Content-Disposition"]
    text = docx_text(response.content)
    assert "令和6年度第1回テスト市個人情報保護審議会 会議録" in text
    assert "令和6年6月10日(月)　午前10時00分～午後0時19分" in text
    assert "会議経過" in text and "○委員1会長　委託終了後" in text
    text = docx_text(client.get(f"/documents/answers/{decision.pk}.docx").content)
    assert "について（答申）" in text and "令和6年6月10日" in text
    assert "送信するメッセージに資料名を含めないこと。" in text


def test_departments_get_no_minutes_and_continued_deliberation_no_answer(client, world, held):
    meeting, _, _ = held
    client.force_login(world.bob)
    assert client.get(f"/documents/meetings/{meeting.pk}/minutes.pdf").status_code == 403
    assert client.get(f"/documents/meetings/{meeting.pk}/minutes/").status_code == 403
    client.force_login(world.dave)
    assert client.get(f"/documents/meetings/{meeting.pk}/minutes.docx").status_code == 200
    assert client.get(f"/documents/meetings/{meeting.pk}/minutes/").status_code == 403

    pending = world.consultation(title="継続になる諮問")
    services.submit(pending, world.bob)
    services.put_on_agenda(pending, meeting, world.alice)
    continued = services.record_decision(pending, meeting, Outcome.CONTINUED, "", world.alice)
    client.force_login(world.alice)
    assert client.get(f"/documents/answers/{continued.pk}.pdf").status_code == 404


def test_the_documents_page_lists_what_the_reader_may_have(client, world, held):
    meeting, consultation, decision = held
    client.force_login(world.alice)
    page = client.get(f"/documents/meetings/{meeting.pk}/").content.decode()
    assert f"/documents/answers/{decision.pk}.pdf" in page
    assert f"/public/manage/{meeting.pk}/" in page
    client.force_login(world.carol)
    assert client.get(f"/documents/meetings/{meeting.pk}/").status_code == 403
    client.force_login(world.bob)
    page = client.get(f"/consultations/{consultation.pk}/").content.decode()
    assert f"/documents/answers/{decision.pk}.docx" in page
