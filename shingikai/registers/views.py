"""File-register screens: entries, notifications and their acceptance. Thin: access checks
from registers.access, changes from registers.services."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from shingikai.cctv.services import overdue_confirmations
from shingikai.consultations.access import consultation_for_secretariat
from shingikai.lib.actions import attempt, run_action
from shingikai.pia.due import due_items
from shingikai.registers import access, from_decision, lifecycle, services
from shingikai.registers.display import changes, labelled
from shingikai.registers.forms import (
    AbolitionForm,
    DecisionNoteForm,
    InternalNoteForm,
    OperationValuesForm,
)
from shingikai.registers.models import Notification, Operation
from shingikai.registers.report import in_force_on


@login_required
def index(request: HttpRequest) -> HttpResponse:
    """The three registers and the impact-assessment dashboard, with what needs attention."""
    user = request.user
    municipality = access.reader_municipality(user, request.GET.get("municipality"))
    today = timezone.localdate()
    manages = access.manages(user, municipality.pk)
    # A department's attention list is about its own work, as on the pages behind the links.
    own = access.own_department_only(user, municipality.pk)
    pending = Notification.objects.filter(
        department__municipality=municipality, status=Notification.Status.FILED
    )
    overdue = overdue_confirmations(municipality, today)
    if own:
        pending = pending.filter(department_id=own)
        overdue = overdue.filter(camera__department_id=own)
    pia_items = due_items(municipality, today, department_id=own)
    context = {
        "municipality": municipality,
        "in_force": in_force_on(municipality, today).count(),
        "pending": pending.count(),
        "overdue_confirmations": overdue.count(),
        "pia_overdue": sum(item.overdue for item in pia_items),
        "pia_due": sum(not item.overdue for item in pia_items),
        "can_write": access.can_write_somewhere(user),
        "manages": manages,
    }
    return render(request, "registers/index.html", context)


@login_required
def operation_list(request: HttpRequest) -> HttpResponse:
    municipality = access.reader_municipality(request.user, request.GET.get("municipality"))
    operations = Operation.objects.filter(department__municipality=municipality).select_related(
        "department"
    )
    status = request.GET.get("status", Operation.Status.IN_FORCE)
    if status in Operation.Status.values:
        operations = operations.filter(status=status)
    department = request.GET.get("department", "")
    if department.isdigit():
        operations = operations.filter(department_id=int(department))
    query = request.GET.get("q", "").strip()
    if query:
        operations = operations.filter(Q(name__contains=query) | Q(purpose__contains=query))
    context = {
        "operations": operations,
        "statuses": Operation.Status.choices,
        "status": status,
        "departments": municipality.departments.all(),
        "department": department,
        "q": query,
        "can_write": access.can_write_somewhere(request.user),
        "manages": access.manages(request.user, municipality.pk),
    }
    return render(request, "registers/operation_list.html", context)


def _operation_for_view(request: HttpRequest, pk: int) -> Operation:
    operation = get_object_or_404(Operation.objects.select_related("department"), pk=pk)
    access.require_read(request.user, operation.municipality_id)
    return operation


@login_required
def operation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    operation = _operation_for_view(request, pk)
    user = request.user
    manages = access.manages(user, operation.municipality_id)
    notifications = operation.notifications.select_related("filed_by", "decided_by")
    if not manages and not access.can_act_for(user, operation.department):
        # Other departments and members see what was accepted, not the workflow around it.
        notifications = notifications.filter(status=Notification.Status.ACCEPTED)
    context = {
        "operation": operation,
        "values": labelled(operation.values()),
        "notifications": notifications,
        "actions": lifecycle.operation_actions(user, operation),
        "manages": manages,
        "note_form": InternalNoteForm(initial={"internal_note": operation.internal_note}),
    }
    return render(request, "registers/operation_detail.html", context)


@login_required
def start_create(request: HttpRequest) -> HttpResponse:
    municipality, departments = access.filing_for(request.user, request.GET.get("municipality"))
    form = OperationValuesForm(request.POST or None, departments=departments)
    if request.method == "POST" and form.is_valid():
        department = form.cleaned_data["department"]
        access.require_act_for(request.user, department)
        notification = attempt(
            request,
            services.file_start,
            department=department,
            values=form.values(),
            effective_on=form.cleaned_data["effective_on"],
            reason=form.cleaned_data["reason"],
            actor=request.user,
        )
        if notification:
            messages.success(request, _("The start notification was filed."))
            return redirect(notification)
    context = {"form": form, "kind": Notification.Kind.START, "operation": None}
    return render(request, "registers/notification_form.html", context)


def _operation_for_act(request: HttpRequest, pk: int) -> Operation:
    operation = get_object_or_404(Operation.objects.select_related("department"), pk=pk)
    access.require_act_for(request.user, operation.department)
    return operation


@login_required
def change_create(request: HttpRequest, pk: int) -> HttpResponse:
    operation = _operation_for_act(request, pk)
    form = OperationValuesForm(request.POST or None, initial=operation.values())
    if request.method == "POST" and form.is_valid():
        notification = attempt(
            request,
            services.file_change,
            operation,
            values=form.values(),
            effective_on=form.cleaned_data["effective_on"],
            reason=form.cleaned_data["reason"],
            actor=request.user,
        )
        if notification:
            messages.success(request, _("The change notification was filed."))
            return redirect(notification)
    context = {"form": form, "kind": Notification.Kind.CHANGE, "operation": operation}
    return render(request, "registers/notification_form.html", context)


@login_required
def abolition_create(request: HttpRequest, pk: int) -> HttpResponse:
    operation = _operation_for_act(request, pk)
    form = AbolitionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        notification = attempt(
            request, services.file_abolition, operation, actor=request.user, **form.cleaned_data
        )
        if notification:
            messages.success(request, _("The abolition notification was filed."))
            return redirect(notification)
    context = {"form": form, "kind": Notification.Kind.ABOLITION, "operation": operation}
    return render(request, "registers/notification_form.html", context)


@login_required
def notification_list(request: HttpRequest) -> HttpResponse:
    municipality = access.reader_municipality(request.user, request.GET.get("municipality"))
    notifications = access.departmental(
        request.user,
        municipality.pk,
        Notification.objects.select_related("department", "operation", "filed_by"),
        "department",
    )
    status = request.GET.get("status", "")
    if status in Notification.Status.values:
        notifications = notifications.filter(status=status)
    context = {
        "notifications": notifications,
        "statuses": Notification.Status.choices,
        "status": status,
    }
    return render(request, "registers/notification_list.html", context)


def _notification_for_view(request: HttpRequest, pk: int) -> Notification:
    notification = get_object_or_404(
        Notification.objects.select_related("department", "operation", "filed_by", "decided_by"),
        pk=pk,
    )
    access.require_read_departmental(request.user, notification.department)
    return notification


@login_required
def notification_detail(request: HttpRequest, pk: int) -> HttpResponse:
    notification = _notification_for_view(request, pk)
    context = {
        "notification": notification,
        "actions": lifecycle.notification_actions(request.user, notification),
        "proposed": labelled(notification.proposed),
        "changes": changes(notification),
        "note_form": DecisionNoteForm(),
    }
    return render(request, "registers/notification_detail.html", context)


def _decide(request: HttpRequest, pk: int, action, success: str) -> HttpResponse:
    notification = get_object_or_404(Notification.objects.select_related("department"), pk=pk)
    access.require_manager(request.user, notification.department.municipality_id)
    form = DecisionNoteForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    if run_action(request, action, notification, request.user, note):
        messages.success(request, success)
    return redirect(notification)


@login_required
@require_POST
def notification_accept(request: HttpRequest, pk: int) -> HttpResponse:
    return _decide(request, pk, services.accept, _("The notification was accepted."))


@login_required
@require_POST
def notification_return(request: HttpRequest, pk: int) -> HttpResponse:
    return _decide(
        request,
        pk,
        services.return_notification,
        _("The notification was returned to the department."),
    )


@login_required
@require_POST
def internal_note(request: HttpRequest, pk: int) -> HttpResponse:
    operation = get_object_or_404(Operation.objects.select_related("department"), pk=pk)
    access.require_manager(request.user, operation.municipality_id)
    form = InternalNoteForm(request.POST)
    if form.is_valid():
        services.set_internal_note(operation, form.cleaned_data["internal_note"])
        messages.success(request, _("The internal note was saved."))
    return redirect(operation)


@login_required
def from_consultation(request: HttpRequest, consultation_pk: int) -> HttpResponse:
    """The register entry a decided consultation concerns, prefilled from its sections."""
    consultation = consultation_for_secretariat(request.user, consultation_pk)
    existing = from_decision.entry_for(consultation)
    prefilled = from_decision.prefill(consultation)
    initial = (existing.values() if existing else {}) | {
        name: p.value for name, p in prefilled.items()
    }
    initial |= {
        "effective_on": from_decision.start_date(consultation),
        "reason": _("As decided: %(consultation)s") % {"consultation": consultation},
    }
    form = OperationValuesForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        operation = attempt(
            request,
            from_decision.save_entry,
            consultation,
            form.values(),
            form.cleaned_data["effective_on"],
            request.user,
        )
        if operation:
            messages.success(request, _("The register entry was saved from the decision."))
            return redirect(operation)
    sources = {name: p.source for name, p in prefilled.items()}
    context = {
        "form": form,
        "consultation": consultation,
        "existing": existing,
        "rows": [(form[name], sources.get(name, "")) for name in form.fields],
    }
    return render(request, "registers/from_consultation.html", context)
