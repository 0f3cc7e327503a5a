"""The members' materials packet: contents, agenda, each consultation and its attachments,
merged into one PDF with page numbers running through, so members can cite 資料のNページ."""

from __future__ import annotations

import base64
import io
import logging
import mimetypes
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter, Transformation

from shingikai.checklist import extract
from shingikai.consultations.models import Attachment, Consultation
from shingikai.documents import context
from shingikai.lib import filelimits
from shingikai.lib.pdf import TaggedPart, as_artifact, merge_tagged, render_pdf, writer_bytes
from shingikai.meetings.models import Meeting

log = logging.getLogger(__name__)
A4_WIDTH = 595.28  # points
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif")


@dataclass
class Part:
    title: str
    pdf: bytes
    listed: bool = True  # shown in the contents

    @property
    def pages(self) -> int:
        return len(PdfReader(io.BytesIO(self.pdf)).pages)


def _render(template: str, ctx: dict) -> bytes:
    return render_pdf(template, {**ctx, "no_page_numbers": True})


def _attachment_part(attachment: Attachment) -> Part:
    title = f"添付資料「{attachment.title}」"
    try:
        with attachment.file.open("rb") as handle:
            data = handle.read()
    except OSError:
        log.warning("attachment %s has no file on disk", attachment.pk)
        data = b""
    name = attachment.file.name
    reason = filelimits.problem(name, data)
    if reason is not None:
        # Uploaded before the limits: neither merged nor parsed, a placeholder page instead.
        log.warning("attachment %s left out of the packet: %s", attachment.pk, reason)
        data = b""
    if data.startswith(b"%PDF-"):
        try:
            reader = PdfReader(io.BytesIO(data))
            if not reader.is_encrypted and reader.pages:
                return Part(title, data)
        except Exception:  # noqa: BLE001 - a broken PDF gets the placeholder page
            log.warning("attachment %s is not a readable PDF", attachment.pk, exc_info=True)
        data = b""
    ctx: dict = {"title": title, "filename": name.rsplit("/", 1)[-1]}
    mime = mimetypes.guess_type(name)[0]
    if mime in IMAGE_TYPES and data:
        ctx["image"] = f"data:{mime};base64,{base64.b64encode(data).decode()}"
    elif data:
        ctx["text"] = extract.attachment_text(name, data)
    return Part(title, _render("documents/pdf/attachment.html", ctx))


def _consultation_parts(index: int, consultation: Consultation) -> list[Part]:
    ctx = context.consultation_context(consultation, public=False)
    attachments = list(consultation.attachments.all())
    main = Part(
        f"資料{index}　{context.consultation_heading(consultation, public=False)}",
        _render(
            "documents/pdf/consultation.html",
            {"c": ctx, "index": index, "attachments": [a.title for a in attachments]},
        ),
    )
    return [main, *(_attachment_part(a) for a in attachments)]


def _stamp_page_numbers(writer: PdfWriter) -> None:
    overlay = PdfReader(
        io.BytesIO(
            render_pdf(
                "documents/pdf/page_numbers.html",
                {"pages": range(len(writer.pages))},
                tagged=False,
            )
        )
    )
    for page, number in zip(writer.pages, overlay.pages, strict=True):
        as_artifact(number)
        # Centre the A4 number strip on pages of other sizes (attachments in A3 or Letter).
        offset = (float(page.mediabox.width) - A4_WIDTH) / 2
        page.merge_transformed_page(number, Transformation().translate(offset, 0))


def _merge(parts: Iterable[Part], title: str) -> bytes:
    writer = merge_tagged([TaggedPart(part.title, part.pdf) for part in parts], title=title)
    _stamp_page_numbers(writer)
    return writer_bytes(writer)


def build_packet(meeting: Meeting, shows: Callable[[Consultation], bool]) -> bytes:
    """shows: whether the reader may see a consultation on the agenda."""
    agenda_ctx = context.agenda_context(meeting, shows)
    items = meeting.items.filter(consultation__isnull=False).select_related(
        "consultation__department", "consultation__council"
    )
    consultations = [item.consultation for item in items if shows(item.consultation)]
    body = [Part("会議次第", _render("documents/pdf/agenda.html", agenda_ctx))]
    for index, consultation in enumerate(consultations, start=1):
        body += _consultation_parts(index, consultation)
    # The contents page needs the page numbers, which depend on its own length: render it
    # until its length is stable (one pass, or two for a long agenda).
    toc_pages = 1
    while True:
        entries, page = [], toc_pages + 1
        for part in body:
            entries.append({"title": part.title, "page": page})
            page += part.pages
        toc = Part(
            "目次",
            _render(
                "documents/pdf/packet_toc.html",
                {"header": agenda_ctx["header"], "entries": entries},
            ),
        )
        if toc.pages == toc_pages:
            break
        toc_pages = toc.pages
    return _merge([toc, *body], title=f"{agenda_ctx['header']['name']}　資料一式")
