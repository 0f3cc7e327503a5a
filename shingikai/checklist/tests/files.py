"""Attachment files made on the fly: a product sheet as PDF, DOCX or Shift_JIS text."""

from __future__ import annotations

import io

PRODUCT_SHEET = "製品説明資料\n申請フォーム：氏名、メールアドレス入力\n送信はTLSで暗号化"


def pdf_bytes(text: str = PRODUCT_SHEET) -> bytes:
    from weasyprint import HTML

    body = "".join(f"<p>{line}</p>" for line in text.splitlines())
    html = f'<html lang="ja"><body style="font-family: \'Noto Sans CJK JP\'">{body}</body></html>'
    return HTML(string=html).write_pdf()


def docx_bytes(text: str = PRODUCT_SHEET) -> bytes:
    import docx

    document = docx.Document()
    lines = text.splitlines()
    for line in lines[:-1]:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=1)
    table.rows[0].cells[0].text = lines[-1]  # text in tables is read too
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def sjis_bytes(text: str = PRODUCT_SHEET) -> bytes:
    return text.encode("cp932")
