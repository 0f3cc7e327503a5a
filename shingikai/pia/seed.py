"""The impact-assessment threshold table of the national guideline (DOMAIN §3)."""

from __future__ import annotations


def models() -> list:
    from shingikai.pia.models import ThresholdRule

    return [ThresholdRule]


def seed() -> int:
    """Only into an empty table: the secretariat edits it in the admin."""
    from shingikai.pia.models import ThresholdRule

    if ThresholdRule.objects.exists():
        return 0
    ThresholdRule.reset_to_guideline()
    return ThresholdRule.objects.count()
