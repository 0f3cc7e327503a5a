from django.core.management import call_command


def test_accuracy_is_at_least_95_percent_on_every_field(capsys):
    """The hand-checked documents keep parsing to their expected JSON, field by field."""
    call_command("minutes-accuracy")
    lines = capsys.readouterr().out.splitlines()
    rows = [line.split() for line in lines if line.startswith(("meeting.", "members", "items."))]
    assert len(rows) == 14
    for field, precision, recall, _expected in rows:
        assert float(precision) >= 0.95 and float(recall) >= 0.95, field
