"""Every change to the CCTV register and the police-request log: one function, one
transaction, one history row (CameraChange or RequestStep)."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from shingikai.accounts.models import User
from shingikai.cctv.models import (
    Camera,
    CameraChange,
    PoliceRequest,
    RequestState,
    RequestStep,
)
from shingikai.councils.models import Department, Municipality

# When the cover letter sets no date, the police are asked to return or delete the footage
# within this many days; the secretariat follows up after that.
DEFAULT_CONFIRMATION_DAYS = 90

CAMERA_FIELDS = (
    "place",
    "camera_count",
    "recording_started",
    "subjects",
    "hours",
    "notice_posted",
    "disclosure_manager",
    "storage",
    "storage_public",
    "retention_days",
    "consultation",
    "removed_on",
    "note",
)


class RequestError(Exception):
    """A step not possible from the request's current state; the message is for users."""


def _json(value):
    if isinstance(value, datetime.date):
        return value.isoformat()
    if hasattr(value, "pk"):
        return str(value)
    return value


@transaction.atomic
def register_camera(department: Department, values: dict, actor: User) -> Camera:
    camera = Camera.objects.create(department=department, **values)
    CameraChange.objects.create(camera=camera, actor=actor)
    return camera


@transaction.atomic
def update_camera(camera: Camera, values: dict, actor: User) -> Camera:
    locked = Camera.objects.select_for_update().get(pk=camera.pk)
    changes = {}
    for name, value in values.items():
        before = getattr(locked, name)
        if before != value:
            changes[name] = [_json(before), _json(value)]
            setattr(locked, name, value)
    if changes:
        locked.save()
        CameraChange.objects.create(camera=locked, actor=actor, changes=changes)
    return locked


def _step(
    request: PoliceRequest, to_state: str, on: datetime.date, actor: User, note: str = ""
) -> None:
    RequestStep.objects.create(
        request=request, from_state=request.state, to_state=to_state, on=on, note=note, actor=actor
    )
    request.state = to_state


def _lock(request: PoliceRequest, allowed: set[str]) -> PoliceRequest:
    locked = PoliceRequest.objects.select_for_update().get(pk=request.pk)
    if locked.state not in allowed:
        raise RequestError(
            _("This step is not possible while the request is “%(state)s”.")
            % {"state": locked.get_state_display()}
        )
    return locked


def _not_before(on: datetime.date, earlier: datetime.date | None) -> None:
    if earlier and on < earlier:
        raise RequestError(_("The date is before the previous step."))


@transaction.atomic
def log_request(
    camera: Camera,
    *,
    received_on: datetime.date,
    police_station: str,
    requested: str,
    actor: User,
    legal_basis: str = PoliceRequest.LegalBasis.INQUIRY,
    reference: str = "",
) -> PoliceRequest:
    request = PoliceRequest.objects.create(
        camera=camera,
        received_on=received_on,
        police_station=police_station,
        legal_basis=legal_basis,
        reference=reference,
        requested=requested,
        created_by=actor,
        state=RequestState.RECEIVED,
    )
    RequestStep.objects.create(
        request=request, from_state="", to_state=RequestState.RECEIVED, on=received_on, actor=actor
    )
    return request


def _finish(locked: PoliceRequest, original: PoliceRequest) -> PoliceRequest:
    locked.save()
    original.refresh_from_db()
    return locked


@transaction.atomic
def approve(
    request: PoliceRequest, *, on: datetime.date, approver: str, actor: User, note: str = ""
) -> PoliceRequest:
    """The decision to provide, approved up the hierarchy (up to the mayor where required)."""
    locked = _lock(request, {RequestState.RECEIVED})
    _not_before(on, locked.received_on)
    _step(locked, RequestState.APPROVED, on, actor, note or approver)
    locked.approved_on, locked.approver = on, approver
    return _finish(locked, request)


@transaction.atomic
def decline(request: PoliceRequest, *, on: datetime.date, actor: User, note: str) -> PoliceRequest:
    locked = _lock(request, {RequestState.RECEIVED, RequestState.APPROVED})
    _not_before(on, locked.received_on)
    _step(locked, RequestState.DECLINED, on, actor, note)
    return _finish(locked, request)


@transaction.atomic
def provide(
    request: PoliceRequest,
    *,
    on: datetime.date,
    conditions: str,
    actor: User,
    confirmation_due: datetime.date | None = None,
) -> PoliceRequest:
    """Footage handed over with the cover letter's conditions; the return is now awaited."""
    locked = _lock(request, {RequestState.APPROVED})
    _not_before(on, locked.approved_on)
    if not conditions.strip():
        raise RequestError(_("Write the conditions of the cover letter."))
    due = confirmation_due or on + datetime.timedelta(days=DEFAULT_CONFIRMATION_DAYS)
    if due < on:
        raise RequestError(_("The confirmation date is before the date of provision."))
    _step(locked, RequestState.PROVIDED, on, actor)
    locked.provided_on, locked.conditions, locked.confirmation_due = on, conditions, due
    return _finish(locked, request)


@transaction.atomic
def confirm(
    request: PoliceRequest,
    *,
    on: datetime.date,
    confirmation: str,
    actor: User,
    note: str = "",
) -> PoliceRequest:
    locked = _lock(request, {RequestState.PROVIDED})
    _not_before(on, locked.provided_on)
    _step(locked, RequestState.CONFIRMED, on, actor, note)
    locked.confirmed_on, locked.confirmation = on, confirmation
    return _finish(locked, request)


def overdue_confirmations(municipality: Municipality, today: datetime.date) -> QuerySet:
    """Footage provided whose return or deletion should have been confirmed by now."""
    return PoliceRequest.objects.filter(
        camera__department__municipality=municipality,
        state=RequestState.PROVIDED,
        confirmation_due__lt=today,
    ).select_related("camera__department")
