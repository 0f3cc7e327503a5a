from django.apps import apps
from django.contrib.auth import authenticate

from shingikai.consultations.models import Consultation, Decision, FollowUp
from shingikai.front.demo import load_demo
from shingikai.meetings.models import Meeting


def _counts() -> dict[str, int]:
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label.startswith(("accounts", "councils", "meetings", "consultations"))
    }


def test_the_demo_loads_once_and_a_second_run_changes_nothing(db):
    assert load_demo() is True
    before = _counts()
    assert load_demo() is False
    assert _counts() == before


def test_the_demo_has_the_promised_shape(db):
    load_demo()
    assert Meeting.objects.count() == 3
    # Two drafts of other kinds than outsourcing, and two under 法第129条 (one declined).
    assert Consultation.objects.count() == 10
    assert Consultation.objects.filter(state="reviewed_internally").exists()
    assert Consultation.objects.exclude(necessity_case="").count() == 2
    assert len(set(Consultation.objects.values_list("state", flat=True))) >= 5
    assert set(Decision.objects.values_list("outcome", flat=True)) >= {
        "approved",
        "approved_with_opinion",
    }
    assert set(FollowUp.objects.values_list("status", flat=True)) == {"open", "closed"}


def test_the_demo_password_works_only_in_demo_mode(db, settings, rf):
    load_demo()
    settings.DEMO_MODE = False
    request = rf.post("/login/")
    assert authenticate(request, username="jimukyoku", password="demo") is None
    settings.DEMO_MODE = True
    user = authenticate(request, username="jimukyoku", password="demo")
    assert user.username == "jimukyoku"


def test_the_dashboard_is_japanese(client, db, settings):
    settings.DEMO_MODE = True
    load_demo()
    response = client.post("/login/", {"username": "jimukyoku", "password": "demo"})
    assert response.status_code == 302
    html = client.get("/dashboard/").content.decode()
    assert "次回の会議" in html
    assert "提出された諮問" in html


def test_the_demo_portal_shows_a_published_meeting_with_its_redaction(client, db):
    load_demo()
    portal = client.get("/public/").content.decode()
    meeting = Meeting.objects.filter(publication__isnull=False).get()
    assert f"/public/meetings/{meeting.pk}/" in portal
    consultation = Consultation.objects.get(title="ふるさと納税支援業務委託")
    page = client.get(f"/public/consultations/{consultation.pk}/").content.decode()
    assert "■■■（非公開）" in page
    assert "さくらデータセンター第2棟" not in page
