"""CCTV register and police-request screens. Thin: access checks from registers.access,
changes from cctv.services. Departments see and act for their own installations only."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from shingikai.cctv import access as cctv_access
from shingikai.cctv import lifecycle, services
from shingikai.cctv.counts import count_per_fiscal_year
from shingikai.cctv.forms import (
    ApproveForm,
    CameraForm,
    ConfirmForm,
    DeclineForm,
    ProvideForm,
    RequestForm,
)
from shingikai.cctv.models import Camera
from shingikai.lib.actions import run_action
from shingikai.registers import access


@login_required
def camera_list(request: HttpRequest) -> HttpResponse:
    municipality = access.reader_municipality(request.user, request.GET.get("municipality"))
    today = timezone.localdate()
    cameras = cctv_access.visible_cameras(request.user, municipality)
    if request.GET.get("removed") != "1":
        cameras = cameras.filter(removed_on__isnull=True)
    overdue = [
        r for r in cctv_access.visible_requests(request.user, municipality) if r.is_overdue(today)
    ]
    context = {
        "cameras": cameras,
        "overdue": overdue,
        "can_write": access.can_write_somewhere(request.user),
    }
    return render(request, "cctv/camera_list.html", context)


@login_required
def camera_create(request: HttpRequest) -> HttpResponse:
    municipality, departments = access.filing_for(request.user, request.GET.get("municipality"))
    form = CameraForm(
        request.POST or None,
        departments=departments,
        municipality=municipality,
        user=request.user,
    )
    if request.method == "POST" and form.is_valid():
        department = form.cleaned_data["department"]
        access.require_act_for(request.user, department)
        camera = services.register_camera(department, form.values(), request.user)
        messages.success(request, _("The installation was registered."))
        return redirect(camera)
    return render(request, "cctv/camera_form.html", {"form": form, "camera": None})


@login_required
def camera_edit(request: HttpRequest, pk: int) -> HttpResponse:
    camera = cctv_access.camera_for_act(request.user, pk)
    form = CameraForm(
        request.POST or None,
        instance=Camera.objects.get(pk=camera.pk),  # a copy: the form mutates its instance
        departments=None,
        municipality=camera.department.municipality,
        user=request.user,
    )
    if request.method == "POST" and form.is_valid():
        services.update_camera(camera, form.values(), request.user)
        messages.success(request, _("The installation was saved."))
        return redirect(camera)
    return render(request, "cctv/camera_form.html", {"form": form, "camera": camera})


@login_required
def camera_detail(request: HttpRequest, pk: int) -> HttpResponse:
    camera = cctv_access.camera_for_view(request.user, pk)
    context = {
        "camera": camera,
        "requests": camera.police_requests.all(),
        "changes": camera.changes.select_related("actor"),
        "can_act": access.can_act_for(request.user, camera.department),
        "today": timezone.localdate(),
    }
    return render(request, "cctv/camera_detail.html", context)


@login_required
def request_create(request: HttpRequest, pk: int) -> HttpResponse:
    camera = cctv_access.camera_for_act(request.user, pk)
    form = RequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        police_request = services.log_request(camera, actor=request.user, **form.cleaned_data)
        messages.success(request, _("The police request was recorded."))
        return redirect(police_request)
    return render(request, "cctv/request_form.html", {"form": form, "camera": camera})


@login_required
def request_list(request: HttpRequest) -> HttpResponse:
    municipality = access.reader_municipality(request.user, request.GET.get("municipality"))
    today = timezone.localdate()
    requests = list(cctv_access.visible_requests(request.user, municipality))
    overdue_only = request.GET.get("overdue") == "1"
    if overdue_only:
        requests = [r for r in requests if r.is_overdue(today)]
    context = {"requests": requests, "today": today, "overdue_only": overdue_only}
    return render(request, "cctv/request_list.html", context)


@login_required
def request_detail(request: HttpRequest, pk: int) -> HttpResponse:
    police_request = cctv_access.request_for_view(request.user, pk)
    context = {
        "req": police_request,
        "steps": police_request.steps.select_related("actor"),
        "can_act": access.can_act_for(request.user, police_request.camera.department),
        "actions": lifecycle.actions_for(request.user, police_request),
        "today": timezone.localdate(),
        "approve_form": ApproveForm(prefix="approve"),
        "decline_form": DeclineForm(prefix="decline"),
        "provide_form": ProvideForm(prefix="provide"),
        "confirm_form": ConfirmForm(prefix="confirm"),
    }
    return render(request, "cctv/request_detail.html", context)


# step name -> (form, service): the four steps share one view.
STEPS = {
    "approve": (ApproveForm, services.approve),
    "decline": (DeclineForm, services.decline),
    "provide": (ProvideForm, services.provide),
    "confirm": (ConfirmForm, services.confirm),
}


@login_required
@require_POST
def request_step(request: HttpRequest, pk: int, step: str) -> HttpResponse:
    if step not in STEPS:
        raise Http404
    police_request = cctv_access.request_for_act(request.user, pk)
    form_class, action = STEPS[step]
    form = form_class(request.POST, prefix=step)
    if not form.is_valid():
        for field, errors in form.errors.items():
            label = form.fields[field].label if field in form.fields else ""
            for error in errors:
                messages.error(request, f"{label}: {error}" if label else error)
        return redirect(police_request)
    if run_action(request, action, police_request, actor=request.user, **form.cleaned_data):
        messages.success(request, _("The step was recorded."))
    return redirect(police_request)


@login_required
def counts(request: HttpRequest) -> HttpResponse:
    municipality = access.reader_municipality(request.user, request.GET.get("municipality"))
    result = count_per_fiscal_year(cctv_access.visible_requests(request.user, municipality))
    return render(
        request,
        "cctv/counts.html",
        {"counts": result, "years": list(zip(result.years, result.year_labels(), strict=True))},
    )
