"""Settings for every test in the repository."""

import pytest


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # Tests create users per test; the production hasher costs most of a second each time.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
