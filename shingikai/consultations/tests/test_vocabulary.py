"""A council's own vocabulary: each numbering scheme, outcome wording, deputy title and the
答申書's heading, and three presets that differ in each."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError

from shingikai.consultations import services
from shingikai.consultations.forms import DecisionForm
from shingikai.councils import vocabulary
from shingikai.councils.models import Council, Member
from shingikai.councils.seed import apply_preset
from shingikai.documents.context import answer_context, draft_text, meeting_header
from shingikai.meetings.models import Meeting


def _decide(world, meeting, outcome="approved", **fields):
    consultation = world.consultation(**fields)
    services.submit(consultation, world.bob)
    services.put_on_agenda(consultation, meeting, world.alice)
    return services.record_decision(consultation, meeting, outcome, "", world.alice)


def _scheme(world, scheme):
    world.council.numbering_scheme = scheme
    world.council.save()


def test_running_numbers_continue_the_series(world, meeting):
    decision = _decide(world, meeting)
    assert decision.consultation.number_label == "諮問第480号"


def test_per_fiscal_year_numbers_name_the_year(world, meeting):
    _scheme(world, Council.NumberingScheme.PER_FISCAL_YEAR)
    consultation = world.consultation()
    with time_machine.travel(datetime.datetime(2024, 6, 3, 10), tick=False):
        services.submit(consultation, world.bob)
    assert consultation.number_label == "令和6年度諮問第1号"


@pytest.mark.parametrize(
    ("scheme", "labels"),
    [
        (Council.NumberingScheme.PER_MEETING_KANA, ["ア", "イ", "ウ"]),
        (Council.NumberingScheme.PER_MEETING_NUMBER, ["(1)", "(2)", "(3)"]),
    ],
)
def test_per_meeting_schemes_letter_the_items_of_each_meeting(
    world, meeting, next_meeting, scheme, labels
):
    _scheme(world, scheme)
    consultations = [world.consultation(title=f"諮問{i}") for i in range(4)]
    for c in consultations:
        services.submit(c, world.bob)
    assert consultations[0].number_label == ""  # not on an agenda yet
    services.add_agenda_item(meeting, "report", "報告事項は数えない")
    for c in consultations[:3]:
        services.put_on_agenda(c, meeting, world.alice)
    services.put_on_agenda(consultations[3], next_meeting, world.alice)
    assert [c.number_label for c in consultations[:3]] == labels
    assert consultations[3].number_label == labels[0]  # the next meeting starts again


def test_typed_numbers_are_printed_as_typed(world, meeting):
    _scheme(world, Council.NumberingScheme.TYPED)
    decision = _decide(world, meeting, typed_number="議案第7号")
    assert decision.consultation.number_label == "議案第7号"
    assert "議案第7号" in answer_context(decision, public=False)["intro"]


def test_the_kana_run_out_after_46_items():
    assert vocabulary.number_label("per_meeting_kana", number=None, position=46) == "ン"
    assert vocabulary.number_label("per_meeting_kana", number=None, position=47) == "47"


@pytest.mark.parametrize(
    ("code", "answer"),
    [
        ("sakura", "諮問どおり実施することを「可」とする。"),
        ("fiscal_year_approval", "承認する。"),
        ("per_meeting_appropriate", "適当と認める。"),
    ],
)
def test_each_preset_words_the_answer_its_way(world, meeting, code, answer):
    apply_preset(world.council, code)
    world.council.refresh_from_db()
    world.council.full_clean()
    decision = _decide(world, meeting)
    context = answer_context(decision, public=False)
    assert context["outcome"] == answer
    assert answer in draft_text(meeting)


def test_the_three_presets_differ_in_every_respect():
    presets = vocabulary.presets()
    assert len(presets) == 3
    for name in ("numbering_scheme", "deputy_title", "answer_number_format", "answer_intro"):
        assert len({p[name] for p in presets}) == 3, name
    approvals = {p["outcomes"]["approved"]["answer"] for p in presets}
    assert len(approvals) == 3
    assert len({tuple(p["outcomes"]) for p in presets}) == 3  # outcome lists differ too


def test_the_decision_form_offers_the_councils_outcomes_in_its_words(world):
    apply_preset(world.council, "per_meeting_appropriate")
    form = DecisionForm(council=world.council)
    assert form.fields["outcome"].choices == [
        ("approved", "適当"),
        ("approved_with_opinion", "意見を付して妥当"),
        ("continued", "継続審議"),
        ("rejected", "不適当"),
    ]
    assert not DecisionForm({"outcome": "conditional"}, council=world.council).is_valid()


def test_the_answer_carries_the_document_number_and_the_councils_sentence(world, meeting):
    apply_preset(world.council, "fiscal_year_approval")
    world.council.refresh_from_db()
    decision = _decide(world, meeting, consulted_on=datetime.date(2024, 5, 20))
    context = answer_context(decision, public=False)
    assert context["document_number"] == f"6情審第{decision.consultation.number}号"
    assert context["intro"].startswith("令和6年5月20日付けで諮問された")
    assert context["intro"].endswith("について、審議の結果、次のとおり答申する。")


def test_the_deputy_is_titled_as_the_council_titles_it(world, meeting):
    Member.objects.create(term=world.term, name="石田 美和", role=Member.Role.DEPUTY)
    from shingikai.meetings.models import Attendance

    for member in Member.objects.all():
        Attendance.objects.create(meeting=meeting, member=member, present=True)
    apply_preset(world.council, "fiscal_year_approval")
    meeting = Meeting.objects.get(pk=meeting.pk)
    assert "石田 美和 副会長" in meeting_header(meeting, public=False)["present"]
    apply_preset(world.council, "per_meeting_appropriate")
    meeting = Meeting.objects.get(pk=meeting.pk)
    assert "石田 美和 会長職務代理者" in meeting_header(meeting, public=False)["present"]


def test_bad_outcomes_are_refused_in_the_admin(world):
    world.council.outcomes = {"approved": {"label": "承認"}, "nope": {}}
    with pytest.raises(ValidationError) as error:
        world.council.full_clean()
    assert "outcomes" in error.value.message_dict
