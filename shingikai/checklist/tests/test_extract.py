"""Text from attachments: PDF text layer, DOCX paragraphs and tables, Shift_JIS text."""

from shingikai.checklist.extract import attachment_text
from shingikai.checklist.tests.files import docx_bytes, pdf_bytes, sjis_bytes


def test_pdf_text_layer_is_read():
    assert "メールアドレス" in attachment_text("製品説明.pdf", pdf_bytes())


def test_docx_paragraphs_and_tables_are_read():
    text = attachment_text("製品説明.docx", docx_bytes())
    assert "メールアドレス" in text and "TLSで暗号化" in text


def test_shift_jis_text_is_decoded():
    assert "メールアドレス" in attachment_text("製品説明.txt", sjis_bytes())


def test_unreadable_files_give_no_text_instead_of_an_error():
    assert attachment_text("broken.pdf", b"%PDF-1.7 garbage") == ""
    assert attachment_text("photo.bin", b"\x00\x01\x02" * 100) == ""
