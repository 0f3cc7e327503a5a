"""Every change to the CCTV register and the police-request log: one function, one
transaction, one history row (CameraChange or RequestStep)."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from shingikai.accounts.models import User
from shingikai.cctv.lifecycle import WORKFLOW, RequestError
from shingikai.cctv.models import (
    Camera,
    CameraChange,
    PoliceRequest,
    RequestState,
    RequestStep,
)
from shingikai.councils.models import Department, Municipality
from shingikai.lib import history

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


@transaction.atomic
def register_camera(department: Department, values: dict, actor: User) -> Camera:
    camera = Camera.objects.create(department=department, **values)
    history.record(CameraChange, camera, None, actor, action=CameraChange.Action.REGISTERED)
    return camera


@transaction.atomic
def update_camera(camera: Camera, values: dict, actor: User) -> Camera:
    locked = Camera.objects.select_for_update().get(pk=camera.pk)
    before, after = history.diff(locked, values)
    if after:
        locked.save()
        history.record(
            CameraChange,
            locked,
            None,
            actor,
            action=CameraChange.Action.CHANGED,
            before=before,
            after=after,
        )
    return locked


def _step(request: PoliceRequest, transition, on: datetime.date, actor: User, note: str = ""):
    history.record(RequestStep, request, transition, actor, note=note, on=on)


def _lock(request: PoliceRequest, action: str):
    return history.lock(WORKFLOW, PoliceRequest, request.pk, action)


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
    history.record(
        RequestStep,
        request,
        None,
        actor,
        action="receive",
        to_state=RequestState.RECEIVED,
        on=received_on,
    )
    return request


@transaction.atomic
def approve(
    request: PoliceRequest, *, on: datetime.date, approver: str, actor: User, note: str = ""
) -> PoliceRequest:
    """The decision to provide, approved up the hierarchy (up to the mayor where required)."""
    locked, transition = _lock(request, "approve")
    _not_before(on, locked.received_on)
    _step(locked, transition, on, actor, note or approver)
    locked.approved_on, locked.approver = on, approver
    return history.save(locked, request)


@transaction.atomic
def decline(request: PoliceRequest, *, on: datetime.date, actor: User, note: str) -> PoliceRequest:
    locked, transition = _lock(request, "decline")
    _not_before(on, locked.received_on)
    _step(locked, transition, on, actor, note)
    return history.save(locked, request)


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
    locked, transition = _lock(request, "provide")
    _not_before(on, locked.approved_on)
    if not conditions.strip():
        raise RequestError(_("Write the conditions of the cover letter."))
    due = confirmation_due or on + datetime.timedelta(days=DEFAULT_CONFIRMATION_DAYS)
    if due < on:
        raise RequestError(_("The confirmation date is before the date of provision."))
    _step(locked, transition, on, actor)
    locked.provided_on, locked.conditions, locked.confirmation_due = on, conditions, due
    return history.save(locked, request)


@transaction.atomic
def confirm(
    request: PoliceRequest,
    *,
    on: datetime.date,
    confirmation: str,
    actor: User,
    note: str = "",
) -> PoliceRequest:
    locked, transition = _lock(request, "confirm")
    _not_before(on, locked.provided_on)
    _step(locked, transition, on, actor, note)
    locked.confirmed_on, locked.confirmation = on, confirmation
    return history.save(locked, request)


def overdue_confirmations(municipality: Municipality, today: datetime.date) -> QuerySet:
    """Footage provided whose return or deletion should have been confirmed by now."""
    return PoliceRequest.objects.filter(
        camera__department__municipality=municipality,
        state=RequestState.PROVIDED,
        confirmation_due__lt=today,
    ).select_related("camera__department")
