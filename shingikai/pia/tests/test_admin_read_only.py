"""The admin cannot change assessment workflow dates or delete assessments outside their
lifecycle: it shows them read-only; the assessment screens keep the history."""

from shingikai.pia.models import Assessment
from shingikai.pia.tests.conftest import assessment


def test_admin_cannot_edit_assessment_workflow_dates_or_delete_assessments(client, world):
    world.alice.is_staff = world.alice.is_superuser = True
    world.alice.save()
    record = assessment(world)
    client.force_login(world.alice)
    url = f"/admin/pia/assessment/{record.pk}/change/"
    page = client.get(url)
    assert page.status_code == 200 and 'name="published_on"' not in page.content.decode()
    client.post(url, {"published_on": "2020-01-01", "state": "published"})
    record.refresh_from_db()
    assert record.published_on is None and record.state != "published"
    assert (
        client.post(f"/admin/pia/assessment/{record.pk}/delete/", {"post": "yes"}).status_code
        == 403
    )
    assert client.get("/admin/pia/assessment/add/").status_code == 403
    assert Assessment.objects.filter(pk=record.pk).exists()
