"""Anonymous visitors search only published consultations, and never a withheld part.

The secretariat withholds 北庁舎地下書庫 (where the paper is stored) in an answer and
publishes the meeting: the public finds the consultation by its other words, never by the
withheld ones, and its snippets show the marker; the secretariat still finds everything.
"""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from shingikai.consultations import services
from shingikai.consultations.models import Consultation, Outcome, Utterance
from shingikai.documents import services as documents
from shingikai.documents.models import MeetingMinutes
from shingikai.meetings.models import Meeting
from shingikai.publication import MARKER
from shingikai.publication import services as publication
from shingikai.search import search
from shingikai.search.models import Document

SECRET = "北庁舎地下書庫"
ANSWER = f"保管場所は{SECRET}であり、施錠して管理する。"
ANONYMOUS = AnonymousUser()


def titles(text, user) -> list[str]:
    return [hit.title for hit in search(text, user=user).hits]


@pytest.fixture
def meeting(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        meeting = Meeting.objects.create(
            council=world.council,
            fiscal_year=2024,
            number=1,
            date=datetime.date(2024, 6, 10),
            start_time=datetime.time(10),
            place="第1会議室",
        )
        consultation = world.consultation(
            title="申請書の保管業務の委託", outline="紙の申請書を委託先の倉庫で保管する。"
        )
        services.submit(consultation, world.bob)
        services.put_on_agenda(consultation, meeting, world.alice)
        for act, text in (
            (Utterance.Act.QUESTION, "申請書の保管場所はどこか。"),
            (Utterance.Act.ANSWER, ANSWER),
        ):
            services.record_utterance(
                consultation,
                meeting,
                speaker="委員1",
                role=Utterance.Role.MEMBER,
                act=act,
                text=text,
            )
        services.record_decision(consultation, meeting, Outcome.APPROVED, "", world.alice)
        documents.save_minutes(meeting, "議事の経過", MeetingMinutes.Style.SUMMARY, world.alice)
    return meeting


@pytest.fixture
def published(world, meeting, django_capture_on_commit_callbacks):
    answer = Utterance.objects.get(text=ANSWER)
    with django_capture_on_commit_callbacks(execute=True):
        publication.mark_phrase(
            meeting, answer, "text", SECRET, "情報公開条例第7条第6号", world.alice
        )
        # The 諮問書 chosen for the public too, so that its sections are searchable.
        chosen = meeting.items.values_list("consultation", flat=True)
        publication.publish(
            meeting, world.alice, consultations=Consultation.objects.filter(pk__in=chosen)
        )
    return meeting


def test_nothing_is_public_before_the_meeting_is_published(world, meeting):
    assert titles("施錠", ANONYMOUS) == []
    assert titles("施錠", world.alice) == ["申請書の保管業務の委託"]
    assert not Document.objects.filter(audience="public").exists()


def test_a_withheld_part_never_matches_for_the_public(published):
    for length in range(2, len(SECRET) + 1):
        for start in range(len(SECRET) - length + 1):
            part = SECRET[start : start + length]
            assert titles(part, ANONYMOUS) == [], part
            assert titles(f'"{part}"', ANONYMOUS) == [], part


def test_the_secretariat_still_finds_the_withheld_part(world, published):
    assert titles(SECRET, world.alice) == ["申請書の保管業務の委託"]
    hit = search(SECRET, user=world.alice).hits[0]
    assert SECRET in (hit.snippets[0].answer_text or hit.snippets[0].text)


def test_the_public_finds_the_consultation_by_its_other_words_with_the_marker(published):
    hits = search("施錠", user=ANONYMOUS).hits
    assert [h.title for h in hits] == ["申請書の保管業務の委託"]
    shown = " ".join(s.text + (s.answer_text or "") for s in hits[0].snippets)
    assert MARKER in shown and SECRET not in shown
    assert hits[0].url == reverse("publication:consultation", args=[hits[0].object_id])


def test_the_public_search_page_never_shows_the_withheld_part(client, published):
    page = client.get(reverse("search:index"), {"q": "保管場所"}).content.decode()
    assert "申請書の保管業務の委託" in page
    assert SECRET not in page and "北庁舎" not in page


def test_withdrawing_the_meeting_takes_it_out_of_the_public_index(
    world, published, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        publication.withdraw(published, world.alice, "誤って公開したため")
    assert titles("施錠", ANONYMOUS) == []
    assert titles("施錠", world.alice) == ["申請書の保管業務の委託"]


def test_similar_consultations_are_public_only_where_the_consultation_is(
    client, meeting, world, django_capture_on_commit_callbacks
):
    consultation = Document.objects.get(audience="internal").object_id
    url = reverse("search:similar", args=["consultation", consultation])
    assert client.get(url).status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        publication.publish(meeting, world.alice)
    assert client.get(url).status_code == 200
