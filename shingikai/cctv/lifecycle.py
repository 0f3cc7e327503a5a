"""A police request's lifecycle as one transition table (see ``shingikai.lib.workflow``).

received → approved → provided → return or deletion confirmed; a request can be declined
until the footage is provided. The department that runs the camera and the secretariat act.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from shingikai.cctv.models import PoliceRequest, RequestState
from shingikai.lib.errors import NotAllowedNow
from shingikai.lib.workflow import Workflow, step
from shingikai.registers import access


class RequestError(NotAllowedNow):
    """A step not possible for the request as it stands; the message is for users."""


def _acts_for_camera(user, request: PoliceRequest) -> bool:
    return access.can_act_for(user, request.camera.department)


def _refuse(request: PoliceRequest, transition) -> RequestError:
    return RequestError(
        _("This step is not possible while the request is “%(state)s”.")
        % {"state": request.get_state_display()}
    )


S = RequestState
ACTS = _acts_for_camera
# action, from, to, who may, what the step writes besides the state (a RequestStep row).
WORKFLOW = Workflow(
    "police request",
    (
        step("approve", {S.RECEIVED}, S.APPROVED, who=ACTS, writes=("approved_on", "approver")),
        step("provide", {S.APPROVED}, S.PROVIDED, who=ACTS, writes=("provided_on", "conditions")),
        step("confirm", {S.PROVIDED}, S.CONFIRMED, who=ACTS, writes=("confirmed_on",)),
        step("decline", {S.RECEIVED, S.APPROVED}, S.DECLINED, who=ACTS),
    ),
    refuse=_refuse,
)


def actions_for(user, request: PoliceRequest) -> list[str]:
    return WORKFLOW.available(request, user)
