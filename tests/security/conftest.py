"""Objects for the security tests: one of each thing a URL of the project points at.

The named users come from shingikai/conftest.py (imported below, since that conftest only
serves tests under shingikai/):

- bob (市民課) owns every consultation, camera, register entry and assessment used here
- carol (中央図書館) is another department of the same city
- dave is a member of the council, alice its secretariat, erin an administrator

Everything is built with the apps' own service functions, as the screens build it.
"""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from openpyxl import Workbook

from shingikai import conftest as shared
from shingikai.accounts.models import User
from shingikai.cctv import services as cctv
from shingikai.cctv.models import Camera, PoliceRequest
from shingikai.conftest import World
from shingikai.consultations import reports
from shingikai.consultations import services as consultations
from shingikai.consultations.models import (
    Attachment,
    Consultation,
    Decision,
    FollowUp,
    Outcome,
    Report,
    ReportMaterial,
    Utterance,
)
from shingikai.councils.seeding import run_seeds
from shingikai.documents.context import draft_text
from shingikai.documents.models import MeetingMinutes
from shingikai.documents.services import save_minutes
from shingikai.meetings.models import Attendance, Meeting, StaffAttendance
from shingikai.minutes.importer import correct_meeting, current_reading, import_bytes
from shingikai.minutes.models import Draft, ImportedItem, ImportedMeeting
from shingikai.pia import services as pia
from shingikai.pia.models import Assessment
from shingikai.publication import services as publication
from shingikai.publication.models import Redaction
from shingikai.registers import services as registers
from shingikai.registers.models import ImportBatch, Notification, Operation

# The shared fixture, offered to the tests under tests/security too.
world = shared.world

MD5_HASHER = "django.contrib.auth.hashers.MD5PasswordHasher"
SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "minutes"
SAMPLE = "adachi_2022-12-27.txt"

# The order of the six columns of every row of the matrix.
ROLES = ("anonymous", "owner", "other", "member", "secretariat", "admin")
# The named user of each role (None: not logged in).
ROLE_USERS = {
    "anonymous": None,
    "owner": "bob",
    "other": "carol",
    "member": "dave",
    "secretariat": "alice",
    "admin": "erin",
}

REGISTER_VALUES = {
    "number": "市民-001",
    "name": "住民基本台帳ファイル",
    "purpose": "住民の居住関係の公証及び住民に関する記録の管理",
    "data_subjects": "市内に住所を有する者",
    "items": ["氏名", "住所", "生年月日"],
    "source": "本人からの届出",
    "sensitive": False,
    "recording": "electronic",
    "outsourced": True,
    "external_provision": "",
}


@dataclass
class Objects:
    world: World
    published: Meeting  # held, decided, minutes saved, published with a withheld phrase
    unpublished: Meeting  # held, one consultation decided, one still on the agenda
    decided: Consultation  # decided at the published meeting
    decision: Decision
    on_agenda: Consultation  # on the unpublished meeting's agenda, not decided
    decided_unpublished: Consultation  # decided at the unpublished meeting
    decision_unpublished: Decision
    draft: Consultation
    submitted: Consultation
    attachment: Attachment  # of the consultation on the agenda
    public_attachment: Attachment  # of `decided`, chosen for the public on publishing
    followup: FollowUp  # raised at the published meeting, open
    redaction: Redaction
    imported_meeting: ImportedMeeting
    imported_item: ImportedItem
    operation: Operation  # in force
    abolished: Operation
    notification: Notification  # a change filed for `operation`, waiting
    batch: ImportBatch
    camera: Camera
    police_request: PoliceRequest
    assessment: Assessment  # a draft
    report: Report  # 市民課's report item at the unpublished meeting, with one material
    report_material: ReportMaterial

    def user(self, role: str) -> User | None:
        name = ROLE_USERS[role]
        return getattr(self.world, name) if name else None


def ensure_reference_data() -> None:
    """The review rules and the threshold table, from the seed (idempotent)."""
    run_seeds()


def _meeting(world: World, number: int, date: datetime.date) -> Meeting:
    meeting = Meeting.objects.create(
        council=world.council,
        fiscal_year=2024,
        number=number,
        date=date,
        start_time=datetime.time(10),
        end_time=datetime.time(12),
        place="本庁舎5階第1会議室",
        contact="総務課情報公開係",
    )
    for i, member in enumerate(world.members):
        Attendance.objects.create(meeting=meeting, member=member, present=i != 4)
    StaffAttendance.objects.create(
        meeting=meeting,
        kind=StaffAttendance.Kind.SECRETARIAT,
        name="山根 一郎",
        position="総務課長",
    )
    return meeting


