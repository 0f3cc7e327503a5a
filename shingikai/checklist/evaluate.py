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
from shingikai.consultations import schema

REQUIRED = "required"
ADVISORY = "advisory"

# The 諮問書 fields a condition may name, from the one schema of sections.
TEXT_FIELDS: tuple[str, ...] = schema.TEXT_FIELDS
DERIVED_FIELDS: tuple[str, ...] = schema.DERIVED_FIELDS
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
    section_sets: tuple[str, ...] = ()


@dataclass(frozen=True)
class Scope:
    """What the consultation's 諮問書 asks for: its section sets and the fields they show."""

    section_sets: frozenset[str]
    fields: frozenset[str]

    def shows(self, name: str) -> bool:
        if name in schema.ALWAYS_SHOWN:
            return True
        return schema.DERIVED_FROM.get(name, name) in self.fields


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


def in_scope(rule: RuleData, scope: Scope | None, data: Mapping[str, Any]) -> bool:
    """A rule scoped to section sets needs one of them; a rule reading a field the
    consultation's sections do not show is left out, since nobody could act on it.

    Without a scope the data's section_sets decide (the outsourcing set when absent)."""
    sets = (
        scope.section_sets
        if scope is not None
        else set(data.get("section_sets") or [schema.DEFAULT_SET])
    )
    if rule.section_sets and not set(sets) & set(rule.section_sets):
        return False
    if scope is None:
        return True
    return all(scope.shows(name) for name in conditions.fields_named(rule.condition))


def visible(data: Mapping[str, Any], scope: Scope | None) -> dict[str, Any]:
    """The data with fields outside the sections blanked: a value kept from another kind of
    consultation (the ground was changed) is not on the 諮問書 and must not raise findings."""
    if scope is None:
        return dict(data)
    return {
        name: value if (name not in schema.FIELDS or name in scope.fields) else ""
        for name, value in data.items()
    }


def format_message(message: str, data: Mapping[str, Any]) -> str:
    """Fill {field} placeholders from the data; unknown placeholders stay as written."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        return conditions.as_text(data[name]) if name in data else match.group(0)

    return _PLACEHOLDER.sub(value, message)


def evaluate(
    rules: Iterable[RuleData], data: Mapping[str, Any], scope: Scope | None = None
) -> list[Finding]:
    """Findings of the rules whose condition holds, required ones first, then by rule code."""
    grounds = list(data.get("grounds") or [])
    data = visible(data, scope)
    findings = [
        Finding(
            rule=rule.code,
            severity=rule.severity,
            title=rule.title,
            message=format_message(rule.message, data),
            precedent=rule.precedent,
        )
        for rule in rules
        if applies(rule, grounds)
        and in_scope(rule, scope, data)
        and conditions.holds(rule.condition, data, TEXT_FIELDS)
    ]
    return sorted(findings, key=lambda f: (f.severity != REQUIRED, f.rule))
