"""The consultation's lifecycle as one transition table (see ``shingikai.lib.workflow``).

draft → submitted → on an agenda → decided, or back to continued deliberation and onto a
later agenda; a submitted draft can be returned for correction; anything not yet decided can
be withdrawn. Under 法第129条 the secretariat's intake can decline a submitted draft as not
requiring the council, and the department then records the internal review it did instead.
Services check the table before they change a consultation; the detail page asks
``actions_for`` which buttons to show.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from shingikai.consultations import access
from shingikai.consultations.models import Consultation, State
from shingikai.lib.errors import NotAllowedNow
from shingikai.lib.workflow import Workflow, step


class TransitionError(NotAllowedNow):
    """An action not allowed for the consultation as it stands; the message is for users."""


def _manages(user, consultation: Consultation) -> bool:
    return access.manages_council(user, consultation.council_id)


def _owner_or_manager(user, consultation: Consultation) -> bool:
    return _manages(user, consultation) or access.owns_consultation(user, consultation)


def _refuse(consultation: Consultation, transition) -> TransitionError:
    return TransitionError(
        _("This action is not possible while the consultation is “%(state)s”.")
        % {"state": consultation.get_state_display()}
    )


S = State
OPEN = {S.DRAFT, S.SUBMITTED, S.ON_AGENDA, S.CONTINUED}
MANAGES, EDITS = _manages, access.can_edit_consultation
# action, from, to, who may, what the step writes besides the state and its StateChange row.
WORKFLOW = Workflow(
    "consultation",
    (
        step("submit", {S.DRAFT}, S.SUBMITTED, who=EDITS, writes=("number", "number_fiscal_year")),
        step("return_for_correction", {S.SUBMITTED}, S.DRAFT, who=MANAGES),
        step("withdraw", OPEN, S.WITHDRAWN, who=_owner_or_manager),
        step(
            "put_on_agenda",
            {S.SUBMITTED, S.CONTINUED},
            S.ON_AGENDA,
            who=MANAGES,
            writes=("agenda item",),
        ),
        step("decide", {S.ON_AGENDA}, S.DECIDED, who=MANAGES, writes=("decision",)),
        step(
            "continue_deliberation", {S.ON_AGENDA}, S.CONTINUED, who=MANAGES, writes=("decision",)
        ),
        # 法第129条: the intake finds the council's view not especially necessary; the
        # department then handles the matter by its own review, which it records.
        step("decline", {S.SUBMITTED}, S.DECLINED, who=MANAGES, writes=("decline_reason",)),
        step(
            "record_internal_review",
            {S.DECLINED},
            S.REVIEWED_INTERNALLY,
            who=_owner_or_manager,
            writes=("internal_review", "internal_review_on"),
        ),
    ),
    refuse=_refuse,
)


def actions_for(user, consultation: Consultation) -> list[str]:
    """The lifecycle actions this user may take on the consultation now."""
    return WORKFLOW.available(consultation, user)


def ensure_may(action: str, user, consultation: Consultation) -> None:
    """Refuse (403) a user the workflow does not let take this step on this consultation."""
    if not WORKFLOW.transition(action).who(user, consultation):
        raise PermissionDenied
