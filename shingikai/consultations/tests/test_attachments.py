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


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("tool.exe", b"MZ\x90\x00"),
        ("仕様書.pdf", b"MZ\x90\x00 not a pdf"),
        ("a.zip", b"PK\x03\x04"),
    ],
)
def test_files_of_the_wrong_type_are_refused_with_a_japanese_message(client, world, name, data):
    draft = world.consultation()
    client.force_login(world.bob)
    upload = SimpleUploadedFile(name, data, "application/octet-stream")
    response = client.post(
        f"/consultations/{draft.pk}/attachments/", {"title": "添付", "file": upload}, follow=True
    )
    assert "添付できない種類のファイルです" in response.content.decode()
    assert Attachment.objects.count() == 0


def test_the_consultation_list_is_paginated(client, world):
    for i in range(55):
        world.consultation(title=f"諮問{i}")
    client.force_login(world.alice)
    first = client.get("/consultations/").content.decode()
    assert first.count('class="badge draft"') == 50
    second = client.get("/consultations/?page=2").content.decode()
    assert second.count('class="badge draft"') == 5


def test_an_attachment_is_recorded_in_the_history(client, world):
    """Attachments go through the service, which writes the history row the page shows."""
    draft = world.consultation()
    client.force_login(world.bob)
    upload = SimpleUploadedFile("委託仕様書.txt", "氏名".encode(), "text/plain")
    client.post(f"/consultations/{draft.pk}/attachments/", {"title": "委託仕様書", "file": upload})
    row = draft.history.get()
    assert (row.action, row.actor, row.note, row.to_state) == (
        "attach",
        world.bob,
        "委託仕様書",
        "",
    )
    page = client.get(f"/consultations/{draft.pk}/").content.decode()
    assert "添付資料を追加" in page
