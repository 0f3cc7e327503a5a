"""The impact assessment's lifecycle as one transition table (see ``shingikai.lib.workflow``).

draft → public comment (≥ 30 days) → third-party check by the council → submitted to the
Commission → published → superseded by a re-assessment. The public comment and the check are
required for a full assessment (basic+full) and optional below it: the guards say so, and the
detail page shows exactly the steps the table allows.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from shingikai.lib.errors import NotAllowedNow
from shingikai.lib.workflow import Workflow, step
from shingikai.pia.models import Assessment, Event, State
from shingikai.registers import access


class AssessmentError(NotAllowedNow):
    """A step not possible for the assessment as it stands; the message is for users."""


def _acts(user, assessment: Assessment) -> bool:
    return access.can_act_for(user, assessment.department)


def _nobody(user, assessment: Assessment) -> bool:
    # Happens only as a consequence of publishing the re-assessment.
    return False


def _check_allowed(assessment: Assessment) -> bool:
    return not (assessment.needs_full_process and assessment.state == State.DRAFT)


def _submit_allowed(assessment: Assessment) -> bool:
    return assessment.state == State.THIRD_PARTY_CHECK or not assessment.needs_full_process


def _not_reassessed(assessment: Assessment) -> bool:
    return not Assessment.objects.filter(previous=assessment).exists()


def _refuse(assessment: Assessment, transition) -> AssessmentError:
    return AssessmentError(
        _("This step is not possible while the assessment is “%(state)s”.")
        % {"state": assessment.get_state_display()}
    )


S, K = State, Event.Kind
OPEN = {S.DRAFT, S.PUBLIC_COMMENT}
# action, from, to (None: recorded, the state stays), who may, guard, history row's action.
WORKFLOW = Workflow(
    "impact assessment",
    (
        step("update_inputs", {S.DRAFT}, None, who=_acts, history=K.INPUTS),
        step("start_public_comment", {S.DRAFT}, S.PUBLIC_COMMENT, who=_acts, history=K.STATE),
        step(
            "start_third_party_check",
            OPEN,
            S.THIRD_PARTY_CHECK,
            who=_acts,
            guard=_check_allowed,
            history=K.STATE,
        ),
        step(
            "submit",
            OPEN | {S.THIRD_PARTY_CHECK},
            S.SUBMITTED,
            who=_acts,
            guard=_submit_allowed,
            history=K.STATE,
        ),
        step("publish", {S.SUBMITTED}, S.PUBLISHED, who=_acts, history=K.STATE),
        step("supersede", {S.PUBLISHED}, S.SUPERSEDED, who=_nobody, history=K.STATE),
        step("record_review", {S.PUBLISHED}, None, who=_acts, history=K.REVIEW),
        step("record_important_change", {S.PUBLISHED}, None, who=_acts, history=K.IMPORTANT_CHANGE),
        step(
            "start_reassessment",
            {S.PUBLISHED},
            None,
            who=_acts,
            guard=_not_reassessed,
            history=K.REASSESSMENT,
        ),
    ),
    refuse=_refuse,
)


def actions_for(user, assessment: Assessment) -> list[str]:
    return WORKFLOW.available(assessment, user)
