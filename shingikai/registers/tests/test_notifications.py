import datetime

import pytest

from shingikai.registers import services
from shingikai.registers.models import Notification, Operation
from shingikai.registers.tests.conftest import VALUES, started

APRIL = datetime.date(2021, 4, 1)


def test_a_start_notification_creates_the_entry_only_when_accepted(world):
    notification = services.file_start(
        department=world.shimin,
        values=VALUES,
        effective_on=APRIL,
        reason="新規事業",
        actor=world.bob,
    )
    assert Operation.objects.count() == 0
    services.accept(notification, world.alice)
    operation = Operation.objects.get()
    assert operation.name == "住民基本台帳ファイル"
    assert operation.start_date == APRIL
    assert operation.status == Operation.Status.IN_FORCE
    notification.refresh_from_db()
    assert notification.status == Notification.Status.ACCEPTED
    assert notification.operation == operation
    assert notification.decided_by == world.alice


def test_an_accepted_change_keeps_the_earlier_values(world, operation):
    notification = services.file_change(
        operation,
        values={**VALUES, "purpose": "住民記録の管理", "items": ["氏名", "住所"]},
        effective_on=APRIL,
        reason="記載事項の訂正",
        actor=world.bob,
    )
    operation.refresh_from_db()
    assert operation.purpose == VALUES["purpose"], "nothing changes before acceptance"
    services.accept(notification, world.alice)
    operation.refresh_from_db()
    assert operation.purpose == "住民記録の管理"
    assert operation.items == ["氏名", "住所"]
    notification.refresh_from_db()
    assert notification.previous["purpose"] == VALUES["purpose"]
    assert [name for name, _before, _after in notification.changes()] == ["purpose", "items"]


def test_a_change_that_changes_nothing_is_refused(world, operation):
    with pytest.raises(services.RegisterError):
        services.file_change(
            operation, values=VALUES, effective_on=APRIL, reason="x", actor=world.bob
        )


def test_an_abolition_ends_the_entry_and_refuses_later_changes(world, operation):
    notification = services.file_abolition(
        operation, effective_on=APRIL, reason="事業の終了", actor=world.bob
    )
    services.accept(notification, world.alice)
    operation.refresh_from_db()
    assert operation.status == Operation.Status.ABOLISHED
    assert operation.abolished_on == APRIL
    with pytest.raises(services.RegisterError):
        services.file_change(
            operation,
            values={**VALUES, "purpose": "別"},
            effective_on=APRIL,
            reason="x",
            actor=world.bob,
        )


def test_only_one_notification_per_entry_waits_at_a_time(world, operation):
    services.file_abolition(operation, effective_on=APRIL, reason="終了", actor=world.bob)
    with pytest.raises(services.RegisterError, match="受理を待っている届出"):
        services.file_change(
            operation,
            values={**VALUES, "purpose": "別"},
            effective_on=APRIL,
            reason="x",
            actor=world.bob,
        )


def test_a_returned_notification_leaves_the_register_as_it_was(world, operation):
    notification = services.file_abolition(
        operation, effective_on=APRIL, reason="終了", actor=world.bob
    )
    services.return_notification(notification, world.alice, "廃止日を確認してください")
    operation.refresh_from_db()
    assert operation.status == Operation.Status.IN_FORCE
    with pytest.raises(services.RegisterError):
        services.accept(notification, world.alice)


def test_a_date_before_the_entry_started_is_refused(world):
    operation = started(world, on=datetime.date(2021, 4, 1))
    with pytest.raises(services.RegisterError):
        services.file_abolition(
            operation, effective_on=datetime.date(2021, 3, 31), reason="x", actor=world.bob
        )


def test_a_department_files_a_change_through_the_form_and_the_secretariat_accepts(
    client, world, operation
):
    client.force_login(world.bob)
    response = client.post(
        f"/registers/operations/{operation.pk}/change/",
        {
            **{k: v for k, v in VALUES.items() if k not in ("items", "sensitive", "outsourced")},
            "items": "氏名、住所、生年月日、電話番号",
            "outsourced": "on",
            "effective_on": "令和3年4月1日",
            "reason": "記録項目の追加",
        },
    )
    notification = Notification.objects.get(kind=Notification.Kind.CHANGE)
    assert response.status_code == 302
    assert notification.proposed["items"][-1] == "電話番号"
    client.force_login(world.alice)
    client.post(f"/registers/notifications/{notification.pk}/accept/")
    operation.refresh_from_db()
    assert operation.items == ["氏名", "住所", "生年月日", "電話番号"]
    page = client.get(f"/registers/notifications/{notification.pk}/").content.decode()
    assert "記録項目" in page and "電話番号" in page


def test_a_date_in_a_bad_format_is_refused_in_japanese(client, world, operation):
    client.force_login(world.bob)
    response = client.post(
        f"/registers/operations/{operation.pk}/abolish/",
        {"effective_on": "来年の春", "reason": "終了"},
    )
    assert response.status_code == 200
    assert "日付として読み取れません" in response.content.decode()
    assert not Notification.objects.filter(kind=Notification.Kind.ABOLITION).exists()
