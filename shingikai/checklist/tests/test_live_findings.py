"""The findings panel follows the draft form as it is typed (htmx), without saving anything."""

from shingikai.checklist.tests.drafts import form_data
from shingikai.consultations.models import Consultation


def test_the_panel_shows_a_finding_until_the_field_is_filled(client, world):
    draft = world.consultation()
    client.force_login(world.bob)
    url = f"/checklist/preview/{draft.pk}/"
    html = client.post(
        url, form_data(world, disposal_method="", disposal_confirmation="")
    ).content.decode()
    assert 'data-rule="R01"' in html and "必須" in html
    html = client.post(url, form_data(world)).content.decode()
    assert 'data-rule="R01"' not in html and 'data-count="0"' in html
    draft.refresh_from_db()
    assert draft.disposal_method == ""  # nothing was saved


def test_the_new_draft_form_is_checked_too(client, world):
    client.force_login(world.bob)
    html = client.post(
        "/checklist/preview/", form_data(world, retention_period="")
    ).content.decode()
    assert 'data-rule="R09"' in html
    assert Consultation.objects.count() == 0


def test_the_form_pages_carry_the_panel(client, world):
    draft = world.consultation()
    client.force_login(world.bob)
    page = client.get(f"/consultations/{draft.pk}/edit/").content.decode()
    assert f'hx-post="/checklist/preview/{draft.pk}/"' in page and 'data-rule="R09"' in page
    assert 'hx-post="/checklist/preview/"' in client.get("/consultations/new/").content.decode()


def test_others_cannot_use_the_panel(client, world):
    draft = world.consultation()
    client.force_login(world.carol)
    assert client.post(f"/checklist/preview/{draft.pk}/", form_data(world)).status_code == 403
    client.force_login(world.dave)
    assert client.post("/checklist/preview/", form_data(world)).status_code == 403
    assert client.get(f"/checklist/preview/{draft.pk}/").status_code in (403, 405)
