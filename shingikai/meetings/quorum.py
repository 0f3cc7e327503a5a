"""Quorum under a council's rule; plain functions so the rule is easy to test."""

from __future__ import annotations

HALF_OR_MORE = "half_or_more"
MAJORITY = "majority"


def required_present(rule: str, in_office: int) -> int:
    """The smallest attendance that makes a quorum among `in_office` members."""
    if rule == HALF_OR_MORE:
        return (in_office + 1) // 2
    if rule == MAJORITY:
        return in_office // 2 + 1
    raise ValueError(f"unknown quorum rule {rule!r}")


def quorum_met(rule: str, in_office: int, present: int) -> bool:
    return in_office > 0 and present >= required_present(rule, in_office)
