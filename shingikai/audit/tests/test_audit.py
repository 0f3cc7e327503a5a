import pytest

from shingikai.audit.models import AuditEvent


def test_every_page_view_and_change_is_recorded_with_who_and_where(client, world):
    draft = world.consultation()
    client.force_login(world.bob)
    client.get(f"/consultations/{draft.pk}/", REMOTE_ADDR="10.1.2.3")
    client.post(f"/consultations/{draft.pk}/submit/")
    view, change = AuditEvent.objects.order_by("pk")
    assert (view.user, view.username, view.ip, view.action) == (
        world.bob,
        "bob",
        "10.1.2.3",
        "view",
    )
    assert view.path == f"/consultations/{draft.pk}/"
    assert view.view == "consultations:detail"
    assert (change.action, change.method, change.status) == ("change", "POST", 302)


def test_refused_access_is_recorded_as_denied(client, world):
    draft = world.consultation()
    client.force_login(world.carol)
    client.get(f"/consultations/{draft.pk}/")
    assert AuditEvent.objects.get().action == "denied"


def test_logins_and_failed_logins_are_recorded(client, world):
    client.post("/login/", {"username": "bob", "password": "wrong"})
    client.post("/login/", {"username": "bob", "password": "correct horse 9"})
    actions = list(AuditEvent.objects.order_by("pk").values_list("action", "username"))
    assert ("login_failed", "bob") in actions
    assert ("login", "bob") in actions


def test_static_files_and_anonymous_public_pages_are_not_recorded(client, db):
    client.get("/static/shingikai/app.css")
    client.get("/login/")
    assert AuditEvent.objects.count() == 0


def test_events_cannot_be_changed_or_deleted(client, world):
    client.force_login(world.bob)
    client.get("/dashboard/")
    event = AuditEvent.objects.get()
    event.path = "/forged/"
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.update(path="/forged/")
    with pytest.raises(PermissionError):
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.get().path == "/dashboard/"


def test_the_secretariat_filters_and_exports_the_log(client, world):
    client.force_login(world.bob)
    client.get("/consultations/")
    client.force_login(world.alice)
    html = client.get("/audit/?user=bob").content.decode()
    assert "/consultations/" in html
    csv = client.get("/audit/export.csv?user=bob").content.decode("utf-8-sig")
    assert csv.splitlines()[0].startswith("日時,利用者")
    assert "bob" in csv and "alice" not in csv.split("\n", 1)[1]
    assert client.get("/audit/export.xlsx").status_code == 200


def test_departments_and_members_cannot_read_the_log(client, world):
    for user in (world.bob, world.dave):
        client.force_login(user)
        assert client.get("/audit/").status_code == 403
        assert client.get("/audit/export.csv").status_code == 403


def test_the_admin_cannot_edit_events(client, world):
    world.erin.is_staff = world.erin.is_superuser = True
    world.erin.save()
    client.force_login(world.erin)
    client.get("/dashboard/")
    event = AuditEvent.objects.first()
    assert client.get(f"/admin/audit/auditevent/{event.pk}/delete/").status_code == 403
    response = client.post(f"/admin/audit/auditevent/{event.pk}/change/", {"path": "/x/"})
    assert response.status_code == 403 or AuditEvent.objects.get(pk=event.pk).path != "/x/"
