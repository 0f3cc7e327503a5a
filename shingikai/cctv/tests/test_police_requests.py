import datetime

import pytest

from shingikai.cctv import services
from shingikai.cctv.models import PoliceRequest, RequestState

D = datetime.date


MAY_10 = D(2024, 5, 10)


def _received(world, camera, on=MAY_10) -> PoliceRequest:
    return services.log_request(
        camera,
        received_on=on,
        police_station="さくら警察署",
        requested="令和6年5月8日14時から15時までの映像",
        reference="さ刑第123号",
        actor=world.bob,
    )


def test_a_request_goes_through_every_step_with_a_history_row_each(world, window):
    request = _received(world, window)
    services.approve(request, on=D(2024, 5, 13), approver="市長", actor=world.bob)
    services.provide(
        request, on=D(2024, 5, 14), conditions="捜査目的以外に使用しないこと。", actor=world.bob
    )
    assert request.confirmation_due == D(2024, 5, 14) + datetime.timedelta(days=90)
    services.confirm(
        request, on=D(2024, 7, 1), confirmation=PoliceRequest.Confirmation.DELETED, actor=world.bob
    )
    assert request.state == RequestState.CONFIRMED
    assert [s.to_state for s in request.steps.all()] == [
        "received",
        "approved",
        "provided",
        "confirmed",
    ]


def test_steps_cannot_be_skipped_or_dated_backwards(world, window):
    request = _received(world, window)
    with pytest.raises(services.RequestError):
        services.provide(request, on=D(2024, 5, 14), conditions="条件", actor=world.bob)
    with pytest.raises(services.RequestError):
        services.approve(request, on=D(2024, 5, 9), approver="市長", actor=world.bob)
    services.approve(request, on=D(2024, 5, 13), approver="市長", actor=world.bob)
    with pytest.raises(services.RequestError):
        services.provide(request, on=D(2024, 5, 14), conditions="  ", actor=world.bob)
    assert request.steps.count() == 2


def test_a_provision_not_confirmed_by_its_date_is_flagged_overdue(client, world, window):
    request = _received(world, window)
    services.approve(request, on=D(2024, 5, 13), approver="市長", actor=world.bob)
    services.provide(
        request,
        on=D(2024, 5, 14),
        conditions="返却すること",
        confirmation_due=D(2024, 6, 14),
        actor=world.bob,
    )
    assert not services.overdue_confirmations(world.city, D(2024, 6, 14)).exists()
    assert list(services.overdue_confirmations(world.city, D(2024, 6, 15))) == [request]
    client.force_login(world.alice)
    html = client.get("/cctv/requests/?overdue=1").content.decode()
    assert "さくら警察署" in html and "期限超過" in html


def test_the_request_screens_record_each_step(client, world, window):
    client.force_login(world.bob)
    client.post(
        f"/cctv/{window.pk}/requests/new/",
        {
            "received_on": "令和6年5月10日",
            "police_station": "さくら警察署",
            "legal_basis": "inquiry",
            "requested": "映像",
        },
    )
    request = PoliceRequest.objects.get()
    client.post(
        f"/cctv/requests/{request.pk}/approve/",
        {"approve-on": "令和6年5月13日", "approve-approver": "市長"},
    )
    client.post(
        f"/cctv/requests/{request.pk}/provide/",
        {"provide-on": "令和6年5月14日", "provide-conditions": "目的外使用の禁止"},
    )
    request.refresh_from_db()
    assert request.state == RequestState.PROVIDED and request.approver == "市長"
    response = client.post(
        f"/cctv/requests/{request.pk}/confirm/",
        {"confirm-on": "令和6年5月1日", "confirm-confirmation": "returned"},
        follow=True,
    )
    assert "前の手続の日付より前です" in response.content.decode()
    request.refresh_from_db()
    assert request.state == RequestState.PROVIDED


def test_an_installation_edit_keeps_the_values_it_replaced(world, window):
    services.update_camera(window, {"retention_days": 14, "camera_count": 2}, world.alice)
    change = window.changes.last()
    assert (change.before, change.after) == ({"retention_days": 7}, {"retention_days": 14})
