"""Publication: redactions, published meetings and the public portal.

The public API lives in publication.api; these wrappers let callers write
`publication.public_text(obj, field)` without importing models at app-loading time.
"""

from __future__ import annotations

from shingikai.publication.spans import MARKER

__all__ = ["MARKER", "public_documents", "public_text", "published_meetings"]


def public_text(obj, field: str) -> str:
    from shingikai.publication.api import public_text as _public_text

    return _public_text(obj, field)


def published_meetings():
    from shingikai.publication.api import published_meetings as _published_meetings

    return _published_meetings()


def public_documents():
    from shingikai.publication.api import public_documents as _public_documents

    return _public_documents()
