"""Every document residents or members receive is a tagged PDF: structure tree, language,
the title shown in the viewer's title bar (JIS X 8341-3 / PDF/UA-minded)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from shingikai.checklist.tests.files import pdf_bytes
from shingikai.consultations.models import Attachment
from shingikai.documents import context
from shingikai.documents.tests.factories import decided, held_meeting
from shingikai.documents.tests.pdftext import pdf_accessibility, pdf_text, squeeze
from shingikai.lib.pdf import render_pdf


@pytest.fixture
def held(world):
    meeting = held_meeting(world)
    consultation, decision = decided(world, meeting)
    return meeting, consultation, decision


def _assert_tagged(pdf: bytes, title_part: str, tmp_path) -> dict:
    facts = pdf_accessibility(pdf, tmp_path)
    assert facts["tagged"] == "yes"
    assert facts["has_structure"]
    assert facts["lang"] == "ja"
    assert facts["display_doc_title"]
    assert title_part in facts["title"], facts["title"]
    return facts


@pytest.mark.parametrize(
    "document, title_part",
    [("agenda.pdf", "会議次第"), ("minutes.pdf", "会議録")],
)
def test_meeting_documents_are_tagged(client, world, held, tmp_path, document, title_part):
    meeting, _, _ = held
    client.force_login(world.alice)
    pdf = client.get(f"/documents/meetings/{meeting.pk}/{document}").content
    _assert_tagged(pdf, title_part, tmp_path)


def test_the_answer_is_tagged(client, world, held, tmp_path):
    _, _, decision = held
    client.force_login(world.alice)
    pdf = client.get(f"/documents/answers/{decision.pk}.pdf").content
    _assert_tagged(pdf, "答申", tmp_path)


def test_the_public_minutes_are_tagged(world, held, tmp_path):
    meeting, _, _ = held
    pdf = render_pdf("documents/pdf/minutes.html", context.minutes_context(meeting, public=True))
    _assert_tagged(pdf, "会議録", tmp_path)


def test_the_merged_packet_keeps_one_structure_tree_a_title_and_bookmarks(
    client, world, held, tmp_path
):
    meeting, consultation, _ = held
    Attachment.objects.create(
        consultation=consultation,
        title="製品説明資料",
        file=SimpleUploadedFile("product.pdf", pdf_bytes("製品説明資料\n仕様1")),
        uploaded_by=world.bob,
    )
    client.force_login(world.dave)
    pdf = client.get(f"/documents/meetings/{meeting.pk}/packet.pdf").content
    facts = _assert_tagged(pdf, "資料一式", tmp_path)
    assert facts["bookmarks"][:2] == ["目次", "会議次第"]
    assert any("製品説明資料" in title for title in facts["bookmarks"])
    # The stamped page numbers are still printed, as artifacts outside the structure.
    assert "-1-" in squeeze(pdf_text(pdf))
