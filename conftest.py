"""Settings for every test in the repository."""

import pytest
from hypothesis import HealthCheck, settings

# Property tests check behaviour, not speed (benchmarks under bench/ do that): on a loaded
# two-core CI machine running two workers and a browser, Hypothesis's timing checks would fail
# tests whose logic is fine.
settings.register_profile("shingikai", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("shingikai")


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # Tests create users per test; the production hasher costs most of a second each time.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
