"""Checking a consultation's structured content against the review checklist (DOMAIN §4).

Pure: rules and data come in as plain values, findings go out as dataclasses.  The Django
side (services.py) builds the data from a model, a form or a JSON file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from shingikai.checklist import conditions

REQUIRED = "required"
ADVISORY = "advisory"

# The 諮問書 sections a condition may name (Consultation model fields), in form order.
TEXT_FIELDS: tuple[str, ...] = (
    "title",
    "outline",
    "contractor",
    "contract_period",
    "tasks",
    "work_place",
    "telework",
    "subcontracting",
    "personal_items",
    "data_subjects",
    "handling_cautions",
    "retention_period",
    "retention_reason",
    "disposal_method",
    "disposal_confirmation",
    "systems",
    "media",
    "connections",
    "datacenter_location",
    "certifications",
    "security_measures",
    "contract_instruments",
)
# Values computed for the check rather than typed in: grounds' names, the start date, and
# the personal-information terms attachments mention that the declared items lack.
DERIVED_FIELDS: tuple[str, ...] = ("grounds", "start_date", "undeclared_terms")
KNOWN_FIELDS: tuple[str, ...] = TEXT_FIELDS + DERIVED_FIELDS

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class RuleData:
    code: str
    title: str
    severity: str
    condition: Mapping[str, Any]
    message: str
    precedent: str = ""
    grounds: tuple[str, ...] = ()


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    title: str
    message: str
    precedent: str = ""

    @property
    def required(self) -> bool:
        return self.severity == REQUIRED

    def as_json(self) -> dict[str, str]:
        return {"rule": self.rule, "severity": self.severity, "message": self.message}


def applies(rule: RuleData, ground_names: Sequence[str]) -> bool:
    """A rule naming grounds applies when one of its names is part of a consultation's ground.

    Grounds are per council and worded differently (外部結合 / 区の機関以外のものとの外部結合),
    so a rule says "外部結合" and matches both.  A draft with no ground chosen yet gets
    every rule: the check should rather say too much before the council than too little.
    """
    if not rule.grounds or not ground_names:
        return True
    names = [conditions.normalise(name) for name in ground_names]
    return any(conditions.normalise(g) in name for g in rule.grounds for name in names)


def format_message(message: str, data: Mapping[str, Any]) -> str:
    """Fill {field} placeholders from the data; unknown placeholders stay as written."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        return conditions.as_text(data[name]) if name in data else match.group(0)

    return _PLACEHOLDER.sub(value, message)


def evaluate(rules: Iterable[RuleData], data: Mapping[str, Any]) -> list[Finding]:
    """Findings of the rules whose condition holds, required ones first, then by rule code."""
    grounds = list(data.get("grounds") or [])
    findings = [
        Finding(
            rule=rule.code,
            severity=rule.severity,
            title=rule.title,
            message=format_message(rule.message, data),
            precedent=rule.precedent,
        )
        for rule in rules
        if applies(rule, grounds) and conditions.holds(rule.condition, data, TEXT_FIELDS)
    ]
    return sorted(findings, key=lambda f: (f.severity != REQUIRED, f.rule))
