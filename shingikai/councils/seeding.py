"""Reference data (review rules, term dictionary, threshold table) through one idempotent
seed, instead of data migrations that call live code.

Every app with reference data has a ``seed.py`` with ``models()`` (the models it fills) and
``seed() -> int`` (rows created; existing rows, including the secretariat's edits, are left
alone). ``run_seeds`` finds them by name, in INSTALLED_APPS order, so this module (in the
lowest layer) imports no app above it. It runs from `shingikai seed`, from `make run`, and
after every `migrate` and `flush` (post_migrate), which is what keeps the tests independent
of their order: a test that flushes the database gets the reference data back.
"""

from __future__ import annotations

import logging
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.db import DEFAULT_DB_ALIAS, connections, transaction

logger = logging.getLogger(__name__)


def seed_modules() -> list:
    modules = []
    for config in apps.get_app_configs():
        name = f"{config.name}.seed"
        if config.name.startswith("shingikai.") and find_spec(name) is not None:
            modules.append(import_module(name))
    return modules


def run_seeds(using: str = DEFAULT_DB_ALIAS) -> dict[str, int]:
    """Rows created per app; apps whose tables do not exist yet are skipped."""
    tables = set(connections[using].introspection.table_names())
    created = {}
    for module in seed_modules():
        if not all(model._meta.db_table in tables for model in module.models()):
            continue
        with transaction.atomic(using=using):
            created[module.__name__.rsplit(".", 2)[-2]] = module.seed()
    return created


def after_migrate(sender, using=DEFAULT_DB_ALIAS, **kwargs) -> None:
    created = run_seeds(using)
    if any(created.values()):
        logger.info("reference data seeded: %s", created)
