"""How many police requests were there last year? Counted per fiscal year (April–March)."""

import datetime

from shingikai.cctv import services
from shingikai.cctv.counts import count_per_fiscal_year
from shingikai.cctv.models import PoliceRequest
from shingikai.cctv.tests.conftest import camera

D = datetime.date


def _request(world, cam, on):
    return services.log_request(
        cam, received_on=on, police_station="さくら警察署", requested="映像", actor=world.alice
    )


def _setup(world, window, library_camera):
    lobby = camera(world, place="市役所本庁舎1階ロビー")
    _request(world, window, D(2024, 3, 31))  # last day of fiscal 2023
    _request(world, window, D(2024, 4, 1))  # first day of fiscal 2024
    _request(world, lobby, D(2024, 4, 1))
    _request(world, library_camera, D(2023, 4, 1))  # first day of fiscal 2023
    provided = _request(world, library_camera, D(2025, 3, 31))  # last day of fiscal 2024
    services.approve(provided, on=D(2025, 3, 31), approver="市長", actor=world.alice)
    services.provide(provided, on=D(2025, 3, 31), conditions="条件", actor=world.alice)


def test_requests_count_in_the_fiscal_year_they_were_received(world, window, library_camera):
    _setup(world, window, library_camera)
    requests = PoliceRequest.objects.select_related("camera__department")
    counts = count_per_fiscal_year(requests)
    assert counts.years == [2023, 2024]
    assert counts.received == {2023: 2, 2024: 3}
    assert counts.provided == {2023: 0, 2024: 1}
    by_department = {row.label: row.by_year for row in counts.by_department}
    assert by_department == {"中央図書館": {2023: 1, 2024: 1}, "市民課": {2023: 1, 2024: 2}}
    by_camera = {row.label: row.by_year for row in counts.by_camera}
    assert by_camera["市役所本庁舎1階市民課窓口"] == {2023: 1, 2024: 1}
    assert by_camera["市役所本庁舎1階ロビー"] == {2023: 0, 2024: 1}
    assert by_camera["中央図書館入口"] == {2023: 1, 2024: 1}


def test_the_counts_page_answers_the_councils_question_at_once(
    client, world, window, library_camera
):
    _setup(world, window, library_camera)
    client.force_login(world.dave)
    html = client.get("/cctv/counts/").content.decode()
    assert "令和5年度" in html and "令和6年度" in html
    assert "所管課別" in html and "カメラ別" in html


def test_a_department_counts_only_its_own_installations(client, world, window, library_camera):
    _setup(world, window, library_camera)
    client.force_login(world.carol)
    html = client.get("/cctv/counts/").content.decode()
    assert "中央図書館入口" in html and "市民課窓口" not in html
