import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from shingikai.accounts.passwords import character_kinds

GOOD = "correct horse 9"


@pytest.mark.parametrize(
    ("password", "ok"),
    [
        ("short1A!", False),  # too short
        ("alllowercaseletters", False),  # one kind of character
        ("lowercase and spaces", False),  # two kinds: lower case and symbols
        ("Shingikai-2026-審議会", True),
        ("123456789012345", False),  # numeric only
    ],
)
def test_the_password_policy(password, ok, db):
    """Twelve characters at least, and at least three kinds of characters."""
    try:
        validate_password(password)
        accepted = True
    except ValidationError:
        accepted = False
    assert accepted is ok


def test_character_kinds_counts_kana_as_symbols():
    assert character_kinds("abcABC123") == 3
    assert character_kinds("abc審議会") == 2


def test_the_policy_message_is_japanese(db):
    with pytest.raises(ValidationError) as error:
        validate_password("alllowercaseletters")
    assert any("文字の種類" in message for message in error.value.messages)


def _login(client, username, password, token=""):
    return client.post("/login/", {"username": username, "password": password, "otp_token": token})


def test_repeated_failures_lock_the_account_out(client, world):
    """The fifth wrong password locks; then even the right one is refused for a while."""
    for _ in range(4):
        assert _login(client, "bob", "wrong password").status_code == 200
    assert _login(client, "bob", "wrong password").status_code == 429
    locked = _login(client, "bob", GOOD)
    assert locked.status_code == 429
    assert "ログインがロックされています" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_success_before_the_limit_resets_the_count(client, world):
    for _ in range(4):
        _login(client, "bob", "wrong password")
    assert _login(client, "bob", GOOD).status_code == 302


def test_sessions_expire_when_idle_and_at_browser_close(client, world, settings):
    assert _login(client, "bob", GOOD).status_code == 302
    assert client.session.get_expiry_age() == settings.SESSION_IDLE_MINUTES * 60 == 1800
    assert client.session.get_expire_at_browser_close()


def _current_token(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, device.step, device.t0, device.digits):06d}"


def test_two_factor_set_up_then_required_at_login(client, world):
    """The secretariat turns TOTP on; from then on a password alone does not log in."""
    assert _login(client, "alice", GOOD).status_code == 302
    client.post("/accounts/two-factor/", {"action": "start"})
    device = TOTPDevice.objects.get(user=world.alice)
    page = client.get("/accounts/two-factor/").content.decode()
    assert "<svg" in page and "otpauth://" in page
    client.post("/accounts/two-factor/", {"action": "confirm", "token": "000000"})
    device.refresh_from_db()
    assert not device.confirmed
    device.throttle_reset()  # a failed code delays the next try; the test need not wait
    client.post("/accounts/two-factor/", {"action": "confirm", "token": _current_token(device)})
    device.refresh_from_db()
    assert device.confirmed

    client.post("/logout/")
    refused = _login(client, "alice", GOOD)
    assert refused.status_code == 200 and "認証コード" in refused.content.decode()
    device.refresh_from_db()
    device.last_t = -1  # the same 30-second code may be used once; allow it again here
    device.save()
    assert _login(client, "alice", GOOD, _current_token(device)).status_code == 302


def test_departments_have_no_two_factor_page(client, world):
    client.force_login(world.bob)
    assert client.get("/accounts/two-factor/").status_code == 403