def _consultation(world: World, title: str) -> Consultation:
    return world.consultation(
        title=title,
        outline="事務の一部を事業者に委託する。",
        contractor="株式会社さくらサポート",
        personal_items=["氏名", "住所"],
        data_subjects="市民 約12,000人",
        datacenter_location="国内（東京都）さくらデータセンター第2棟",
    )


def _decide(world: World, consultation: Consultation, meeting: Meeting) -> Decision:
    consultations.submit(consultation, world.bob)
    consultations.put_on_agenda(consultation, meeting, world.alice)
    consultations.record_utterance(
        consultation,
        meeting,
        speaker="委員1",
        role=Utterance.Role.CHAIR,
        act=Utterance.Act.QUESTION,
        text="委託終了後のデータ消去は、どのように確認するのか。",
    )
    return consultations.record_decision(
        consultation,
        meeting,
        Outcome.APPROVED_WITH_OPINION,
        "なお、実施にあたっては、以下の意見に留意されたい。",
        world.alice,
    )


def _register_sheet() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["番号", "個人情報ファイルの名称", "所管課", "利用目的", "開始年月日"])
    sheet.append(["2", "図書館利用者名簿", "中央図書館", "貸出管理", "令和2年4月1日"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def build_objects(world: World) -> Objects:
    ensure_reference_data()
    erin = world.erin
    erin.is_staff = erin.is_superuser = True
    erin.save()

    # Consultations and meetings: one published meeting, one not.
    published = _meeting(world, 1, datetime.date(2024, 4, 15))
    unpublished = _meeting(world, 2, datetime.date(2024, 6, 10))
    decided = _consultation(world, "ふるさと納税支援業務委託")
    decision = _decide(world, decided, published)
    followup = consultations.raise_followup(
        meeting=published,
        owner=world.shimin,
        consultation=decided,
        due=FollowUp.Due.NEXT_MEETING,
        what="事業者の運用規程を次回報告すること。",
    )
    save_minutes(published, draft_text(published), MeetingMinutes.Style.SUMMARY, world.alice)
    (redaction,) = publication.mark_phrase(
        published,
        decided,
        "datacenter_location",
        "さくらデータセンター第2棟",
        "情報公開条例第7条第6号",
        world.alice,
    )
    public_attachment = Attachment.objects.create(
        consultation=decided,
        title="業務フロー図",
        file=ContentFile("業務フロー図".encode(), name="flow.txt"),
        uploaded_by=world.bob,
    )
    publication.publish(
        published, world.alice, consultations=[decided], attachments=[public_attachment]
    )

    on_agenda = _consultation(world, "学童メールシステムの導入")
    consultations.submit(on_agenda, world.bob)
    consultations.put_on_agenda(on_agenda, unpublished, world.alice)
    decided_unpublished = _consultation(world, "児童手当支給事業の封入封緘委託")
    decision_unpublished = _decide(world, decided_unpublished, unpublished)
    save_minutes(unpublished, draft_text(unpublished), MeetingMinutes.Style.SUMMARY, world.alice)
    consultations.add_agenda_item(unpublished, "report", "防犯カメラ映像の提供件数の報告")
    report = reports.create_report(
        unpublished,
        department=world.shimin,
        title="個人情報ファイル簿の届出状況の報告",
        consultation=decided,
        actor=world.alice,
    )
    reports.add_turn(
        report, speaker="上野 健", role="member", act="question", text="届出の件数は。"
    )
    reports.acknowledge(report, "opinions", "届出の周知を続けられたい。")
    report_material = reports.add_material(
        report,
        title="届出一覧",
        upload=ContentFile("届出一覧".encode(), name="list.txt"),
        actor=world.alice,
    )

    draft = _consultation(world, "マンション管理者名簿の電子化")
    submitted = _consultation(world, "証明書コンビニ交付の委託")
    consultations.submit(submitted, world.bob)
    attachment = Attachment.objects.create(
        consultation=on_agenda,
        title="製品説明資料",
        file=ContentFile("製品説明資料\n氏名、メールアドレス".encode(), name="sheet.txt"),
        uploaded_by=world.bob,
    )

    # Imported minutes of another municipality.
    result = import_bytes((SAMPLES / SAMPLE).read_bytes(), SAMPLE, user=world.alice)
    assert not result.failed, result.message
    imported_meeting = ImportedMeeting.objects.get(pk=result.meeting_id)
    # Reviewed once (a correction and its history row), and uploaded again for review.
    imported_meeting = correct_meeting(
        imported_meeting, current_reading(imported_meeting), world.alice
    )
    source = imported_meeting.source
    Draft.objects.create(
        name=source.name,
        content=(SAMPLES / SAMPLE).read_bytes(),
        content_hash=source.content_hash,
        parsed=source.parsed,
        text=source.text,
        created_by=world.alice,
    )

    # The file register: an entry in force with a change waiting, an abolished entry, and
    # an uploaded sheet not yet imported.
    start = registers.file_start(
        department=world.shimin,
        values=REGISTER_VALUES,
        effective_on=datetime.date(2020, 4, 1),
        reason="新規事業の開始",
        actor=world.bob,
    )
    registers.accept(start, world.alice)
    operation = start.operation
    old = registers.file_start(
        department=world.shimin,
        values={**REGISTER_VALUES, "number": "市民-002", "name": "旧住民票ファイル"},
        effective_on=datetime.date(2018, 4, 1),
        reason="新規事業の開始",
        actor=world.bob,
    )
    registers.accept(old, world.alice)
    abolition = registers.file_abolition(
        old.operation, effective_on=datetime.date(2021, 3, 31), reason="事業の終了", actor=world.bob
    )
    registers.accept(abolition, world.alice)
    notification = registers.file_change(
        operation,
        values={"purpose": "住民の居住関係の公証、選挙人名簿の登録"},
        effective_on=datetime.date(2024, 4, 1),
        reason="利用目的の追加",
        actor=world.bob,
    )
    # The sheet goes in the way the secretariat puts it in: through the upload page.
    uploader = Client()
    uploader.force_login(world.alice)
    response = uploader.post(
        reverse("registers:import"),
        {"file": SimpleUploadedFile("台帳.xlsx", _register_sheet())},
    )
    assert response.status_code == 302, response.status_code
    batch = ImportBatch.objects.get(municipality=world.city)

    # CCTV: 市民課's camera, changed once, with a police request approved.
    camera = cctv.register_camera(
        world.shimin,
        {
            "place": "市役所本庁舎1階市民課窓口",
            "camera_count": 2,
            "recording_started": datetime.date(2019, 4, 1),
            "subjects": "来庁者",
            "disclosure_manager": "市民課長",
            "storage": "市民課事務室内の録画装置",
            "retention_days": 7,
        },
        world.bob,
    )
    cctv.update_camera(camera, {"retention_days": 14, "note": "録画装置を更新"}, world.bob)
    police_request = cctv.log_request(
        camera,
        received_on=datetime.date(2024, 5, 1),
        police_station="さくら警察署",
        requested="5月1日10時から11時までの映像",
        reference="さくら署第123号",
        actor=world.bob,
    )
    cctv.approve(police_request, on=datetime.date(2024, 5, 2), approver="市民課長", actor=world.bob)

    # An impact assessment in draft.
    assessment = pia.create(
        world.shimin,
        {"affair": "住民基本台帳に関する事務", "people": 120_000, "handlers": 600},
        world.bob,
    )

    return Objects(
        world=world,
        published=published,
        unpublished=unpublished,
        decided=decided,
        decision=decision,
        on_agenda=on_agenda,
        decided_unpublished=decided_unpublished,
        decision_unpublished=decision_unpublished,
        draft=draft,
        submitted=submitted,
        attachment=attachment,
        public_attachment=public_attachment,
        followup=followup,
        redaction=redaction,
        imported_meeting=imported_meeting,
        imported_item=imported_meeting.items.order_by("order").first(),
        operation=operation,
        abolished=old.operation,
        notification=notification,
        batch=batch,
        camera=camera,
        police_request=police_request,
        assessment=assessment,
        report=report,
        report_material=report_material,
    )


@pytest.fixture
def media_root(settings, tmp_path):
    """Uploaded attachments go to a throwaway directory, not the data dir."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def objects(world, media_root) -> Objects:
    return build_objects(world)


def clients(objects: Objects) -> dict[str, Client]:
    """A fresh client per role, logged in as that role's named user."""
    result = {}
    for role in ROLES:
        client = Client()
        user = objects.user(role)
        if user is not None:
            client.force_login(user)
        result[role] = client
    return result
