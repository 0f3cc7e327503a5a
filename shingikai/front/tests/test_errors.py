"""Service refusals and error pages: one base class, one message, Japanese pages with the
site's navigation."""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.backends.db import SessionStore
from django.test import Client

from shingikai.cctv.services import RequestError
from shingikai.checklist.services import ConsultationImportRefused
from shingikai.consultations.services import TransitionError
from shingikai.front.error_views import server_error
from shingikai.front.middleware import ServiceErrorMiddleware
from shingikai.lib.actions import attempt, run_action
from shingikai.lib.errors import NotAllowedNow, ServiceError
from shingikai.maintenance.backup import BackupError
from shingikai.pia.services import AssessmentError
from shingikai.publication.services import PublicationError
from shingikai.registers.importer import RegisterImportRefused
from shingikai.registers.services import RegisterError

REFUSALS = [
    TransitionError,
    RequestError,
    AssessmentError,
    RegisterError,
    PublicationError,
    ConsultationImportRefused,
    RegisterImportRefused,
    BackupError,
]


def test_every_service_refusal_is_a_service_error():
    for cls in REFUSALS:
        assert issubclass(cls, ServiceError), cls
    # The two importers' refusals no longer share a name.
    assert len({cls.__name__ for cls in REFUSALS}) == len(REFUSALS)


def _request(rf, method="post", **headers):
    request = getattr(rf, method)("/somewhere/", **headers)
    request.session = SessionStore()
    request._messages = FallbackStorage(request)
    return request


def test_run_action_and_attempt_turn_any_refusal_into_a_message(rf):
    request = _request(rf)

    def refuse():
        raise RequestError("この手順は今はできません。")

    assert run_action(request, refuse) is False
    assert attempt(request, refuse) is None
    assert attempt(request, lambda: 42) == 42
    assert [str(m) for m in get_messages(request)] == ["この手順は今はできません。"] * 2


def test_an_uncaught_refusal_goes_back_to_the_page_with_its_message(rf):
    request = _request(rf, HTTP_REFERER="http://testserver/consultations/1/")
    middleware = ServiceErrorMiddleware(lambda r: None)
    response = middleware.process_exception(request, TransitionError("差し戻せません。"))
    assert response.status_code == 302
    assert response["Location"] == "http://testserver/consultations/1/"
    assert [str(m) for m in get_messages(request)] == ["差し戻せません。"]


def test_an_uncaught_refusal_never_redirects_to_another_site(rf, db):
    request = _request(rf, HTTP_REFERER="https://evil.example/")
    request.user = _anonymous()
    response = ServiceErrorMiddleware(lambda r: None).process_exception(
        request, NotAllowedNow("今はできません。")
    )
    assert response.status_code == 409
    assert "今はできません。" in response.content.decode()


def test_an_htmx_refusal_is_a_fragment_for_the_message_area(rf):
    request = _request(rf, HTTP_HX_REQUEST="true")
    response = ServiceErrorMiddleware(lambda r: None).process_exception(
        request, ServiceError("入力を確認してください。")
    )
    assert response.status_code == 200
    assert response["HX-Retarget"] == "#messages"
    assert "入力を確認してください。" in response.content.decode()


def test_other_exceptions_are_left_alone(rf):
    request = _request(rf)
    assert ServiceErrorMiddleware(lambda r: None).process_exception(request, KeyError()) is None


def _anonymous():
    from django.contrib.auth.models import AnonymousUser

    return AnonymousUser()


@pytest.fixture
def bob_client(world):
    client = Client()
    client.force_login(world.bob)
    return client


def test_the_404_page_is_japanese_with_the_navigation(bob_client):
    response = bob_client.get("/no-such-page/")
    page = response.content.decode()
    assert response.status_code == 404
    assert "ページが見つかりません" in page
    assert "<nav" in page and "/consultations/" in page  # the logged-in user's menu


def test_the_403_page_is_japanese_with_the_navigation(bob_client):
    response = bob_client.get("/audit/")
    page = response.content.decode()
    assert response.status_code == 403
    assert "このページを表示する権限がありません" in page
    assert "<nav" in page


def test_the_500_page_is_japanese_with_the_navigation(rf, world):
    request = rf.get("/")
    request.user = world.bob
    request.session = SessionStore()
    request._messages = FallbackStorage(request)
    response = server_error(request)
    page = response.content.decode()
    assert response.status_code == 500
    assert "エラーが発生しました" in page
    assert "<nav" in page
