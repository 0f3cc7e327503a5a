"""答申書 and minutes as DOCX, for the clerk who edits the final wording in Word.

Takes the same plain contexts as the PDF templates (documents/context.py).  A4, Mincho
for Japanese text (the font municipal PCs have), page numbers in the footer.
"""

from __future__ import annotations

import io
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

FONT = "ＭＳ 明朝"


def _document() -> Any:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(22)
    section.left_margin = section.right_margin = Mm(20)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10.5)
    # Word picks the East Asian font from w:eastAsia, not from the font name above.
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    _page_number(section)
    return document


def _page_number(section) -> None:
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _paragraph(document, text: str = "", *, align=None, bold: bool = False, size: int = 0):
    paragraph = document.add_paragraph()
    if align is not None:
        paragraph.alignment = align
    run = paragraph.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return paragraph


def _lines(document, text: str, *, indent: bool = False) -> None:
    for line in (text or "").splitlines() or [""]:
        paragraph = _paragraph(document, line)
        if indent:
            paragraph.paragraph_format.left_indent = Mm(4)


def _bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def answer_docx(a: dict[str, Any]) -> bytes:
    document = _document()
    if a.get("document_number"):
        _paragraph(document, a["document_number"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(document, a["date"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(document, f"{a['addressee']}　様")
    _paragraph(document, a["council"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(document, f"会長　{a['chair']}", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph(document, a["subject"], align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=14)
    _paragraph(document, f"　{a['intro']}")
    _paragraph(document, "記", align=WD_ALIGN_PARAGRAPH.CENTER)
    sections = [
        ("諮問事項", f"{a['title']}（{a['department']}）"),
        ("諮問の根拠", a["grounds"]),
        ("答申", a["outcome"]),
    ]
    if a["opinion"]:
        sections.append((a["opinion_heading"], a["opinion"]))
    sections.append(("審議経過", f"{a['meeting']}において審議"))
    for number, (heading, body) in enumerate(sections, start=1):
        _paragraph(document, f"{number}　{heading}", bold=True)
        _lines(document, body, indent=True)
    _paragraph(document, "以上", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _bytes(document)


def minutes_docx(m: dict[str, Any]) -> bytes:
    header = m["header"]
    document = _document()
    _paragraph(
        document, f"{header['name']} 会議録", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=14
    )
    attendees = "（委員）" + ("・".join(header["present"]) or "—")
    if header["secretariat"]:
        attendees += "\n（事務局）" + "・".join(header["secretariat"])
    if header["explainers"]:
        attendees += "\n（説明員）" + "・".join(header["explainers"])
    attendance = header["public_attendance"]
    if header["closed_reason"]:
        attendance += f"\n（理由）{header['closed_reason']}"
    if header["observers"]:
        attendance += f"\n傍聴者数　{header['observers']}人"
    agenda_lines = []
    for i, group in enumerate(m["agenda"], start=1):
        agenda_lines.append(f"{i}　{group['heading']}")
        agenda_lines += [f"　({j}) {line}" for j, line in enumerate(group["items"], start=1)]
    rows = [
        ("会議の名称", header["name"]),
        ("開催日時", f"{header['date']}　{header['time']}"),
        ("開催場所", header["place"]),
        ("出席者", attendees),
        *([("定足数", "\n".join(header["quorum"]))] if header.get("quorum") else []),
        ("欠席者", "・".join(header["absent"]) or "なし"),
        ("傍聴の可否", attendance),
        ("会議次第", "\n".join(agenda_lines)),
    ]
    if header["contact"]:
        rows.append(("問い合わせ先", header["contact"]))
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
        cells[0].width, cells[1].width = Mm(35), Mm(135)
    _paragraph(document)
    _paragraph(document, "会議経過", bold=True, size=12)
    _lines(document, m["proceedings"])
    return _bytes(document)
