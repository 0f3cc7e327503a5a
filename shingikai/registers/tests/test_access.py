import datetime

from shingikai.registers import services
from shingikai.registers.models import Notification, Operation
from shingikai.registers.tests.conftest import VALUES

FORM = {
    **{k: v for k, v in VALUES.items() if k not in ("items", "sensitive", "outsourced")},
    "purpose": "変更後の目的",
    "effective_on": "令和3年4月1日",
    "reason": "変更",
}


def test_another_department_gets_403_on_every_write_to_an_entry(client, world, operation):
    """carol (中央図書館) cannot file for bob's (市民課) entry, nor see its pending notices."""
    pending = services.file_abolition(
        operation, effective_on=datetime.date(2021, 4, 1), reason="終了", actor=world.bob
    )
    client.force_login(world.carol)
    assert client.get(f"/registers/operations/{operation.pk}/change/").status_code == 403
    assert client.post(f"/registers/operations/{operation.pk}/change/", FORM).status_code == 403
    assert client.post(f"/registers/operations/{operation.pk}/abolish/", FORM).status_code == 403
    assert client.get(f"/registers/notifications/{pending.pk}/").status_code == 403
    assert client.post(f"/registers/notifications/{pending.pk}/accept/").status_code == 403
    assert Notification.objects.count() == 2  # the start and bob's abolition, nothing else


def test_a_department_cannot_file_a_start_for_another_department(client, world):
    client.force_login(world.carol)
    response = client.post("/registers/operations/new/", {**FORM, "department": world.shimin.pk})
    # The form offers carol's own department only, so bob's is not a valid choice.
    assert response.status_code == 200
    assert not Notification.objects.exists()


def test_a_department_cannot_accept_its_own_notification(client, world):
    notification = services.file_start(
        department=world.shimin,
        values=VALUES,
        effective_on=datetime.date(2021, 4, 1),
        reason="開始",
        actor=world.bob,
    )
    client.force_login(world.bob)
    assert client.post(f"/registers/notifications/{notification.pk}/accept/").status_code == 403
    assert client.post(f"/registers/notifications/{notification.pk}/return/").status_code == 403
    assert not Operation.objects.exists()


def test_a_member_reads_the_registers_but_every_write_is_403(client, world, operation):
    pending = services.file_abolition(
        operation, effective_on=datetime.date(2021, 4, 1), reason="終了", actor=world.bob
    )
    client.force_login(world.dave)
    for url in ["/registers/", "/registers/operations/", f"/registers/operations/{operation.pk}/"]:
        assert client.get(url).status_code == 200, url
    writes = [
        "/registers/operations/new/",
        f"/registers/operations/{operation.pk}/change/",
        f"/registers/operations/{operation.pk}/abolish/",
        f"/registers/operations/{operation.pk}/note/",
        f"/registers/notifications/{pending.pk}/accept/",
        f"/registers/notifications/{pending.pk}/return/",
        "/registers/import/",
    ]
    for url in writes:
        assert client.post(url, FORM).status_code == 403, url
    operation.refresh_from_db()
    assert operation.status == Operation.Status.IN_FORCE


def test_only_the_secretariat_writes_the_internal_note(client, world, operation):
    client.force_login(world.bob)
    assert (
        client.post(
            f"/registers/operations/{operation.pk}/note/", {"internal_note": "x"}
        ).status_code
        == 403
    )
    client.force_login(world.alice)
    client.post(f"/registers/operations/{operation.pk}/note/", {"internal_note": "要確認"})
    operation.refresh_from_db()
    assert operation.internal_note == "要確認"


def test_anonymous_users_see_only_the_public_register(client, world, operation):
    assert client.get("/registers/public/").status_code == 200
    for url in [
        "/registers/",
        "/registers/operations/",
        f"/registers/operations/{operation.pk}/",
        "/registers/report/",
        "/registers/import/",
    ]:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/login/"), url
