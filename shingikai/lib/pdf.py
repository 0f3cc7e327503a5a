"""A4 PDFs from Django templates through WeasyPrint, with a Japanese font from Debian.

Templates extend "pdf/base.html", which sets the page size, the CJK font, the language and
page numbers. Every document residents or members receive is a tagged PDF (structure tree,
/Lang, the title shown instead of the file name), so screen readers read it in order: that is
WeasyPrint's `pdf_tags`. Documents made of several parts (the members' packet) are merged by
`merge_tagged`, which keeps each part's structure tree under one document and adds a bookmark
per part. No outside resources are fetched: the URL fetcher refuses everything but data: and
file: URLs.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from django.http import HttpResponse
from django.template.loader import render_to_string
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)


def _local_only_fetcher(url: str, *args, **kwargs):
    from weasyprint.urls import default_url_fetcher

    if url.startswith(("data:", "file:")):
        return default_url_fetcher(url, *args, **kwargs)
    raise ValueError(f"PDF rendering fetches no outside resource: {url}")


def render_pdf(template_name: str, context: dict, *, tagged: bool = True) -> bytes:
    """tagged=False only for overlays (page-number strips) that are stamped onto tagged pages."""
    from weasyprint import HTML

    html = render_to_string(template_name, context)
    return HTML(string=html, url_fetcher=_local_only_fetcher).write_pdf(pdf_tags=tagged)


@dataclass
class TaggedPart:
    title: str  # its bookmark
    pdf: bytes


def merge_tagged(parts: Sequence[TaggedPart], *, title: str, lang: str = "ja") -> PdfWriter:
    """One PDF from several: pages in order, a bookmark per part, and one structure tree.

    pypdf copies pages but not structure trees, so each part's tree is cloned under a new
    Document element and the page-to-structure map (/ParentTree) is renumbered. Parts that are
    not tagged (uploaded attachments) keep their pages, with no structure of their own.
    """
    writer = PdfWriter()
    root_elements = ArrayObject()
    parent_tree = ArrayObject()
    next_key = 0
    struct_root = DictionaryObject({NameObject("/Type"): NameObject("/StructTreeRoot")})
    struct_root_ref = writer._add_object(struct_root)
    document = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/StructElem"),
            NameObject("/S"): NameObject("/Document"),
            NameObject("/P"): struct_root_ref,
            NameObject("/K"): root_elements,
        }
    )
    document_ref = writer._add_object(document)
    for part in parts:
        reader = PdfReader(io.BytesIO(part.pdf))
        first_page = len(writer.pages)
        source_tree = reader.trailer["/Root"].get("/StructTreeRoot")
        if source_tree is not None:
            source_tree = source_tree.get_object()
            # Detach the part's elements from their old root so cloning does not copy it.
            kids = source_tree["/K"]
            kids = kids if isinstance(kids, ArrayObject) else ArrayObject([kids])
            for kid in kids:
                kid.get_object()[NameObject("/P")] = document_ref
        writer.append(reader, import_outline=False)
        writer.add_outline_item(title=part.title, page_number=first_page)
        if source_tree is None:
            continue
        offset = next_key
        for kid in kids:
            element = kid.clone(writer).get_object()
            if element.get("/S") == "/Document":
                element[NameObject("/S")] = NameObject("/Part")
            root_elements.append(element.indirect_reference)
        nums = source_tree["/ParentTree"].get_object().get("/Nums", ArrayObject())
        for key, value in zip(nums[::2], nums[1::2], strict=True):
            parent_tree.append(NumberObject(offset + int(key)))
            parent_tree.append(value.clone(writer) if hasattr(value, "clone") else value)
            next_key = max(next_key, offset + int(key) + 1)
        # pypdf drops /StructParents when it copies a page: restore them, shifted.
        for source, page in zip(reader.pages, writer.pages[first_page:], strict=True):
            _shift_struct_keys(source, page, offset)
    struct_root[NameObject("/K")] = ArrayObject([document_ref])
    struct_root[NameObject("/ParentTree")] = DictionaryObject({NameObject("/Nums"): parent_tree})
    struct_root[NameObject("/ParentTreeNextKey")] = NumberObject(next_key)
    catalog = writer.root_object
    catalog[NameObject("/StructTreeRoot")] = struct_root_ref
    catalog[NameObject("/MarkInfo")] = DictionaryObject(
        {NameObject("/Marked"): BooleanObject(True)}
    )
    catalog[NameObject("/Lang")] = TextStringObject(lang)
    catalog[NameObject("/ViewerPreferences")] = DictionaryObject(
        {NameObject("/DisplayDocTitle"): BooleanObject(True)}
    )
    catalog[NameObject("/PageMode")] = NameObject("/UseOutlines")
    writer.add_metadata({"/Title": title})
    return writer


def _shift_struct_keys(source, page, offset: int) -> None:
    if "/StructParents" in source:
        page[NameObject("/StructParents")] = NumberObject(int(source["/StructParents"]) + offset)
    for annotation in page.get("/Annots", None) or []:
        annotation = annotation.get_object()
        if "/StructParent" in annotation:
            annotation[NameObject("/StructParent")] = NumberObject(
                int(annotation["/StructParent"]) + offset
            )


def as_artifact(page) -> None:
    """Marks a page's whole content as an artifact (page numbers stamped onto tagged pages),
    so screen readers skip it rather than reading untagged text."""
    data = page.get_contents().get_data() if page.get_contents() is not None else b""
    stream = DecodedStreamObject()
    stream.set_data(b"/Artifact BMC\n" + data + b"\nEMC\n")
    page[NameObject("/Contents")] = stream


def writer_bytes(writer: PdfWriter) -> bytes:
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pdf_response(pdf: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition(filename, inline=True)
    return response


def content_disposition(filename: str, *, inline: bool = False) -> str:
    """A header value that carries a Japanese file name to every browser (RFC 6266)."""
    from urllib.parse import quote

    kind = "inline" if inline else "attachment"
    ascii_name = filename.encode("ascii", "replace").decode().replace("?", "_")
    return f"{kind}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
