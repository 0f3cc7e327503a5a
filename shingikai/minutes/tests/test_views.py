from django.core.files.uploadedfile import SimpleUploadedFile

from shingikai.minutes.importer import import_bytes
from shingikai.minutes.models import ImportedItem, ImportedMeeting


def test_the_secretariat_uploads_several_files_and_sees_each_result(client, world, samples):
    client.force_login(world.alice)
    files = [
        SimpleUploadedFile(path.name, path.read_bytes(), "text/plain")
        for path in sorted(samples.glob("*.txt"))
    ] + [SimpleUploadedFile("scan.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")]
    response = client.post("/minutes/upload/", {"files": files})
    html = response.content.decode()
    assert html.count('class="result created"') == 3
    assert 'class="result failed"' in html
    assert "議事録のテキストではありません" in html
    assert ImportedMeeting.objects.count() == 3


def test_departments_cannot_upload_but_can_browse(client, world, samples):
    result = import_bytes((samples / "adachi_2022-12-27.txt").read_bytes(), "adachi.txt")
    client.force_login(world.bob)
    assert client.post("/minutes/upload/", {}).status_code == 403
    meeting = client.get(f"/minutes/meetings/{result.meeting_id}/").content.decode()
    assert "足立区" in meeting and "adachi.txt" in meeting
    item = ImportedItem.objects.filter(utterances__isnull=False).first()
    page = client.get(f"/minutes/items/{item.pk}/").content.decode()
    assert item.utterances.first().text[:20] in page
    assert "取込" in page or "インポート" in page


def test_anonymous_users_see_nothing(client, world):
    assert client.get("/minutes/").status_code == 302
