"""Attachment limits before any parsing: a 20,000-page PDF or a zip-bomb DOCX is refused fast."""

import io
import time
import zipfile

from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfWriter

from shingikai.checklist import extract
from shingikai.checklist.tests.drafts import COMPLETE
from shingikai.checklist.tests.files import docx_bytes, pdf_bytes
from shingikai.consultations.models import Attachment
from shingikai.lib import filelimits


def _blank_pdf(pages: int) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _zip_bomb_docx(unpacked: int = 50 * 1024 * 1024) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            chunk = b" " * (1024 * 1024)
            for _ in range(unpacked // len(chunk)):
                member.write(chunk)
    return buffer.getvalue()


def _upload(client, world, name, data):
    draft = world.consultation(**COMPLETE)
    client.force_login(world.bob)
    upload = SimpleUploadedFile(name, data, "application/octet-stream")
    started = time.perf_counter()
    response = client.post(
        f"/consultations/{draft.pk}/attachments/", {"title": "資料", "file": upload}
    )
    seconds = time.perf_counter() - started
    return " ".join(str(m) for m in get_messages(response.wsgi_request)), seconds


def test_a_20000_page_pdf_is_refused_before_parsing(client, world):
    data = _blank_pdf(20_000)
    message, seconds = _upload(client, world, "白紙.pdf", data)
    assert "ページ" in message and not Attachment.objects.exists()
    assert seconds < 10
    started = time.perf_counter()
    assert extract.attachment_text("白紙.pdf", data) == ""
    assert time.perf_counter() - started < 5


def test_a_zip_bomb_docx_is_refused_before_parsing(client, world):
    data = _zip_bomb_docx()
    assert len(data) < 200 * 1024
    message, seconds = _upload(client, world, "爆弾.docx", data)
    assert "展開" in message and not Attachment.objects.exists()
    assert seconds < 10
    assert extract.attachment_text("爆弾.docx", data) == ""


def test_ordinary_pdf_and_docx_are_still_read_in_the_bounded_child():
    assert "メールアドレス" in extract.attachment_text("a.pdf", pdf_bytes())
    assert "メールアドレス" in extract.attachment_text("a.docx", docx_bytes())
    assert filelimits.pdf_pages(_blank_pdf(3)) == 3


def test_extracted_text_is_capped():
    text = "あ" * (extract.MAX_TEXT_CHARS + 10)
    assert len(extract.attachment_text("a.txt", text.encode())) == extract.MAX_TEXT_CHARS
