"""法第129条: why the council is needed, the intake's decline and the department's own review.

Since April 2023 a council is consulted only where its view is "especially necessary" in the
cases the ordinance names. The 諮問書 says which case and why; the secretariat's intake can
find the council need not be consulted; the department then records its internal review.
"""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import PermissionDenied

from shingikai.checklist.services import findings_for
from shingikai.consultations import services
from shingikai.consultations.forms import ConsultationForm
from shingikai.consultations.models import State, StateChange
from shingikai.councils.models import Council, Ground, NecessityCase, SectionSet
from shingikai.councils.seed import seed_section_sets
from shingikai.lib.errors import ServiceError

CASE_TEXT = "個人情報の適正な取扱いを確保するため専門的な知見に基づく意見を聴くことが特に必要なとき"


@pytest.fixture
def especially_necessary(world) -> Ground:
    seed_section_sets()
    return Ground.objects.create(
        council=world.council,
        name="特に必要な場合の諮問",
        article="法第129条",
        section_set=SectionSet.objects.get(code="especially_necessary"),
    )


@pytest.fixture
def case(world) -> NecessityCase:
    return NecessityCase.objects.create(
        council=world.council, article="条例第5条第1号", text=CASE_TEXT
    )


def _rules(consultation) -> set[str]:
    return {f.rule for f in findings_for(consultation)}


def test_a_129_draft_must_say_which_case_and_why(world, especially_necessary, case):
    draft = world.consultation(title="AIによる窓口相談記録の分析")
    draft.grounds.set([especially_necessary])
    assert {"N01", "N02"} <= _rules(draft)

    draft.necessity_case = str(case)
    draft.necessity = "生成AIを初めて用いるため、学識経験者の意見を聴く必要がある。"
    draft.save()
    assert not {"N01", "N02"} & _rules(draft)


def test_other_kinds_are_not_asked_for_the_129_reason(world):
    draft = world.consultation()  # outsourcing
    assert not {"N01", "N02"} & _rules(draft)


def _form(world, ground, **data) -> ConsultationForm:
    posted = {
        "council": world.council.pk,
        "department": world.shimin.pk,
        "title": "AIによる窓口相談記録の分析",
        "grounds": [ground.pk],
        **data,
    }
    return ConsultationForm(posted, user=world.bob)


def test_the_form_offers_the_ordinances_cases_and_refuses_others(world, especially_necessary, case):
    form = _form(world, especially_necessary, necessity_case=str(case))
    assert form.is_valid(), form.errors
    html = str(form["necessity_case"])
    assert "<datalist" in html and CASE_TEXT in html

    typed = _form(world, especially_necessary, necessity_case="担当課が必要と考えたとき")
    assert not typed.is_valid()
    assert "条例で定める場合" in str(typed.errors["necessity_case"])


def test_a_case_of_another_councils_ordinance_is_refused(world, especially_necessary):
    other = Council.objects.create(municipality=world.city, name="情報公開審査会")
    foreign = NecessityCase.objects.create(council=other, text="別の条例の場合")
    NecessityCase.objects.create(council=world.council, text=CASE_TEXT)
    form = _form(world, especially_necessary, necessity_case=str(foreign))
    assert not form.is_valid()


def test_without_a_list_the_case_is_typed_freely(world, especially_necessary):
    form = _form(world, especially_necessary, necessity_case="条例第5条第2号に該当")
    assert form.is_valid(), form.errors


def _submitted(world):
    draft = world.consultation(title="窓口混雑状況の公開")
    services.submit(draft, world.bob)
    return draft


def test_the_secretariat_declines_with_a_reason_kept_in_the_history(world):
    consultation = _submitted(world)
    with pytest.raises(ServiceError):
        services.decline(consultation, world.alice, "   ")
    services.decline(
        consultation, world.alice, "個人を識別しない統計の公開であり、定型的な取扱い。"
    )
    consultation.refresh_from_db()
    assert consultation.state == State.DECLINED
    assert consultation.decline_reason.startswith("個人を識別しない")
    row = StateChange.objects.get(consultation=consultation, to_state=State.DECLINED)
    assert (row.from_state, row.actor) == (State.SUBMITTED, world.alice)


def test_only_the_secretariat_declines_and_only_a_submitted_draft(world):
    consultation = _submitted(world)
    with pytest.raises(PermissionDenied):
        services.decline(consultation, world.bob, "不要と思う")
    draft = world.consultation(title="まだ下書き")
    with pytest.raises(ServiceError):
        services.decline(draft, world.alice, "不要")
    assert draft.state == State.DRAFT


def test_the_department_records_its_internal_review(world):
    consultation = _submitted(world)
    services.decline(consultation, world.alice, "定型的な取扱い。")
    on = datetime.date(2025, 5, 12)
    with pytest.raises(PermissionDenied):
        services.record_internal_review(consultation, world.carol, "他課", on)
    with pytest.raises(ServiceError):
        services.record_internal_review(consultation, world.bob, "", on)
    services.record_internal_review(
        consultation, world.bob, "個人情報保護担当課と協議し、安全管理措置を確認した。", on
    )
    consultation.refresh_from_db()
    assert consultation.state == State.REVIEWED_INTERNALLY
    assert (consultation.internal_review_on, consultation.internal_review[:4]) == (on, "個人情報")
    assert list(consultation.history.values_list("to_state", flat=True)) == [
        State.SUBMITTED,
        State.DECLINED,
        State.REVIEWED_INTERNALLY,
    ]


def test_the_pages_show_the_decline_and_the_review(client, world):
    consultation = _submitted(world)
    client.force_login(world.alice)
    page = client.get(f"/consultations/{consultation.pk}/").content.decode()
    assert f'action="/consultations/{consultation.pk}/decline/"' in page
    client.post(f"/consultations/{consultation.pk}/decline/", {"note": "定型的な取扱いのため。"})

    client.force_login(world.bob)
    page = client.get(f"/consultations/{consultation.pk}/").content.decode()
    assert "定型的な取扱いのため。" in page
    assert 'id="internal-review-form"' in page
    response = client.post(
        f"/consultations/{consultation.pk}/internal-review/",
        {"result": "庁内の審査会で確認した。", "on": "令和7年5月12日"},
        follow=True,
    )
    page = response.content.decode()
    assert "庁内の審査会で確認した。" in page and "令和7年5月12日" in page
    assert 'id="internal-review-form"' not in page


def test_a_member_cannot_record_the_review(client, world):
    consultation = _submitted(world)
    services.decline(consultation, world.alice, "定型的な取扱い。")
    client.force_login(world.dave)
    client.post(
        f"/consultations/{consultation.pk}/internal-review/",
        {"result": "x", "on": "令和7年5月12日"},
    )
    consultation.refresh_from_db()
    assert consultation.state == State.DECLINED
