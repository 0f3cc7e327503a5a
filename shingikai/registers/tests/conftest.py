"""Fixtures for the file-register tests; the named users come from shingikai/conftest.py.

- alice (secretariat) accepts notifications and imports sheets
- bob (市民課) files for 市民課 only
- carol (中央図書館) must not touch 市民課's entries
- dave (member) reads, never writes
"""

from __future__ import annotations

import datetime

import pytest

from shingikai.registers import services
from shingikai.registers.models import Operation


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    # The named users are created per test; the production hasher costs a second each time.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


VALUES = {
    "number": "市民-001",
    "name": "住民基本台帳ファイル",
    "purpose": "住民の居住関係の公証及び住民に関する記録の管理",
    "data_subjects": "市内に住所を有する者",
    "items": ["氏名", "住所", "生年月日"],
    "source": "本人からの届出",
    "sensitive": False,
    "recording": "electronic",
    "outsourced": True,
    "external_provision": "",
}


def started(world, *, department=None, on=datetime.date(2020, 4, 1), **values) -> Operation:
    """An entry in force, made the only way the UI makes one: filed, then accepted."""
    department = department or world.shimin
    actor = world.bob if department == world.shimin else world.carol
    notification = services.file_start(
        department=department,
        values={**VALUES, **values},
        effective_on=on,
        reason="新規事業の開始",
        actor=actor,
    )
    services.accept(notification, world.alice)
    return notification.operation


@pytest.fixture
def operation(world) -> Operation:
    return started(world)
