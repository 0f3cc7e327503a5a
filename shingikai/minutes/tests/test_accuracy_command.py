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


def test_wrong_values_are_counted_with_whether_the_review_was_pointed_at_them():
    from shingikai.minutes.parser import wrong_and_flagged

    expected = {
        "meeting": {"title": "第1回", "place": "本庁舎3階"},
        "items": [{"number": "諮問第1号", "title": "窓口予約", "kind": "consultation"}],
    }
    actual = {
        "meeting": {"title": "第1回", "place": "本庁舎"},  # place wrong, not flagged
        "items": [
            {"number": "諮問第1号", "title": "窓口予約", "kind": "report"},  # kind wrong, flagged
            {"number": "諮問第9号", "title": "架空の案件", "kind": "consultation"},  # spurious
        ],
        "flags": ["items[0].kind", "items[1].title"],
    }
    counts = wrong_and_flagged(expected, actual)
    assert counts["meeting.place"] == (1, 0, 0)
    assert counts["meeting.title"] == (0, 0, 0)
    assert counts["items.kind"] == (2, 1, 1)  # the report and the spurious item's kind
    assert counts["items.title"] == (1, 1, 1)  # the spurious item's title, flagged
    assert counts["items.number"] == (1, 0, 0)
    actual["flags"].append("meeting.title")  # a right value flagged: a flag, not a catch
    assert wrong_and_flagged(expected, actual)["meeting.title"] == (0, 0, 1)
    # A consultation left unknown is pointed at by the review ("states no outcome").
    expected["items"][0]["outcome"] = "continued"
    actual["items"][0].update(kind="consultation", outcome="unknown")
    assert wrong_and_flagged(expected, actual)["items.outcome"] == (1, 1, 2)


def test_the_command_prints_wrong_and_flagged_columns_on_request(capsys):
    call_command("minutes-accuracy", flags=True)
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split()[-3:] == ["wrong", "flagged", "flags"]
    place = next(line.split() for line in lines if line.startswith("meeting.place"))
    assert len(place) == 7 and int(place[5]) <= min(int(place[4]), int(place[6]))
    members = next(line.split() for line in lines if line.startswith("members_present"))
    assert len(members) == 4  # member lists carry no flags
