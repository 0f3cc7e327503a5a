"""Reference data comes from one idempotent seed, run by `migrate`, `flush` and `make run`."""

import pytest
from django.core.management import call_command

from shingikai.checklist.models import PersonalTerm, Rule
from shingikai.councils.seeding import run_seeds
from shingikai.pia.models import ThresholdRule


def _counts():
    return (Rule.objects.count(), PersonalTerm.objects.count(), ThresholdRule.objects.count())


@pytest.mark.django_db
def test_the_seed_is_idempotent_and_leaves_edited_rows_alone():
    run_seeds()
    before = _counts()
    assert all(before), "the rules, terms and threshold table are seeded"
    rule = Rule.objects.order_by("pk").first()
    rule.title = "事務局が書き換えた規則"
    rule.save()
    assert not any(run_seeds().values())
    assert _counts() == before
    rule.refresh_from_db()
    assert rule.title == "事務局が書き換えた規則"


@pytest.mark.django_db
def test_an_emptied_table_is_seeded_again():
    ThresholdRule.objects.all().delete()
    assert run_seeds()["pia"] == 5
    assert ThresholdRule.objects.count() == 5


@pytest.mark.django_db(transaction=True)
def test_flushing_the_database_brings_the_reference_data_back():
    """What made the suite order-dependent: a flushing test wiped the seeded rows."""
    call_command("flush", interactive=False, verbosity=0)
    assert all(_counts())


@pytest.mark.django_db
def test_the_seed_command_reports_what_it_created(capsys):
    Rule.objects.all().delete()
    call_command("seed")
    assert "checklist:" in capsys.readouterr().out
    assert Rule.objects.count() > 0
