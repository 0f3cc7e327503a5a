"""Publishing asks first and lists what becomes public; the 諮問書 and attachments are opt-in."""

import pytest
from django.core.files.base import ContentFile
from django.test import Client

from shingikai.consultations.models import Attachment
from shingikai.documents import services as documents
from shingikai.documents.tests.factories import confirmed_minutes, decided, held_meeting
from shingikai.publication import api
from shingikai.publication.models import Publication


@pytest.fixture
def meeting(world):
    meeting = held_meeting(world)
    decided(world, meeting)
    documents.save_minutes(meeting, "保管場所は第2倉庫である。", "verbatim", world.alice)
    confirmed_minutes(world, meeting)  # the screens publish confirmed minutes only
    return meeting


def _attachment(world, consultation):
    return Attachment.objects.create(
        consultation=consultation,
        title="ネットワーク構成図",
        file=ContentFile(b"network diagram", name="network.txt"),
        uploaded_by=world.bob,
    )


def test_publishing_asks_for_confirmation_and_lists_what_becomes_public(client, world, meeting):
    client.force_login(world.alice)
    consultation = meeting.decisions.get().consultation
    url = f"/public/manage/{meeting.pk}/publish/"
    page = client.get(url).content.decode()
    assert "公開されるもの" in page and consultation.title in page
    client.post(url, {})  # not confirmed: nothing published
    assert not Publication.objects.exists()
    client.post(url, {"confirm": "on"})
    assert api.is_published(meeting)


def test_the_consultation_document_is_published_only_when_chosen(world, meeting):
    consultation = meeting.decisions.get().consultation
    attachment = _attachment(world, consultation)
    client = Client()
    from shingikai.publication import services

    services.publish(meeting, world.alice)
    assert client.get(f"/public/consultations/{consultation.pk}/").status_code == 404
    assert client.get(f"/public/attachments/{attachment.pk}/").status_code == 404
    assert (
        consultation.security_measures
        not in client.get(f"/public/meetings/{meeting.pk}/").content.decode()
    )


def test_each_attachment_is_published_only_when_chosen(client, world, meeting):
    consultation = meeting.decisions.get().consultation
    chosen = _attachment(world, consultation)
    other = _attachment(world, consultation)
    client.force_login(world.alice)
    client.post(
        f"/public/manage/{meeting.pk}/publish/",
        {"confirm": "on", "consultations": [consultation.pk], "attachments": [chosen.pk]},
    )
    anonymous = Client()
    assert anonymous.get(f"/public/consultations/{consultation.pk}/").status_code == 200
    response = anonymous.get(f"/public/attachments/{chosen.pk}/")
    assert response.status_code == 200 and b"".join(response.streaming_content) == (
        b"network diagram"
    )
    assert anonymous.get(f"/public/attachments/{other.pk}/").status_code == 404


def test_a_closed_items_consultation_cannot_be_chosen_for_the_public(world, meeting):
    from shingikai.meetings import services as meeting_services
    from shingikai.publication import services

    consultation = meeting.decisions.get().consultation
    item = meeting.items.get(consultation=consultation)
    meeting_services.set_item_closed(item, True, "個人に関する情報を含むため", world.alice)
    assert consultation not in services.consultations_of(meeting)
    with pytest.raises(services.PublicationError):
        services.publish(meeting, world.alice, consultations=[consultation])
    assert not Publication.objects.exists()
