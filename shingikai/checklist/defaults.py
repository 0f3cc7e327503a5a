"""The shipped checklist (DOMAIN §4's 20 points) and term dictionary, from data/*.json.

`shingikai seed` (checklist/seed.py) calls install_defaults into empty tables, after every
migrate and flush too. Existing rows are left alone, so a secretariat's edits survive.
"""

from __future__ import annotations

import json
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def default_rules() -> list[dict]:
    return json.loads((DATA_DIR / "rules.json").read_text(encoding="utf-8"))


def default_terms() -> list[dict]:
    return json.loads((DATA_DIR / "terms.json").read_text(encoding="utf-8"))


def install_defaults(rule_model=None, term_model=None) -> None:
    if rule_model is None or term_model is None:
        from shingikai.checklist.models import PersonalTerm, Rule

        rule_model, term_model = Rule, PersonalTerm
    for rule in default_rules():
        code = rule.pop("code")
        rule_model.objects.get_or_create(code=code, defaults=rule)
    for order, term in enumerate(default_terms()):
        term_model.objects.get_or_create(
            name=term["name"], defaults={"variants": term["variants"], "order": order}
        )
