"""Who may see or change CCTV installations and police requests (the rules are those of
registers/access.py: the municipality reads, a department only its own installations)."""

from __future__ import annotations

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from shingikai.accounts.models import User
from shingikai.cctv.models import Camera, PoliceRequest
from shingikai.councils.models import Municipality
from shingikai.registers import access


def visible_cameras(user: User, municipality: Municipality) -> QuerySet[Camera]:
    cameras = Camera.objects.select_related("department", "consultation")
    return access.departmental(user, municipality.pk, cameras, "department")


def visible_requests(user: User, municipality: Municipality) -> QuerySet[PoliceRequest]:
    requests = PoliceRequest.objects.select_related("camera__department")
    return access.departmental(user, municipality.pk, requests, "camera__department")


def camera_for_view(user: User, pk: int) -> Camera:
    camera = get_object_or_404(Camera.objects.select_related("department"), pk=pk)
    access.require_read_departmental(user, camera.department)
    return camera


def camera_for_act(user: User, pk: int) -> Camera:
    camera = get_object_or_404(Camera.objects.select_related("department"), pk=pk)
    access.require_act_for(user, camera.department)
    return camera


def request_for_view(user: User, pk: int) -> PoliceRequest:
    request = get_object_or_404(
        PoliceRequest.objects.select_related("camera__department", "created_by"), pk=pk
    )
    access.require_read_departmental(user, request.camera.department)
    return request


def request_for_act(user: User, pk: int) -> PoliceRequest:
    request = get_object_or_404(PoliceRequest.objects.select_related("camera__department"), pk=pk)
    access.require_act_for(user, request.camera.department)
    return request
