import datetime
import io

from openpyxl import load_workbook

from shingikai.cctv import services
from shingikai.cctv.models import Camera, PoliceRequest


def _request(world, camera):
    return services.log_request(
        camera,
        received_on=datetime.date(2024, 4, 1),
        police_station="さくら警察署",
        requested="映像",
        actor=world.bob,
    )


def test_the_excel_export_has_the_register_the_log_and_the_counts(client, world, window):
    _request(world, window)
    client.force_login(world.alice)
    response = client.get("/cctv/export.xlsx")
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == [
        "防犯カメラ台帳",
        "捜査関係事項照会等の記録",
        "所管課別件数",
        "カメラ別件数",
    ]
    log = list(workbook["捜査関係事項照会等の記録"].iter_rows(values_only=True))
    assert log[1][0] == "令和6年度" and log[1][3] == "令和6年4月1日"
    counts = list(workbook["所管課別件数"].iter_rows(values_only=True))
    assert counts == [("所管課", "令和6年度", "合計"), ("市民課", 1, 1)]


def test_the_csv_export_is_excel_friendly_utf8(client, world, window):
    _request(world, window)
    client.force_login(world.alice)
    data = client.get("/cctv/export.csv").content
    assert data.startswith(b"\xef\xbb\xbf")
    assert "さくら警察署" in data.decode("utf-8-sig")
    cameras = client.get("/cctv/export.csv?table=cameras").content.decode("utf-8-sig")
    assert "市役所本庁舎1階市民課窓口" in cameras


def test_another_department_gets_403_for_an_installation_and_its_requests(client, world, window):
    request = _request(world, window)
    client.force_login(world.carol)
    assert client.get(f"/cctv/{window.pk}/").status_code == 403
    assert client.get(f"/cctv/requests/{request.pk}/").status_code == 403
    assert client.post(f"/cctv/{window.pk}/edit/", {"place": "x"}).status_code == 403
    assert client.post(f"/cctv/{window.pk}/requests/new/", {}).status_code == 403
    approve = {"approve-on": "令和6年4月2日", "approve-approver": "市長"}
    assert client.post(f"/cctv/requests/{request.pk}/approve/", approve).status_code == 403
    assert "市民課窓口" not in client.get("/cctv/").content.decode()
    assert "さくら警察署" not in client.get("/cctv/export.csv").content.decode("utf-8-sig")


def test_a_member_reads_but_every_write_is_403(client, world, window):
    request = _request(world, window)
    client.force_login(world.dave)
    assert client.get(f"/cctv/{window.pk}/").status_code == 200
    assert client.get(f"/cctv/requests/{request.pk}/").status_code == 200
    for url in [
        "/cctv/new/",
        f"/cctv/{window.pk}/edit/",
        f"/cctv/{window.pk}/requests/new/",
        f"/cctv/requests/{request.pk}/approve/",
        f"/cctv/requests/{request.pk}/decline/",
    ]:
        assert client.post(url, {"approve-on": "令和6年4月2日"}).status_code == 403, url
    request.refresh_from_db()
    assert request.state == "received"


def test_a_department_registers_its_own_installation(client, world):
    client.force_login(world.bob)
    response = client.post(
        "/cctv/new/",
        {
            "department": world.shimin.pk,
            "place": "市民課窓口",
            "camera_count": 1,
            "recording_started": "令和元年5月1日",
            "subjects": "来庁者",
            "hours": "24時間",
            "notice_posted": "on",
            "disclosure_manager": "市民課長",
            "retention_days": 7,
        },
    )
    camera = Camera.objects.get()
    assert response.status_code == 302
    assert camera.recording_started == datetime.date(2019, 5, 1)
    assert camera.changes.count() == 1
    assert PoliceRequest.objects.count() == 0
