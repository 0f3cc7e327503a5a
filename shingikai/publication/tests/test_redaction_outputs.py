"""Random spans marked non-disclosable never reach a public output — page, PDF, DOCX or the
public API that the anonymous search index reads — while the secretariat still sees them.

The texts are runs of unique tokens (甲0000甲0001…), so any piece of nine characters or more
occurs once: finding it in an output means it leaked.
"""

import re

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shingikai.documents import services as documents
from shingikai.documents.models import MeetingMinutes
from shingikai.documents.tests.factories import decided, held_meeting
from shingikai.documents.tests.pdftext import docx_text, pdf_text, squeeze
from shingikai.publication import MARKER, api, services
from shingikai.publication.models import Redaction


def _page(html: bytes) -> str:
    """The page's text: tags out, so that a piece split by markup still counts."""
    return re.sub(r"<[^>]*>", "", html.decode())


PROCEEDINGS = "".join(f"甲{i:04d}" for i in range(90))
OPINION = "".join(f"乙{i:04d}" for i in range(40))


def _spans(length: int):
    return st.lists(
        st.integers(9, 40).flatmap(
            lambda size: st.integers(0, length - size).map(lambda start: (start, start + size))
        ),
        min_size=1,
        max_size=4,
    )


@pytest.fixture
def published(world):
    meeting = held_meeting(world)
    _, decision = decided(world, meeting)
    decision.opinion = OPINION
    decision.save()
    documents.save_minutes(meeting, PROCEEDINGS, MeetingMinutes.Style.SUMMARY, world.alice)
    services.publish(meeting, world.alice)
    return meeting, decision


def _public_outputs(meeting, decision) -> dict[str, str]:
    anonymous = Client()
    get = lambda url: anonymous.get(url).content  # noqa: E731
    outputs = {
        "portal": _page(get("/public/")),
        "page": _page(get(f"/public/meetings/{meeting.pk}/")),
        "pdf": pdf_text(get(f"/public/meetings/{meeting.pk}/minutes.pdf")),
        "docx": docx_text(get(f"/public/meetings/{meeting.pk}/minutes.docx")),
        "answer": _page(get(f"/public/answers/{decision.pk}/")),
        "answer pdf": pdf_text(get(f"/public/answers/{decision.pk}.pdf")),
        "answer docx": docx_text(get(f"/public/answers/{decision.pk}.docx")),
        "api": "\n".join(d.text + d.title for d in api.public_documents()),
    }
    return {name: squeeze(text) for name, text in outputs.items()}


def _secretariat_outputs(world, meeting, decision) -> dict[str, str]:
    alice = Client()
    alice.force_login(world.alice)
    outputs = {
        "minutes pdf": pdf_text(alice.get(f"/documents/meetings/{meeting.pk}/minutes.pdf").content),
        "answer docx": docx_text(alice.get(f"/documents/answers/{decision.pk}.docx").content),
        "redaction page": _page(alice.get(f"/public/manage/{meeting.pk}/").content),
    }
    return {name: squeeze(text) for name, text in outputs.items()}


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(minutes_spans=_spans(len(PROCEEDINGS)), opinion_spans=_spans(len(OPINION)))
def test_random_spans_never_reach_the_public(world, published, minutes_spans, opinion_spans):
    meeting, decision = published
    Redaction.objects.all().delete()
    minutes = MeetingMinutes.objects.get(meeting=meeting)
    hidden = []
    for obj, field, text, spans in [
        (minutes, "proceedings", PROCEEDINGS, minutes_spans),
        (decision, "opinion", OPINION, opinion_spans),
    ]:
        for start, end in spans:
            services.mark(meeting, obj, field, start, end, "情報公開条例第7条第2号", world.alice)
            hidden.append((field, text[start:end]))

    public = _public_outputs(meeting, decision)
    assert MARKER in public["page"] and MARKER in public["answer pdf"]
    for _field, piece in hidden:
        for name, text in public.items():
            assert piece not in text, f"{piece} leaked into the public {name}"

    internal = _secretariat_outputs(world, meeting, decision)
    for field, piece in hidden:
        # The opinion is not in the minutes PDF, the proceedings not in the answer.
        where = ["redaction page", "minutes pdf" if field == "proceedings" else "answer docx"]
        for name in where:
            assert piece in internal[name], f"the secretariat lost {piece} in the {name}"
