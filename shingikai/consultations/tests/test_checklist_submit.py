"""Submitting with an open required finding of the review checklist.

bob (市民課) cannot submit past a required finding; alice (secretariat) can, but only with
a written reason, which the history keeps.
"""

import pytest

from shingikai.checklist.tests.drafts import COMPLETE
from shingikai.consultations import services
from shingikai.consultations.models import State, StateChange


def _page(client, draft) -> str:
    return client.get(f"/consultations/{draft.pk}/").content.decode()


def test_a_department_is_refused_until_the_draft_is_fixed(client, world):
    draft = world.consultation(**{**COMPLETE, "disposal_method": "", "disposal_confirmation": ""})
    client.force_login(world.bob)
    assert 'data-rule="R01"' in _page(client, draft)
    response = client.post(f"/consultations/{draft.pk}/submit/", follow=True)
    assert "必須の指摘が残っています（R01 データの消去方法と確認方法）" in response.content.decode()
    draft.refresh_from_db()
    assert (draft.state, draft.number) == (State.DRAFT, None)

    draft.disposal_method = "データ消去証明書を提出させる"
    draft.save()
    client.post(f"/consultations/{draft.pk}/submit/")
    draft.refresh_from_db()
    assert draft.state == State.SUBMITTED
    assert draft.history.get().note == ""


def test_the_secretariat_overrides_only_with_a_reason(client, world):
    draft = world.consultation(**{**COMPLETE, "retention_reason": ""})
    client.force_login(world.alice)
    assert 'name="override_reason"' in _page(client, draft)
    response = client.post(
        f"/consultations/{draft.pk}/submit/", {"override_reason": "  "}, follow=True
    )
    assert "残ったまま提出する理由を記入してください" in response.content.decode()
    assert not StateChange.objects.exists()

    client.post(
        f"/consultations/{draft.pk}/submit/",
        {"override_reason": "保存期間の理由は契約締結時に確定するため"},
    )
    draft.refresh_from_db()
    assert draft.state == State.SUBMITTED
    note = draft.history.get().note
    assert "R09 保存期間とその理由" in note
    assert "保存期間の理由は契約締結時に確定するため" in note
    assert "保存期間の理由は契約締結時に確定するため" in _page(client, draft)


def test_a_department_cannot_override_with_a_reason(world):
    draft = world.consultation(**{**COMPLETE, "retention_period": ""})
    with pytest.raises(services.TransitionError):
        services.submit_checked(draft, world.bob, "急ぐため")
    draft.refresh_from_db()
    assert draft.state == State.DRAFT


def test_advisory_findings_do_not_block(world):
    draft = world.consultation(**{**COMPLETE, "outline": "督促をショートメッセージで行う。"})
    services.submit_checked(draft, world.bob)
    draft.refresh_from_db()
    assert draft.state == State.SUBMITTED
