from django.core.management import call_command


def test_accuracy_is_at_least_95_percent_on_every_field(capsys):
    """The hand-checked documents keep parsing to their expected JSON, field by field."""
    call_command("minutes-accuracy")
    lines = capsys.readouterr().out.splitlines()
    rows = [line.split() for line in lines if line.startswith(("meeting.", "members", "items."))]
    assert len(rows) == 14
    for field, precision, recall, _expected in rows:
        assert float(precision) >= 0.95 and float(recall) >= 0.95, field


def test_the_held_out_development_set_stays_above_95_percent(capsys):
    """Minutes in other councils' layouts, labelled by someone who never saw the parser."""
    from pathlib import Path

    heldout = Path(__file__).resolve().parents[3] / "tests" / "heldout" / "minutes"
    call_command("minutes-accuracy", expected=heldout, inputs=[heldout])
    out = capsys.readouterr().out
    assert "documents: 8" in out
    rows = [
        line.split()
        for line in out.splitlines()
        if line.startswith(("meeting.", "members", "items."))
    ]
    assert all(float(p) >= 0.95 and float(r) >= 0.95 for _f, p, r, _n in rows), out
