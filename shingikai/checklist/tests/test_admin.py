"""The secretariat edits the checklist in the admin; a broken condition is refused there."""

import json

from shingikai.checklist.models import Rule


def test_a_rule_is_edited_in_the_admin_and_a_bad_condition_refused(client, world):
    world.erin.is_staff = True
    world.erin.is_superuser = True
    world.erin.save()
    client.force_login(world.erin)
    rule = Rule.objects.get(code="R09")
    url = f"/admin/checklist/rule/{rule.pk}/change/"
    assert client.get(url).status_code == 200
    form = {
        "code": "R09",
        "title": rule.title,
        "grounds": "[]",
        "severity": "advisory",
        "condition": json.dumps({"empty": "retention_period"}),
        "message": rule.message,
        "precedent": rule.precedent,
        "active": "on",
    }
    response = client.post(url, {**form, "condition": '{"empty": "retention_periode"}'})
    assert "条件の書式が正しくありません" in response.content.decode()
    assert client.post(url, form).status_code == 302
    rule.refresh_from_db()
    assert (rule.severity, rule.condition) == ("advisory", {"empty": "retention_period"})
