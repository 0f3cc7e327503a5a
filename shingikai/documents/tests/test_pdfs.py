"""Council documents as PDF: Japanese title, 和暦 date, CJK fonts only, and a first page
rendered to PNG (kept in $SHINGIKAI_PNG_DIR) to look at for missing glyphs."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from shingikai.checklist.tests.files import pdf_bytes
from shingikai.consultations import services
from shingikai.consultations.models import Attachment
from shingikai.documents.tests.factories import decided, held_meeting
from shingikai.documents.tests.pdftext import (
    first_page_png,
    pdf_fonts,
    pdf_pages,
    pdf_text,
    squeeze,
)

DATE = "令和6年6月10日(月)"


@pytest.fixture
def held(world):
    meeting = held_meeting(world)
    consultation, decision = decided(world, meeting)
    return meeting, consultation, decision


def _check(pdf: bytes, title: str, date: str, name: str, tmp_path) -> str:
    text = squeeze(pdf_text(pdf))
    assert title in text
    assert date in text
    # Every glyph comes from Noto CJK: no fallback font that could lack Japanese glyphs.
    fonts = {font.replace("-", "") for font in pdf_fonts(pdf)}
    assert fonts and all("NotoSerifCJK" in f or "NotoSansCJK" in f for f in fonts), fonts
    png = first_page_png(pdf, name, tmp_path)
    assert png.stat().st_size > 2000
    return text


def test_the_agenda(client, world, held, tmp_path):
    meeting, consultation, _ = held
    client.force_login(world.dave)
    response = client.get(f"/documents/meetings/{meeting.pk}/agenda.pdf")
    assert response["Content-Type"] == "application/pdf"
    text = _check(response.content, "令和6年度第1回会議次第", DATE, "agenda", tmp_path)
    assert "諮問第480号「図書館資料の督促" in text
    assert "午前10時00分～午後0時19分" in text


def test_the_minutes(client, world, held, tmp_path):
    meeting, _, _ = held
    client.force_login(world.alice)
    pdf = client.get(f"/documents/meetings/{meeting.pk}/minutes.pdf").content
    text = _check(pdf, "令和6年度第1回テスト市個人情報保護審議会会議録", DATE, "minutes", tmp_path)
    for heading in [
        "会議の名称",
        "開催日時",
        "開催場所",
        "出席者",
        "欠席者",
        "傍聴の可否",
        "会議次第",
        "会議経過",
    ]:
        assert heading in text
    assert "委員1会長・委員2委員" in text and "委員5委員" in text
    assert "○委員1会長委託終了後のデータ消去は" in text


def test_the_answer(client, world, held, tmp_path):
    _, consultation, decision = held
    client.force_login(world.bob)
    pdf = client.get(f"/documents/answers/{decision.pk}.pdf").content
    text = _check(pdf, "について（答申）", "令和6年6月10日", "answer", tmp_path)
    assert "テスト市長様" in text and "会長委員1" in text
    assert "附帯意見を付して、諮問どおり実施することを「可」とする。" in text
    assert "送信するメッセージに資料名を含めないこと。" in text


def test_the_members_packet_is_one_numbered_pdf_with_the_attachments(client, world, held, tmp_path):
    meeting, consultation, _ = held
    sheet = pdf_bytes("製品説明資料\n" + "\n".join(f"仕様{i}" for i in range(120)))
    Attachment.objects.create(
        consultation=consultation,
        title="製品説明資料",
        file=SimpleUploadedFile("product.pdf", sheet),
        uploaded_by=world.bob,
    )
    Attachment.objects.create(
        consultation=consultation,
        title="業務フロー",
        file=SimpleUploadedFile("flow.txt", "業務フロー：受付→送信→消去".encode()),
        uploaded_by=world.bob,
    )
    client.force_login(world.dave)
    pdf = client.get(f"/documents/meetings/{meeting.pk}/packet.pdf").content
    text = _check(pdf, "令和6年度第1回審議会資料", "令和6年6月10日", "packet", tmp_path)
    pages = pdf_pages(pdf)
    assert pages >= 1 + 1 + 1 + pdf_pages(sheet) + 1
    for number in range(1, pages + 1):
        assert f"-{number}-" in text
    assert "会議次第2ページ" in text  # the contents give each part's first page
    assert "仕様119" in text and "業務フロー：受付→送信→消去" in text


def test_a_departments_packet_leaves_out_other_departments_consultations(client, world, held):
    """carol (中央図書館) gets her own and decided ones, not 市民課's undecided one."""
    meeting, _, _ = held
    decided(world, meeting, title="蔵書点検の委託", department=world.library)
    pending = world.consultation(title="住民票の写しのコンビニ交付")
    services.submit(pending, world.bob)
    services.put_on_agenda(pending, meeting, world.alice)
    client.force_login(world.carol)
    for document in ("packet.pdf", "agenda.pdf"):
        pdf = client.get(f"/documents/meetings/{meeting.pk}/{document}").content
        text = squeeze(pdf_text(pdf))
        assert "蔵書点検の委託" in text and "図書館資料の督促" in text
        assert "コンビニ交付" not in text
    client.force_login(world.dave)
    assert "コンビニ交付" in squeeze(
        pdf_text(client.get(f"/documents/meetings/{meeting.pk}/packet.pdf").content)
    )
