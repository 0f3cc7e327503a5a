"""A decided consultation fills its file-register entry, each value traceable to its section."""

import datetime

import pytest

from shingikai.consultations.models import State
from shingikai.documents.tests.factories import decided, held_meeting
from shingikai.registers import from_decision
from shingikai.registers.lifecycle import RegisterError
from shingikai.registers.models import PUBLIC_FIELDS, Notification, Operation, Recording


@pytest.fixture
def decided_consultation(world):
    consultation, _decision = decided(world, held_meeting(world))
    consultation.refresh_from_db()
    assert consultation.state == State.DECIDED
    return consultation


def test_values_are_read_from_the_sections_with_their_source(decided_consultation):
    values = from_decision.prefill(decided_consultation)
    assert values["name"].value == decided_consultation.title
    assert values["items"].value == ["氏名", "電話番号"]
    assert values["data_subjects"].value == "督促対象の利用者 年間約3,000人"
    assert values["purpose"].value == decided_consultation.outline
    assert values["outsourced"].value is True
    assert values["recording"].value == Recording.ELECTRONIC
    # Each value names the section it came from, as the 諮問書 heads it.
    assert "取り扱う個人情報" in values["items"].source or "個人情報" in values["items"].source
    assert values["outsourced"].source.endswith("受託者")
    assert "sensitive" not in values  # nothing collected from others in this draft


def test_saving_starts_one_entry_then_changes_it(world, decided_consultation):
    values = {name: p.value for name, p in from_decision.prefill(decided_consultation).items()}
    on = datetime.date(2024, 7, 1)
    entry = from_decision.save_entry(decided_consultation, values, on, world.alice)
    assert entry.consultation == decided_consultation
    assert list(decided_consultation.register_entries.all()) == [entry]
    assert (entry.name, entry.items, entry.outsourced) == (
        decided_consultation.title,
        ["氏名", "電話番号"],
        True,
    )
    start = Notification.objects.get(operation=entry)
    assert (start.kind, start.status, start.decided_by) == (
        Notification.Kind.START,
        Notification.Status.ACCEPTED,
        world.alice,
    )
    again = from_decision.save_entry(
        decided_consultation, {**values, "remarks": "答申に基づき登録"}, on, world.alice
    )
    assert again == entry and Operation.objects.count() == 1
    entry.refresh_from_db()
    assert entry.remarks == "答申に基づき登録"
    assert entry.notifications.filter(kind=Notification.Kind.CHANGE).count() == 1


def test_only_decided_consultations_fill_the_register(world):
    draft = world.consultation()
    with pytest.raises(RegisterError):
        from_decision.save_entry(
            draft, {"name": "x", "purpose": "y"}, datetime.date(2024, 7, 1), world.alice
        )
    assert not Operation.objects.exists()


def test_two_clicks_from_the_consultation_page(client, world, decided_consultation):
    client.force_login(world.alice)
    page = client.get(decided_consultation.get_absolute_url()).content.decode()
    url = f"/registers/from-consultation/{decided_consultation.pk}/"
    assert url in page
    form = client.get(url).content.decode()
    assert "電話番号" in form and "受託者" in form  # a value and the section it came from
    response = client.post(url, _form_data(decided_consultation))
    entry = Operation.objects.get()
    assert response.status_code == 302 and response["Location"] == entry.get_absolute_url()
    detail = client.get(entry.get_absolute_url()).content.decode()
    assert decided_consultation.title in detail and 'id="from-consultation"' in detail


def test_departments_and_members_cannot(client, world, decided_consultation):
    url = f"/registers/from-consultation/{decided_consultation.pk}/"
    for user in (world.bob, world.dave):
        client.force_login(user)
        assert client.get(url).status_code == 403
        assert client.post(url, _form_data(decided_consultation)).status_code == 403
    assert not Operation.objects.exists()


def test_the_public_register_lists_every_statutory_field_in_order():
    assert PUBLIC_FIELDS[:4] == ("number", "name", "department", "purpose")
    for name in ("request_office", "special_procedures", "anonymised_proposal", "remarks"):
        assert name in PUBLIC_FIELDS
    assert PUBLIC_FIELDS.index("items") < PUBLIC_FIELDS.index("data_subjects")
    assert PUBLIC_FIELDS.index("source") < PUBLIC_FIELDS.index("external_provision")


def _form_data(consultation):
    values = from_decision.prefill(consultation)
    return {
        "name": values["name"].value,
        "purpose": values["purpose"].value,
        "data_subjects": values["data_subjects"].value,
        "items": "\n".join(values["items"].value),
        "recording": Recording.ELECTRONIC,
        "outsourced": "on",
        "effective_on": "令和6年7月1日",
        "reason": "答申に基づく",
    }
