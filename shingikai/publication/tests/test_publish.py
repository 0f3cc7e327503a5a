"""Publishing a meeting: one service with a history row; the public sees published meetings only."""

import pytest

from shingikai.documents import services as documents
from shingikai.documents.models import MeetingMinutes
from shingikai.documents.tests.factories import confirmed_minutes, decided, held_meeting
from shingikai.publication import MARKER, api, public_text, services
from shingikai.publication.models import Publication, PublicationEvent

MINUTES = "（1）開会\n○委員1会長　保管場所は第2倉庫である。\n（2）閉会\n"


@pytest.fixture
def meeting(world):
    meeting = held_meeting(world)
    decided(world, meeting)
    return meeting


def _save(meeting, world, text=MINUTES):
    return documents.save_minutes(meeting, text, MeetingMinutes.Style.VERBATIM, world.alice)


def test_publishing_needs_saved_minutes_and_writes_history(client, world, meeting):
    client.force_login(world.alice)
    url = f"/public/manage/{meeting.pk}/publish/"
    response = client.post(url, {"confirm": "on"}, follow=True)
    assert "会議を公開する前に会議録を保存してください。" in response.content.decode()
    assert not Publication.objects.exists()

    _save(meeting, world)
    confirmed_minutes(world, meeting)  # the screens publish confirmed minutes only
    client.post(url, {"confirm": "on"})
    assert api.is_published(meeting)
    event = PublicationEvent.objects.get()
    assert (event.action, event.actor, event.meeting) == ("published", world.alice, meeting)
    with pytest.raises(services.PublicationError):
        services.publish(meeting, world.alice)


def test_anonymous_readers_see_published_meetings_only(client, world, meeting):
    _save(meeting, world)
    decision = meeting.decisions.get()
    urls = [
        f"/public/meetings/{meeting.pk}/",
        f"/public/meetings/{meeting.pk}/minutes.pdf",
        f"/public/meetings/{meeting.pk}/minutes.docx",
        f"/public/answers/{decision.pk}/",
        f"/public/answers/{decision.pk}.pdf",
        f"/public/consultations/{decision.consultation_id}/",
    ]
    for url in urls:
        assert client.get(url).status_code == 404, url
    assert "公開された会議はまだありません。" in client.get("/public/").content.decode()

    services.publish(meeting, world.alice, consultations=[decision.consultation])
    for url in urls:
        assert client.get(url).status_code == 200, url
    portal = client.get("/public/").content.decode()
    assert "令和6年度第1回" in portal and "図書館資料の督促" in portal

    services.withdraw(meeting, world.alice, "個人名の記載漏れ")
    assert client.get(urls[0]).status_code == 404
    assert PublicationEvent.objects.last().note == "個人名の記載漏れ"


def test_the_secretariat_previews_the_public_version(client, world, meeting):
    _save(meeting, world)
    client.force_login(world.alice)
    page = client.get(f"/public/meetings/{meeting.pk}/").content.decode()
    assert "公開版のプレビューです" in page
    client.force_login(world.dave)
    assert client.get(f"/public/meetings/{meeting.pk}/").status_code == 404


def test_marking_a_phrase_withholds_every_occurrence(client, world, meeting):
    record = _save(meeting, world, "第2倉庫に保管し、第2倉庫で消去する。")
    client.force_login(world.alice)
    key = f"documents.meetingminutes:{record.pk}:proceedings"
    response = client.post(
        f"/public/manage/{meeting.pk}/redactions/",
        {"target": key, "phrase": "第2倉庫", "ground": "情報公開条例第7条第6号"},
        follow=True,
    )
    assert "2 か所を非公開に指定しました。" in response.content.decode()
    assert public_text(record, "proceedings") == f"{MARKER}に保管し、{MARKER}で消去する。"
    response = client.post(
        f"/public/manage/{meeting.pk}/redactions/",
        {"target": key, "phrase": "第3倉庫", "ground": "情報公開条例第7条第6号"},
    )
    assert "本文に「第3倉庫」は含まれていません。" in response.content.decode()


def test_a_redaction_is_lifted_only_while_unpublished(client, world, meeting):
    record = _save(meeting, world)
    (redaction,) = services.mark_phrase(
        meeting, record, "proceedings", "第2倉庫", "第7条", world.alice
    )
    services.publish(meeting, world.alice)
    client.force_login(world.alice)
    url = f"/public/manage/{meeting.pk}/redactions/{redaction.pk}/delete/"
    response = client.post(url, follow=True)
    assert "公開を取り下げてください" in response.content.decode()
    assert MARKER in public_text(record, "proceedings")

    services.withdraw(meeting, world.alice, "修正のため")
    client.post(url)
    assert public_text(record, "proceedings") == MINUTES
    assert PublicationEvent.objects.filter(action="redaction_removed").count() == 1


def test_editing_the_minutes_keeps_withheld_parts_withheld(client, world, meeting):
    record = _save(meeting, world)
    services.mark_phrase(meeting, record, "proceedings", "第2倉庫", "第7条", world.alice)
    client.force_login(world.alice)
    edited = (
        "（1）開会\r\n（追記）出席者の確認。\r\n"
        "○委員1会長　保管場所は第3倉庫（北棟）である。\r\n（2）閉会\r\n"
    )
    client.post(
        f"/documents/meetings/{meeting.pk}/minutes/",
        {"action": "save", "style": "verbatim", "proceedings": edited},
    )
    record.refresh_from_db()
    assert "\r" not in record.proceedings
    assert public_text(record, "proceedings") == (
        f"（1）開会\n（追記）出席者の確認。\n○委員1会長　保管場所は{MARKER}である。\n（2）閉会\n"
    )


def test_a_text_changed_behind_the_services_back_is_withheld_whole(world, meeting):
    record = _save(meeting, world)
    services.mark_phrase(meeting, record, "proceedings", "第2倉庫", "第7条", world.alice)
    MeetingMinutes.objects.filter(pk=record.pk).update(proceedings="保管場所は秘密の倉庫である。")
    record.refresh_from_db()
    assert public_text(record, "proceedings") == MARKER
