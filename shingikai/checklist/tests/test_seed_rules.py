"""The shipped rules come back after a flush, and an improved rule replaces the version a
secretariat never edited, not an edited one."""

from shingikai.checklist.defaults import default_rules, install_defaults
from shingikai.checklist.models import Rule


def _shipped(code: str) -> dict:
    return next(rule for rule in default_rules() if rule["code"] == code)


def test_new_rules_are_installed_with_their_section_sets(db):
    Rule.objects.filter(code__in=["P01", "C01"]).delete()
    install_defaults()
    assert Rule.objects.get(code="P01").section_sets == ["purpose"]
    assert Rule.objects.get(code="C01").section_sets == ["camera"]


def test_an_unedited_old_version_is_improved_and_an_edited_one_kept(db):
    old = _shipped("R01")["replaces"][0]
    Rule.objects.filter(code="R01").update(condition=old)
    install_defaults()
    assert Rule.objects.get(code="R01").condition == _shipped("R01")["condition"]

    edited = {"empty": "disposal_method"}
    Rule.objects.filter(code="R01").update(condition=edited)
    install_defaults()
    assert Rule.objects.get(code="R01").condition == edited
