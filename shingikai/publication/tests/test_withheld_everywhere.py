"""One redaction model for a meeting: a withheld part is withheld in every public text of it."""

import datetime

import pytest
from django.test import Client

from shingikai.consultations import services as consultations
from shingikai.documents import services as documents
from shingikai.documents.models import MeetingMinutes
from shingikai.documents.tests.factories import decided, held_meeting
from shingikai.meetings.models import Meeting
from shingikai.publication import MARKER, public_text, services
from shingikai.publication.guard import PublishedMeetingLocked

SECRET = "第2倉庫"


@pytest.fixture
def meeting(world):
    meeting = held_meeting(world)
    decided(world, meeting)
    return meeting


def _minutes(meeting, world, text=f"保管場所は{SECRET}である。"):
    return documents.save_minutes(meeting, text, MeetingMinutes.Style.VERBATIM, world.alice)


def _withhold(meeting, world):
    record = _minutes(meeting, world)
    services.mark_phrase(meeting, record, "proceedings", SECRET, "第7条第6号", world.alice)
    return record


def test_withheld_phrase_is_withheld_in_turns_opinions_titles_and_place(world, meeting):
    """A phrase marked in the minutes is hidden in every other text of the meeting too."""
    consultation = meeting.decisions.get().consultation
    decision = meeting.decisions.get()
    turn = consultation.utterances.first()
    item = consultations.add_agenda_item(meeting, "report", f"{SECRET}の点検報告")
    for obj, field in [
        (consultation, "title"),
        (consultation, "disposal_method"),
        (decision, "opinion"),
        (turn, "text"),
        (meeting, "place"),
    ]:
        type(obj).objects.filter(pk=obj.pk).update(**{field: f"前{SECRET}後"})
    _withhold(meeting, world)
    for obj, field in [
        (consultation, "title"),
        (consultation, "disposal_method"),
        (decision, "opinion"),
        (turn, "text"),
        (meeting, "place"),
    ]:
        obj.refresh_from_db()
        assert public_text(obj, field) == f"前{MARKER}後", (obj, field)
    assert public_text(item, "title") == f"{MARKER}の点検報告"


def test_withheld_phrase_is_withheld_in_other_widths_and_spacing(world, meeting):
    _withhold(meeting, world)
    Meeting.objects.filter(pk=meeting.pk).update(place="第２ 倉庫の隣、第　2倉庫")
    meeting.refresh_from_db()
    assert public_text(meeting, "place") == f"{MARKER}の隣、{MARKER}"


def test_withheld_phrase_retyped_later_stays_withheld(world, meeting):
    """A new occurrence typed after the marking (a new turn) is hidden without a new mark."""
    _withhold(meeting, world)
    consultation = meeting.decisions.get().consultation
    turn = consultations.record_utterance(
        consultation, meeting, speaker="委員2", role="member", act="question", text=f"{SECRET}は?"
    )
    assert public_text(turn, "text") == f"{MARKER}は?"


def test_withheld_phrase_reaches_no_anonymous_output(world, meeting):
    consultation = meeting.decisions.get().consultation
    type(consultation).objects.filter(pk=consultation.pk).update(outline=f"{SECRET}で保管する")
    consultations.add_agenda_item(meeting, "report", f"{SECRET}の報告")
    _withhold(meeting, world)
    services.publish(meeting, world.alice, consultations=[consultation])
    anonymous = Client()
    for url in [
        f"/public/meetings/{meeting.pk}/",
        f"/public/consultations/{consultation.pk}/",
    ]:
        page = anonymous.get(url).content.decode()
        assert SECRET not in page and MARKER in page, url
    assert SECRET not in anonymous.get(f"/public/answers/{meeting.decisions.get().pk}/").text


def test_publishing_is_refused_while_a_withheld_phrase_occurs_unredacted(world, meeting):
    """Names nobody can redact (staff) that hold a withheld part stop the publication."""
    staff = meeting.staff.get()
    type(staff).objects.filter(pk=staff.pk).update(name="山根 一郎")
    record = _minutes(meeting, world, "説明者は市民課の佐藤である。")
    consultation = meeting.decisions.get().consultation
    # 市民課 is the department's name: shown on every heading and never redactable.
    services.mark_phrase(meeting, record, "proceedings", "市民課", "第7条", world.alice)
    with pytest.raises(services.PublicationError) as refused:
        services.publish(meeting, world.alice, consultations=[consultation])
    assert "市民課" in str(refused.value) and "議事" not in str(refused.value)
    assert not hasattr(Meeting.objects.get(pk=meeting.pk), "publication")


def test_editing_a_published_meeting_requires_withdrawing_it(client, world, meeting):
    _withhold(meeting, world)
    services.publish(meeting, world.alice)
    with pytest.raises(PublishedMeetingLocked):
        documents.save_minutes(meeting, f"新しい{SECRET}", "verbatim", world.alice)
    client.force_login(world.alice)
    edit = client.post(
        f"/meetings/{meeting.pk}/agenda/item/",
        {"kind": "report", "title": f"公開後の{SECRET}"},
        HTTP_REFERER=f"/meetings/{meeting.pk}/",
        follow=True,
    )
    assert "公開を取り下げてから変更してください。" in edit.content.decode()
    assert not meeting.items.filter(title__contains=SECRET).exists()
    services.withdraw(meeting, world.alice, "訂正")
    documents.save_minutes(meeting, "訂正後", "verbatim", world.alice)


def test_no_meeting_is_published_before_its_date(world):
    meeting = held_meeting(world, date=datetime.date.today() + datetime.timedelta(days=1))
    _minutes(meeting, world)
    with pytest.raises(services.PublicationError, match="開催日"):
        services.publish(meeting, world.alice)
