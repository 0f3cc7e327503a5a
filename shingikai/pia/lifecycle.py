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


STATE = Event.Kind.STATE
WORKFLOW = Workflow(
    "impact assessment",
    (
        step("update_inputs", {State.DRAFT}, None, who=_acts, history=Event.Kind.INPUTS),
        step(
            "start_public_comment",
            {State.DRAFT},
            State.PUBLIC_COMMENT,
            who=_acts,
            writes=("comment_start", "comment_end"),
            history=STATE,
        ),
        step(
            "start_third_party_check",
            {State.DRAFT, State.PUBLIC_COMMENT},
            State.THIRD_PARTY_CHECK,
            who=_acts,
            guard=_check_allowed,
            writes=("consultation", "comment_summary"),
            history=STATE,
        ),
        step(
            "submit",
            {State.DRAFT, State.PUBLIC_COMMENT, State.THIRD_PARTY_CHECK},
            State.SUBMITTED,
            who=_acts,
            guard=_submit_allowed,
            writes=("submitted_on",),
            history=STATE,
        ),
        step(
            "publish",
            {State.SUBMITTED},
            State.PUBLISHED,
            who=_acts,
            writes=("published_on",),
            history=STATE,
        ),
        step("supersede", {State.PUBLISHED}, State.SUPERSEDED, who=_nobody, history=STATE),
        step(
            "record_review",
            {State.PUBLISHED},
            None,
            who=_acts,
            writes=("last_reviewed_on",),
            history=Event.Kind.REVIEW,
        ),
        step(
            "record_important_change",
            {State.PUBLISHED},
            None,
            who=_acts,
            writes=("important_change_on", "important_change"),
            history=Event.Kind.IMPORTANT_CHANGE,
        ),
        step(
            "start_reassessment",
            {State.PUBLISHED},
            None,
            who=_acts,
            guard=_not_reassessed,
            history=Event.Kind.REASSESSMENT,
        ),
    ),
    refuse=_refuse,
)


def actions_for(user, assessment: Assessment) -> list[str]:
    return WORKFLOW.available(assessment, user)
