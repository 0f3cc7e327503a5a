"""The shipped checklist (DOMAIN §4's 20 points) and term dictionary, from data/*.json.

`shingikai seed` (checklist/seed.py) calls install_defaults after every migrate and flush
too. Existing rows are left alone, so a secretariat's edits survive, except a shipped rule
still exactly as first shipped, which takes the improved version (its "replaces" lists the
earlier conditions). New shipped rules reach existing installations the same way.
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
    # The 0002 migration passes a historical model that may lack later columns.
    columns = {field.name for field in rule_model._meta.get_fields()}
    for rule in default_rules():
        code = rule.pop("code")
        if any(k not in columns and k != "replaces" for k in rule):
            continue  # a rule needing later columns is installed by the seed after migrate
        # A shipped rule that was improved later names its earlier conditions; a row still
        # holding one of them was never edited by the secretariat and takes the new version.
        replaces = rule.pop("replaces", [])
        row, created = rule_model.objects.get_or_create(code=code, defaults=rule)
        if not created and row.condition in replaces:
            for name, value in rule.items():
                setattr(row, name, value)
            row.save()
    for order, term in enumerate(default_terms()):
        term_model.objects.get_or_create(
            name=term["name"], defaults={"variants": term["variants"], "order": order}
        )
