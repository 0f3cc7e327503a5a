"""The shipped review checklist (DOMAIN §4's 20 points) and term dictionary."""

from __future__ import annotations


def models() -> list:
    from shingikai.checklist.models import PersonalTerm, Rule

    return [Rule, PersonalTerm]


def seed() -> int:
    """Missing shipped rules and terms, and improved versions of unedited ones (see
    defaults.install_defaults). A secretariat that does not want a shipped rule deactivates
    it: a deleted one comes back with the next seed, as new shipped rules must."""
    from shingikai.checklist.defaults import install_defaults
    from shingikai.checklist.models import PersonalTerm, Rule

    before = Rule.objects.count() + PersonalTerm.objects.count()
    install_defaults()
    return Rule.objects.count() + PersonalTerm.objects.count() - before
