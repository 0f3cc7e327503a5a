"""A4 PDFs from Django templates through WeasyPrint, with a Japanese font from Debian.

Templates extend "pdf/base.html", which sets the page size, the CJK font and page numbers.
No outside resources are fetched: the URL fetcher refuses everything but data: and file: URLs.
"""

from __future__ import annotations

from django.http import HttpResponse
from django.template.loader import render_to_string


def _local_only_fetcher(url: str, *args, **kwargs):
    from weasyprint.urls import default_url_fetcher

    if url.startswith(("data:", "file:")):
        return default_url_fetcher(url, *args, **kwargs)
    raise ValueError(f"PDF rendering fetches no outside resource: {url}")


def render_pdf(template_name: str, context: dict) -> bytes:
    from weasyprint import HTML

    html = render_to_string(template_name, context)
    return HTML(string=html, url_fetcher=_local_only_fetcher).write_pdf()


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
