"""Seed the threshold table with the national guideline's rows (DOMAIN §3).

The rows are written out here rather than imported from shingikai.pia.threshold, so that the
migration keeps doing what it did when the guideline module changes later.
"""

from django.db import migrations

GUIDELINE = [
    # min people, max people (included), handlers threshold, many/incident, otherwise
    (0, 999, 500, "none", "none"),
    (1_000, 9_999, 500, "basic", "basic"),
    (10_000, 99_999, 500, "basic+focused", "basic"),
    (100_000, 299_999, 500, "basic+full", "basic+focused"),
    (300_000, None, 500, "basic+full", "basic+full"),
]


def seed(apps, schema_editor):
    ThresholdRule = apps.get_model("pia", "ThresholdRule")
    if ThresholdRule.objects.exists():
        return
    ThresholdRule.objects.bulk_create(
        ThresholdRule(
            min_people=low,
            max_people=high,
            handlers_threshold=handlers,
            level_if_many_or_incident=many,
            level_otherwise=otherwise,
        )
        for low, high, handlers, many, otherwise in GUIDELINE
    )


def unseed(apps, schema_editor):
    apps.get_model("pia", "ThresholdRule").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("pia", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
