"""Only the secretariat marks redactions and publishes; others get 403, strangers a login."""

import pytest

from shingikai.documents import services as documents
from shingikai.documents.tests.factories import decided, held_meeting
from shingikai.publication.models import Publication, Redaction


@pytest.fixture
def meeting(world):
    meeting = held_meeting(world)
    decided(world, meeting)
    return meeting


def test_a_department_and_a_member_cannot_redact_or_publish(client, world, meeting):
    record = documents.save_minutes(meeting, "保管場所は第2倉庫", "summary", world.alice)
    mark = {
        "target": f"documents.meetingminutes:{record.pk}:proceedings",
        "phrase": "第2倉庫",
        "ground": "第7条",
    }
    for user in (world.bob, world.dave, world.carol):
        client.force_login(user)
        assert client.get(f"/public/manage/{meeting.pk}/").status_code == 403
        assert client.post(f"/public/manage/{meeting.pk}/redactions/", mark).status_code == 403
        assert client.post(f"/public/manage/{meeting.pk}/publish/").status_code == 403
        assert client.post(f"/documents/meetings/{meeting.pk}/minutes/").status_code == 403
    assert not Redaction.objects.exists() and not Publication.objects.exists()
    client.logout()
    response = client.post(f"/public/manage/{meeting.pk}/publish/")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_a_text_of_another_meeting_cannot_be_marked_here(client, world, meeting):
    other = held_meeting(world, number=2)
    record = documents.save_minutes(other, "保管場所は第2倉庫", "summary", world.alice)
    client.force_login(world.alice)
    response = client.post(
        f"/public/manage/{meeting.pk}/redactions/",
        {
            "target": f"documents.meetingminutes:{record.pk}:proceedings",
            "phrase": "第2倉庫",
            "ground": "第7条",
        },
    )
    assert response.status_code == 200
    assert not Redaction.objects.exists()
