import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from shingikai.consultations.models import Attachment


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_the_owner_attaches_a_file_and_others_cannot_download_it(client, world):
    draft = world.consultation()
    client.force_login(world.bob)
    upload = SimpleUploadedFile("仕様書.txt", "氏名、メールアドレス".encode(), "text/plain")
    response = client.post(
        f"/consultations/{draft.pk}/attachments/", {"title": "仕様書", "file": upload}
    )
    assert response.status_code == 302
    attachment = Attachment.objects.get()
    url = f"/consultations/{draft.pk}/attachments/{attachment.pk}/"
    assert b"".join(client.get(url).streaming_content).decode() == "氏名、メールアドレス"
    client.force_login(world.carol)
    assert client.get(url).status_code == 403


def test_an_attachment_over_the_size_limit_is_refused(client, world, settings):
    settings.ATTACHMENT_MAX_BYTES = 10
    draft = world.consultation()
    client.force_login(world.bob)
    upload = SimpleUploadedFile("big.txt", b"x" * 11, "text/plain")
    client.post(f"/consultations/{draft.pk}/attachments/", {"title": "大きい", "file": upload})
    assert Attachment.objects.count() == 0


def test_attachments_cannot_be_added_after_submission(client, world):
    from shingikai.consultations import services

    draft = world.consultation()
    services.submit(draft, world.bob)
    client.force_login(world.bob)
    upload = SimpleUploadedFile("late.txt", b"late", "text/plain")
    response = client.post(
        f"/consultations/{draft.pk}/attachments/", {"title": "遅い", "file": upload}
    )
    assert response.status_code == 403
    assert Attachment.objects.count() == 0
