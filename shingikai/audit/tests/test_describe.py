"""The audit log says what the person did, not which path they requested."""

import pytest
from django.test import Client

from shingikai.audit.describe import describe_all
from shingikai.audit.models import AuditEvent
from shingikai.consultations import services


def _described(**fields) -> str:
    event = AuditEvent.objects.create(**fields)
    ((_event, text),) = describe_all([event])
    return text


@pytest.mark.django_db
def test_a_consultation_view_reads_as_its_number(world):
    consultation = world.consultation()
    services.submit(consultation, world.bob)
    consultation.refresh_from_db()
    path = f"/consultations/{consultation.pk}/"
    text = _described(username="bob", action="view", path=path, view="consultations:detail")
    assert text == f"{consultation.number_label}を閲覧"
    assert text.startswith("令和") or text.startswith("諮問第")


@pytest.mark.django_db
def test_a_draft_without_number_reads_as_its_title(world):
    draft = world.consultation(title="学童メールシステムの導入")
    text = _described(
        username="bob",
        action="change",
        path=f"/consultations/{draft.pk}/submit/",
        view="consultations:submit",
    )
    assert text == "「学童メールシステムの導入」を提出"


@pytest.mark.django_db
def test_a_refused_view_and_an_unknown_path(world):
    draft = world.consultation(title="非公開の下書き")
    refused = _described(
        username="carol",
        action="denied",
        path=f"/consultations/{draft.pk}/",
        view="consultations:detail",
    )
    assert refused == "「非公開の下書き」へのアクセスを拒否された"
    unknown = _described(username="bob", action="view", method="GET", path="/minutes/", view="")
    assert unknown == "閲覧：GET /minutes/"


@pytest.mark.django_db
def test_the_audit_page_shows_descriptions(world):
    consultation = world.consultation(title="図書館システム更新")
    client = Client()
    client.force_login(world.bob)
    client.get(f"/consultations/{consultation.pk}/")
    client.force_login(world.alice)
    page = client.get("/audit/").content.decode()
    assert "「図書館システム更新」を閲覧" in page
