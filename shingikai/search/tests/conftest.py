"""Fixtures for the search tests: precedents built from sentences of the sample minutes.

Most tests store a few imported items directly (fast); a few import a whole sample file.
The index is refreshed explicitly (`indexed()`): in a test transaction nothing commits,
so the on-commit refresh of the signals does not run unless a test captures it.
"""

from __future__ import annotations

import datetime
import hashlib
import itertools
from pathlib import Path

import pytest

from shingikai.councils.models import Municipality
from shingikai.minutes.models import ImportedItem, ImportedMeeting, ImportedUtterance, SourceFile
from shingikai.search._index import rebuild

SAMPLES = Path(__file__).resolve().parents[3] / "tests" / "samples" / "minutes"
_counter = itertools.count(1)


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """The world fixture creates five users; a real password hash for each is slow."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def make_precedent(
    *,
    title: str,
    municipality: str = "足立区",
    date: datetime.date = datetime.date(2022, 12, 27),
    number: str = "",
    kind: str = "consultation",
    department: str = "",
    outcome: str = "approved",
    opinion: str = "",
    grounds: tuple[str, ...] = (),
    followups: tuple[str, ...] = (),
    turns: tuple[tuple[str, str], ...] = (),
) -> ImportedItem:
    """An item of imported minutes; `turns` are (act, text) pairs."""
    n = next(_counter)
    city, _ = Municipality.objects.get_or_create(name=municipality)
    source = SourceFile.objects.create(
        municipality=city,
        name=f"test-{n}.txt",
        content_hash=hashlib.sha256(f"test-{n}".encode()).hexdigest(),
        file_type="txt",
        size=1,
        text="",
    )
    meeting = ImportedMeeting.objects.create(
        source=source, municipality=city, title=f"第{n}回", date=date, identity=f"test-{n}"
    )
    item = ImportedItem.objects.create(
        meeting=meeting,
        order=1,
        kind=kind,
        number=number,
        title=title,
        department=department,
        grounds=list(grounds),
        outcome=outcome,
        opinion=opinion,
        followups=list(followups),
    )
    ImportedUtterance.objects.bulk_create(
        ImportedUtterance(
            item=item,
            order=i,
            role="member" if act in ("question", "opinion") else "department",
            act=act,
            text=text,
        )
        for i, (act, text) in enumerate(turns, start=1)
    )
    return item


@pytest.fixture
def precedent(db):
    return make_precedent


@pytest.fixture
def indexed(db):
    """Rebuild the index from what the test stored."""

    def index():
        return rebuild(workers=1)

    return index


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def words_only():
    """The search without word vectors (as on an installation whose vector file is missing):
    for tests of the lexical ranking itself."""
    from shingikai.search import _fusion, _meaning

    installed = _meaning.VECTORS
    _meaning.reset(Path("/nonexistent/word_vectors"))
    _fusion.reset()
    yield
    _meaning.reset(installed)
    _fusion.reset()
