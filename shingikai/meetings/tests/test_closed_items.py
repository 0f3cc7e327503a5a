"""An item deliberated in closed session (非公開) reaches no public output, while the rest of
the meeting does: portal, meeting page, minutes PDF/DOCX, answers, consultation pages, the
public documents API and the anonymous search.

The closed consultation's texts are made of tokens found nowhere else (閉0001…), so finding
one anywhere public is a leak; the open consultation's tokens (開0001…) must be found, so the
check can fail.
"""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client

from shingikai.consultations import services
from shingikai.consultations.models import Outcome, Utterance
from shingikai.documents import context
from shingikai.documents import services as documents
from shingikai.documents.models import MeetingMinutes
from shingikai.documents.tests.factories import held_meeting
from shingikai.documents.tests.pdftext import docx_text, pdf_text, squeeze
from shingikai.meetings import services as meeting_services
from shingikai.meetings.errors import MeetingError
from shingikai.publication import MARKER, api
from shingikai.publication import services as publication
from shingikai.search import search

CLOSED = "".join(f"閉{i:04d}" for i in range(12))
OPEN = "".join(f"開{i:04d}" for i in range(12))


def _page(html: bytes) -> str:
    return re.sub(r"<[^>]*>", "", html.decode())


def _deliberate(world, meeting, tokens: str, title: str):
    consultation = world.consultation(title=f"{title}{tokens[:10]}", outline=tokens)
    services.submit(consultation, world.bob)
    item = services.put_on_agenda(consultation, meeting, world.alice)
    services.record_utterance(
        consultation,
        meeting,
        speaker="委員1",
        role=Utterance.Role.MEMBER,
        act=Utterance.Act.QUESTION,
        text=f"質問{tokens}",
    )
    decision = services.record_decision(
        consultation, meeting, Outcome.APPROVED_WITH_OPINION, f"意見{tokens}", world.alice
    )
    return consultation, item, decision


@pytest.fixture
def meeting_with_closed_item(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        meeting = held_meeting(world)
        opened = _deliberate(world, meeting, OPEN, "公開の議題")
        closed = _deliberate(world, meeting, CLOSED, "非公開の議題")
        meeting_services.set_item_closed(
            closed[1], True, "情報公開条例第7条第6号に該当する情報を含むため", world.alice
        )
        services.add_agenda_item(meeting, "other", f"その他{CLOSED[:15]}")
        other = meeting.items.get(kind="other")
        meeting_services.set_item_closed(other, True, "個人に関する情報を含むため", world.alice)
        documents.save_minutes(
            meeting, context.draft_text(meeting), MeetingMinutes.Style.SUMMARY, world.alice
        )
        # The open item's 諮問書 is chosen for the public (a closed one cannot be).
        publication.publish(meeting, world.alice, consultations=[opened[0]])
    return meeting, opened, closed


def _public_outputs(meeting, opened, closed) -> dict[str, str]:
    anonymous = Client()

    def get(url):
        return anonymous.get(url)

    outputs = {
        "portal": _page(get("/public/").content),
        "page": _page(get(f"/public/meetings/{meeting.pk}/").content),
        "minutes pdf": pdf_text(get(f"/public/meetings/{meeting.pk}/minutes.pdf").content),
        "minutes docx": docx_text(get(f"/public/meetings/{meeting.pk}/minutes.docx").content),
        "open answer": _page(get(f"/public/answers/{opened[2].pk}/").content),
        "open consultation": _page(get(f"/public/consultations/{opened[0].pk}/").content),
        "api": "\n".join(d.text + d.title for d in api.public_documents()),
        "search": "\n".join(
            hit.title + str(getattr(hit, "snippets", ""))
            for hit in search(CLOSED[:5], user=AnonymousUser()).hits
        ),
    }
    return {name: squeeze(text) for name, text in outputs.items()}


def test_a_closed_item_reaches_no_public_output(world, meeting_with_closed_item):
    meeting, opened, closed = meeting_with_closed_item
    outputs = _public_outputs(meeting, opened, closed)
    for name, text in outputs.items():
        for i in range(0, len(CLOSED) - 5, 5):
            assert CLOSED[i : i + 5] not in text, f"closed text leaked into the public {name}"
    # The open item is there, so the check above could have failed.
    assert OPEN[:10] in outputs["page"] and OPEN[:10] in outputs["minutes pdf"]
    assert f"質問{OPEN}"[:12] in outputs["api"]
    assert "非公開の議題（情報公開条例第7条第6号に該当する情報を含むため）" in outputs["page"]


def test_the_closed_answer_and_consultation_pages_are_not_found(world, meeting_with_closed_item):
    meeting, opened, closed = meeting_with_closed_item
    anonymous = Client()
    assert anonymous.get(f"/public/answers/{closed[2].pk}/").status_code == 404
    assert anonymous.get(f"/public/answers/{closed[2].pk}.pdf").status_code == 404
    assert anonymous.get(f"/public/consultations/{closed[0].pk}/").status_code == 404
    assert anonymous.get(f"/public/consultations/{opened[0].pk}/").status_code == 200
    # Plain-language search matches any word of a query; no public hit is the closed item
    # or shows its text.
    public_hits = search(CLOSED[:5], user=AnonymousUser()).hits
    assert all(h.object_id != closed[0].pk or h.source != "consultation" for h in public_hits)
    assert all(CLOSED[:5] not in h.title + str(h.snippets) for h in public_hits)
    assert search(CLOSED[:5], user=world.alice).hits  # the secretariat still finds it


def test_the_secretariat_minutes_keep_the_closed_item(world, meeting_with_closed_item):
    meeting, _opened, _closed = meeting_with_closed_item
    alice = Client()
    alice.force_login(world.alice)
    text = squeeze(pdf_text(alice.get(f"/documents/meetings/{meeting.pk}/minutes.pdf").content))
    assert f"質問{CLOSED}"[:12] in text


def test_minutes_without_the_closed_part_markers_are_withheld_whole(
    world, meeting_with_closed_item
):
    """A clerk who deleted the markers gets no public proceedings at all, never the text."""
    meeting, _opened, _closed = meeting_with_closed_item
    publication.withdraw(meeting, world.alice, "訂正のため")  # a published record is read-only
    record = MeetingMinutes.objects.get(meeting=meeting)
    record.proceedings = record.proceedings.replace("【非公開部分ここまで】", "")
    record.save()
    assert context.public_proceedings(record) == MARKER


def test_closing_needs_a_reason_and_a_published_meeting_is_not_changed(
    world, meeting_with_closed_item
):
    meeting, opened, _closed = meeting_with_closed_item
    with pytest.raises(MeetingError):
        meeting_services.set_item_closed(opened[1], True, "理由", world.alice)
    publication.withdraw(meeting, world.alice, "訂正のため")
    with pytest.raises(MeetingError):
        meeting_services.set_item_closed(opened[1], True, "  ", world.alice)
    meeting_services.set_item_closed(opened[1], True, "理由", world.alice)
    change = meeting.changes.filter(target_type="agenda_item", target_id=opened[1].pk).last()
    assert (change.before["closed"], change.after["closed"]) == (False, True)
    assert change.actor == world.alice
