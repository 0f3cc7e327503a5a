"""The threshold judgement (しきい値判断) of a My Number impact assessment.

Pure Python, no Django: the table comes in as data (the ThresholdRule rows the secretariat
keeps in the admin), so a change of the national guideline is a data change, not a release.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

NONE = "none"
BASIC = "basic"
BASIC_FOCUSED = "basic+focused"
BASIC_FULL = "basic+full"
LEVELS = (NONE, BASIC, BASIC_FOCUSED, BASIC_FULL)


@dataclass(frozen=True)
class Rule:
    """People in the file from min_people to max_people (both included; None: no limit)."""

    min_people: int
    max_people: int | None
    handlers_threshold: int  # this many handlers or more counts like a serious incident
    level_if_many_or_incident: str
    level_otherwise: str

    def covers(self, people: int) -> bool:
        return self.min_people <= people and (self.max_people is None or people <= self.max_people)


# The national guideline's table (DOMAIN §3); the data migration seeds ThresholdRule with it.
GUIDELINE: tuple[Rule, ...] = (
    Rule(0, 999, 500, NONE, NONE),
    Rule(1_000, 9_999, 500, BASIC, BASIC),
    Rule(10_000, 99_999, 500, BASIC_FOCUSED, BASIC),
    Rule(100_000, 299_999, 500, BASIC_FULL, BASIC_FOCUSED),
    Rule(300_000, None, 500, BASIC_FULL, BASIC_FULL),
)


class ThresholdError(ValueError):
    """Bad inputs or a table with a gap; the message is English, for logs and the CLI."""


def level(people: int, handlers: int, incident: bool, rules: Iterable[Rule] = GUIDELINE) -> str:
    """The assessment level: none, basic, basic+focused or basic+full."""
    if people < 0 or handlers < 0:
        raise ThresholdError("people and handlers cannot be negative")
    for rule in rules:
        if rule.covers(people):
            many = incident or handlers >= rule.handlers_threshold
            return rule.level_if_many_or_incident if many else rule.level_otherwise
    raise ThresholdError(f"the threshold table has no row for {people} people")


def table_problems(rules: Sequence[Rule]) -> list[tuple[str, dict]]:
    """Gaps and overlaps in a table as (code, params), for the admin to warn about in Japanese.

    Codes: reversed (from, to), gap (from, to), overlap (at), open_end (from),
    unknown_level (level).
    """
    problems: list[tuple[str, dict]] = []
    covered_to: int | None = -1  # highest number of people covered so far; None: no limit
    for rule in sorted(rules, key=lambda r: r.min_people):
        if rule.max_people is not None and rule.max_people < rule.min_people:
            problems.append(("reversed", {"from": rule.min_people, "to": rule.max_people}))
            continue
        if covered_to is None or rule.min_people <= covered_to:
            problems.append(("overlap", {"at": rule.min_people}))
        elif rule.min_people > covered_to + 1:
            problems.append(("gap", {"from": covered_to + 1, "to": rule.min_people - 1}))
        if covered_to is not None:
            covered_to = None if rule.max_people is None else max(covered_to, rule.max_people)
        for value in (rule.level_if_many_or_incident, rule.level_otherwise):
            if value not in LEVELS:
                problems.append(("unknown_level", {"level": value}))
    if covered_to is not None:
        problems.append(("open_end", {"from": covered_to + 1}))
    return problems
