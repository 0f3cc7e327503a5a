"""The shipped review checklist (DOMAIN §4's 20 points) and term dictionary."""

from __future__ import annotations


def models() -> list:
    from shingikai.checklist.models import PersonalTerm, Rule

    return [Rule, PersonalTerm]


def seed() -> int:
    """Only into empty tables: once the secretariat has rules, deleting one must stick."""
    from shingikai.checklist.defaults import install_defaults
    from shingikai.checklist.models import PersonalTerm, Rule

    if Rule.objects.exists() and PersonalTerm.objects.exists():
        return 0
    before = Rule.objects.count() + PersonalTerm.objects.count()
    install_defaults()
    return Rule.objects.count() + PersonalTerm.objects.count() - before
