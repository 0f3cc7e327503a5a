"""The admin login must not skip TOTP: it is the app's login, and the admin checks the session."""

from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

GOOD = "correct horse 9"


def _totp(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="TOTP", confirmed=True)


def test_admin_login_does_not_skip_two_factor(client, world):
    """A user with TOTP confirmed cannot get in through /admin/login/ with the password."""
    world.alice.is_staff = True
    world.alice.save()
    _totp(world.alice)
    response = client.post(
        "/admin/login/?next=/admin/", {"username": "alice", "password": GOOD, "next": "/admin/"}
    )
    assert response.status_code == 302 and response["Location"].startswith("/login/")
    assert "_auth_user_id" not in client.session
    assert client.get("/dashboard/").status_code == 302  # still anonymous


def test_admin_refuses_a_session_opened_without_the_token(client, world):
    world.alice.is_staff = True
    world.alice.save()
    device = _totp(world.alice)
    client.force_login(world.alice)  # as the old admin form did: password only
    response = client.get("/admin/")
    assert response.status_code == 302 and "/login/" in response["Location"]
    token = f"{totp(device.bin_key, device.step, device.t0, device.digits):06d}"
    client.post("/login/", {"username": "alice", "password": GOOD, "otp_token": token})
    assert client.get("/admin/").status_code == 200


def test_admin_without_a_device_still_works_after_the_app_login(client, world):
    world.alice.is_staff = True
    world.alice.save()
    client.post("/login/", {"username": "alice", "password": GOOD})
    assert client.get("/admin/").status_code == 200
