from django.db import migrations, models


def count_existing(apps, schema_editor):
    """Meetings imported before the field: their points to check, from the stored reading.
    A frozen copy of review.points_to_check (a migration must not follow later code)."""
    meeting_model = apps.get_model("minutes", "ImportedMeeting")
    corrected = set(
        apps.get_model("minutes", "Correction").objects.values_list("content_hash", flat=True)
    )
    meetings = meeting_model.objects.select_related("source").only(
        "pk", "to_check", "source__content_hash", "source__parsed"
    )  # not the files' full text
    for meeting in meetings.iterator(chunk_size=500):
        if meeting.source.content_hash in corrected:
            continue
        parsed = meeting.source.parsed or {}
        points = len(set(parsed.get("warnings") or [])) + len(set(parsed.get("flags") or []))
        points += sum(
            1
            for item in parsed.get("items") or []
            if item.get("kind") == "consultation" and item.get("outcome") in (None, "unknown")
        )
        if points:
            meeting.to_check = min(points, 32767)
            meeting.save(update_fields=["to_check"])


class Migration(migrations.Migration):
    dependencies = [
        ("minutes", "0002_review_corrections_history"),
    ]

    operations = [
        migrations.AddField(
            model_name="importedmeeting",
            name="to_check",
            field=models.PositiveSmallIntegerField(default=0, verbose_name="points to check"),
        ),
        migrations.RunPython(count_existing, migrations.RunPython.noop),
    ]
