"""Regression tests for the access findings of the security probe (issue 14): every list a
form or page shows is built from what the user may see."""

from __future__ import annotations

import datetime
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from shingikai.accounts.models import User
from shingikai.audit.models import AuditEvent
from shingikai.checklist.jsonio import FORMAT, VERSION
from shingikai.consultations import services as consultations
from shingikai.consultations.models import Consultation, FollowUp
from shingikai.councils.models import Council, Ground
from shingikai.meetings.models import Meeting
from shingikai.pia import services as pia

pytestmark = pytest.mark.django_db

DRAFT_TITLE = "市民課の未提出の下書き（図書館に見えてはならない）"


def _client(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _third_party_ground(world) -> Ground:
    return Ground.objects.create(
        council=world.council, name="特定個人情報保護評価 第三者点検", article="番号法第28条"
    )


def test_department_does_not_see_other_departments_drafts_in_cctv_form(world):
    """中央図書館 registering a camera is not offered 市民課's draft as the consultation."""
    world.consultation(title=DRAFT_TITLE)
    own = world.consultation(department=world.library, title="図書館の自分の下書き")
    response = _client(world.carol).get(reverse("cctv:create"))
    assert response.status_code == 200
    page = response.content.decode()
    assert own.title in page  # the list is there, with what carol may read
    assert DRAFT_TITLE not in page
    # The secretariat keeps seeing every consultation of its council.
    assert DRAFT_TITLE in _client(world.alice).get(reverse("cctv:create")).content.decode()


def test_department_does_not_see_other_departments_drafts_in_assessment_form(world):
    """The third-party-check choice of 中央図書館's assessment lists no draft of 市民課."""
    ground = _third_party_ground(world)
    draft = world.consultation(title=DRAFT_TITLE)
    draft.grounds.set([ground])
    own = world.consultation(department=world.library, title="図書館の全項目評価の第三者点検")
    own.grounds.set([ground])
    assessment = pia.create(
        world.library, {"affair": "図書館システム", "people": 1000, "handlers": 3}, world.carol
    )
    page = _client(world.carol).get(reverse("pia:detail", args=[assessment.pk])).content.decode()
    assert own.title in page
    assert DRAFT_TITLE not in page
    # Posting the hidden consultation's id is refused by the form, not recorded.
    _client(world.carol).post(
        reverse("pia:third_party_check", args=[assessment.pk]),
        {"check-consultation": draft.pk},
    )
    assessment.refresh_from_db()
    assert assessment.consultation_id is None


def test_department_sees_only_its_own_followups_on_a_meeting_page(world):
    """A department at a meeting for its consultation reads its follow-ups, not others'."""
    first, second = (
        Meeting.objects.create(
            council=world.council,
            fiscal_year=2024,
            number=number,
            date=date,
            start_time=datetime.time(10),
            end_time=datetime.time(12),
            place="本庁舎5階第1会議室",
        )
        for number, date in ((1, datetime.date(2024, 4, 15)), (2, datetime.date(2024, 6, 10)))
    )
    consultations.raise_followup(
        meeting=first,
        owner=world.shimin,
        what="市民課が次回報告すること。",
        due=FollowUp.Due.NEXT_MEETING,
    )
    consultations.raise_followup(
        meeting=first,
        owner=world.library,
        what="図書館が次回報告すること。",
        due=FollowUp.Due.NEXT_MEETING,
    )
    library_case = world.consultation(department=world.library, title="図書館の諮問")
    consultations.submit(library_case, world.carol)
    consultations.put_on_agenda(library_case, second, world.alice)

    page = _client(world.carol).get(reverse("meetings:detail", args=[second.pk])).content.decode()
    assert "図書館が次回報告すること。" in page
    assert "市民課が次回報告すること。" not in page
    secretariat_page = _client(world.alice).get(reverse("meetings:detail", args=[second.pk]))
    assert "市民課が次回報告すること。" in secretariat_page.content.decode()


def _other_council(world) -> Council:
    return Council.objects.create(
        municipality=world.city,
        name="テスト市情報公開審査会",
        quorum_rule=Council.QuorumRule.MAJORITY,
    )


def test_secretariat_cannot_create_consultations_in_another_council(world):
    """The secretariat of one council cannot file a consultation with another council of the
    same city, even with a hand-made POST."""
    other = _other_council(world)
    alice = world.alice
    alice.department = world.shimin  # a secretariat that also belongs to a department
    alice.save()
    client = _client(alice)
    form_page = client.get(reverse("consultations:create")).content.decode()
    assert other.name not in form_page
    client.post(
        reverse("consultations:create"),
        {"council": other.pk, "department": world.shimin.pk, "title": "別の審議会への諮問"},
    )
    assert not Consultation.objects.filter(council=other).exists()
    assert not Consultation.objects.filter(title="別の審議会への諮問").exists()


def test_secretariat_reads_only_its_own_councils_audit_log(world):
    """Another council's secretariat's page views, and failed logins under its names, are not
    in this council's audit log or its export (the city's departments appear in both)."""
    other = _other_council(world)
    zed = User.objects.create_user(
        username="zed", password="x" * 12, role=User.Role.SECRETARIAT, council=other
    )
    AuditEvent.objects.create(user=zed, username="zed", action="view", path="/zed-secret/")
    AuditEvent.objects.create(username="zed", action="login_failed", path="/accounts/login/")
    AuditEvent.objects.create(user=world.bob, username="bob", action="view", path="/bob-page/")
    AuditEvent.objects.create(user=world.dave, username="dave", action="view", path="/dave-page/")

    client = _client(world.alice)
    page = client.get(reverse("audit:list")).content.decode()
    assert "/bob-page/" in page
    assert "/zed-secret/" not in page and ">zed<" not in page
    export = client.get(reverse("audit:export", args=["csv"])).content.decode("utf-8-sig")
    assert "/bob-page/" in export and "zed" not in export
    # The other council's secretariat sees its own rows, not alice's council's.
    zed_page = _client(zed).get(reverse("audit:list")).content.decode()
    assert "/zed-secret/" in zed_page and "/dave-page/" not in zed_page
    # The administrator sees both.
    erin_page = _client(world.erin).get(reverse("audit:list")).content.decode()
    assert "/zed-secret/" in erin_page and "/bob-page/" in erin_page


def test_secretariat_cannot_import_consultations_into_another_council(world):
    """The JSON import offers, and accepts, only the secretariat's own council."""
    other = _other_council(world)
    alice = world.alice
    alice.department = world.shimin
    alice.save()
    client = _client(alice)
    assert other.name not in client.get(reverse("checklist:import")).content.decode()

    def upload(title: str) -> SimpleUploadedFile:
        body = {"format": FORMAT, "version": VERSION, "title": title, "department": "市民課"}
        data = json.dumps(body, ensure_ascii=False).encode()
        return SimpleUploadedFile("draft.json", data, "application/json")

    client.post(reverse("checklist:import"), {"council": other.pk, "file": upload("越境")})
    assert not Consultation.objects.filter(council=other).exists()
    # The same file into the secretariat's own council is a draft: the refusal is the council.
    client.post(reverse("checklist:import"), {"council": world.council.pk, "file": upload("自")})
    assert Consultation.objects.filter(council=world.council, title="自").exists()
