"""Materials sent in advance or handed out; members' advance questions answered by the
department, compiled into a 席上配付 PDF and recorded as turns; departments file the reports
their follow-ups ask for and the secretariat puts them on the next agenda in one click."""

from __future__ import annotations

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from shingikai.consultations import services
from shingikai.documents.tests.factories import decided, held_meeting
from shingikai.documents.tests.pdftext import pdf_text, squeeze
from shingikai.meetings import followup_reports, materials
from shingikai.meetings.errors import MeetingError
from shingikai.meetings.models import AdvanceQuestion, FollowUpReport, Material, Meeting


@pytest.fixture
def upcoming(world, time_machine):
    time_machine.move_to(datetime.datetime(2024, 6, 1, 9))
    world.dave.council = world.council
    world.dave.last_name, world.dave.first_name = "上野", "健"
    world.dave.save()
    meeting = Meeting.objects.create(
        council=world.council,
        fiscal_year=2024,
        number=3,
        date=datetime.date(2024, 6, 24),
        start_time=datetime.time(14),
        place="第1会議室",
    )
    consultation = world.consultation(title="図書館の督促")
    services.submit(consultation, world.bob)
    services.put_on_agenda(consultation, meeting, world.alice)
    return meeting, consultation


def test_materials_are_sent_in_advance_with_a_date_or_handed_out(world, upcoming):
    meeting, _consultation = upcoming
    with pytest.raises(MeetingError):
        materials.add_material(meeting, world.alice, title="資料1", distribution="advance")
    materials.add_material(
        meeting,
        world.alice,
        title="資料1 諮問書",
        distribution="advance",
        sent_on=datetime.date(2024, 6, 14),
    )
    alice = Client()
    alice.force_login(world.alice)
    response = alice.post(
        f"/meetings/{meeting.pk}/materials/",
        {"title": "資料2 差替え", "distribution": "on_the_day", "sent_on": ""},
        follow=True,
    )
    assert "席上配付" in response.content.decode()
    refused = alice.post(
        f"/meetings/{meeting.pk}/materials/",
        {
            "title": "実行ファイル",
            "distribution": "on_the_day",
            "file": SimpleUploadedFile("a.exe", b"MZ\x90\x00"),
        },
        follow=True,
    )
    assert (
        "添付できない" in refused.content.decode() or "添付できません" in refused.content.decode()
    )
    assert list(Material.objects.values_list("title", "sent_on")) == [
        ("資料1 諮問書", datetime.date(2024, 6, 14)),
        ("資料2 差替え", None),
    ]
    page = alice.get(f"/meetings/{meeting.pk}/").content.decode()
    assert "資料1 諮問書" in page and "事前送付" in page


def test_questions_are_asked_answered_compiled_and_recorded(world, upcoming):
    meeting, consultation = upcoming
    dave, bob, carol, alice = Client(), Client(), Client(), Client()
    dave.force_login(world.dave)
    bob.force_login(world.bob)
    carol.force_login(world.carol)
    alice.force_login(world.alice)
    dave.post(
        f"/meetings/{meeting.pk}/questions/",
        {"consultation": consultation.pk, "text": "督促メッセージに資料名は含まれるか。"},
    )
    question = AdvanceQuestion.objects.get()
    assert (question.asked_by, question.answer) == (world.dave, "")
    # Another department may not answer; the owner department does.
    assert (
        carol.post(
            f"/meetings/{meeting.pk}/questions/{question.pk}/answer/", {"answer": "x"}
        ).status_code
        == 403
    )
    bob.post(
        f"/meetings/{meeting.pk}/questions/{question.pk}/answer/",
        {"answer": "資料名は含めず、返却期限のみを通知します。"},
    )
    question.refresh_from_db()
    assert question.answered_by == world.bob

    alice.post(f"/meetings/{meeting.pk}/questions/compile/")
    compiled = Material.objects.get(compiled_questions=True)
    assert compiled.distribution == "on_the_day"
    text = squeeze(pdf_text(compiled.file.read()))
    assert "督促メッセージに資料名は含まれるか。" in text
    assert "資料名は含めず、返却期限のみを通知します。" in text
    alice.post(f"/meetings/{meeting.pk}/questions/compile/")  # compiled again: replaced
    assert Material.objects.filter(compiled_questions=True).count() == 1

    alice.post(f"/meetings/{meeting.pk}/questions/{question.pk}/turn/")
    turns = list(consultation.utterances.filter(meeting=meeting).values_list("speaker", "act"))
    assert turns == [("上野 健", "question"), ("市民課", "answer")]
    with pytest.raises(MeetingError):
        materials.record_as_turns(question, world.alice)


def test_only_members_ask_and_only_before_the_meeting(world, upcoming, time_machine):
    meeting, consultation = upcoming
    with pytest.raises(MeetingError):
        materials.ask(meeting, consultation, world.bob, "質問")
    time_machine.move_to(datetime.datetime(2024, 6, 25, 9))
    with pytest.raises(MeetingError):
        materials.ask(meeting, consultation, world.dave, "遅れた質問")
    assert not AdvanceQuestion.objects.exists()


def test_a_department_files_its_report_and_it_goes_on_the_next_agenda(world, time_machine):
    time_machine.move_to(datetime.datetime(2024, 6, 1, 9))
    held = held_meeting(world, date=datetime.date(2024, 5, 20))
    consultation, _decision = decided(world, held)
    followup = consultation.followups.get()
    upcoming = Meeting.objects.create(
        council=world.council,
        fiscal_year=2024,
        number=4,
        date=datetime.date(2024, 6, 24),
        start_time=datetime.time(14),
        place="第1会議室",
    )
    bob, carol, alice = Client(), Client(), Client()
    bob.force_login(world.bob)
    carol.force_login(world.carol)
    alice.force_login(world.alice)
    assert "事業者の運用規程" not in carol.get("/meetings/followups/").content.decode()
    assert (
        carol.post(f"/meetings/followups/{followup.pk}/report/", {"text": "x"}).status_code == 404
    )
    bob.post(
        f"/meetings/followups/{followup.pk}/report/",
        {
            "text": "運用規程を別添のとおり定めた。",
            "file": SimpleUploadedFile("規程.txt", "運用規程".encode()),
        },
    )
    report = FollowUpReport.objects.get()
    assert (report.filed_by, report.agenda_item) == (world.bob, None)
    assert bob.post(f"/meetings/followups/reports/{report.pk}/agenda/").status_code == 403
    alice.post(f"/meetings/followups/reports/{report.pk}/agenda/")
    report.refresh_from_db()
    assert report.agenda_item.meeting == upcoming
    assert report.agenda_item.kind == "report"
    with pytest.raises(MeetingError):
        followup_reports.put_on_next_agenda(report, world.alice)
    page = alice.get(f"/meetings/{upcoming.pk}/").content.decode()
    assert 'value="運用規程を別添のとおり定めた。"' in page  # the close form, prefilled
    assert bob.get(f"/meetings/followups/reports/{report.pk}/file/").status_code == 200
