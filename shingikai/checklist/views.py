"""Checklist screens: the live findings panel (htmx), JSON export and import."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from shingikai.checklist import jsonio, services
from shingikai.checklist.forms import ImportForm
from shingikai.consultations import access, sections
from shingikai.consultations.forms import ConsultationForm
from shingikai.lib.pdf import content_disposition


def _findings_partial(request: HttpRequest, findings) -> HttpResponse:
    return render(request, "checklist/_findings.html", {"findings": findings})


@login_required
@require_POST
def preview_new(request: HttpRequest) -> HttpResponse:
    """Findings for the new-consultation form as it is typed; nothing is saved."""
    if not access.can_draft(request.user):
        raise PermissionDenied
    form = ConsultationForm(request.POST, user=request.user)
    return _findings_partial(request, services.findings_for_form(form, None))


@login_required
@require_POST
def preview(request: HttpRequest, pk: int) -> HttpResponse:
    """Findings for a draft being edited, with its saved attachments; nothing is saved."""
    consultation = access.consultation_for_edit(request.user, pk)
    form = ConsultationForm(request.POST, instance=consultation, user=request.user)
    return _findings_partial(request, services.findings_for_form(form, consultation))


@login_required
def export_json(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = access.consultation_for_view(request.user, pk)
    fields = sections.layout_for(consultation).fields
    body = jsonio.dumps(services.export_content(consultation), fields)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    name = consultation.number_label or f"consultation-{consultation.pk}"
    response["Content-Disposition"] = content_disposition(f"{name}.json")
    return response


def _json_error_message(exc: jsonio.JsonError) -> str:
    messages_by_code = {
        "syntax": _("The file is not valid JSON (%(detail)s)."),
        "not_object": _("The file does not hold a consultation."),
        "format": _("The file is not a Shingikai consultation file."),
        "version": _("The file is not a Shingikai consultation file."),
        "unknown_field": _("Unknown field “%(field)s”."),
        "type": _("The field “%(field)s” has the wrong type."),
        "date": _("“%(detail)s” is not a date. Write it like 令和7年4月1日 or 2025-04-01."),
        "encoding": _("The file is neither UTF-8 nor Shift_JIS text."),
        "too_deep": _("The file is nested too deeply to be a consultation."),
        "number": _("The file holds a number that is too long."),
        "characters": _(
            "The file holds a NUL character or a broken character; save it again as UTF-8."
        ),
        "section_set": _("There is no section set “%(detail)s”."),
    }
    return messages_by_code[exc.code] % {"field": exc.field, "detail": exc.detail}


@login_required
def import_json(request: HttpRequest) -> HttpResponse:
    """A new draft from a JSON file, e.g. one checked beforehand with `shingikai checklist`."""
    user = request.user
    if not access.can_draft(user):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None, user=user)
    if request.method == "POST" and form.is_valid():
        try:
            content = jsonio.loads(form.cleaned_data["file"].read())
            consultation = services.import_consultation(
                content, user=user, council=form.cleaned_data["council"]
            )
        except jsonio.JsonError as exc:
            form.add_error("file", _json_error_message(exc))
        except services.ConsultationImportRefused as exc:
            form.add_error("file", exc.message)
        else:
            messages.success(request, _("The draft was created from the file."))
            return redirect(consultation)
    # A refused file is a bad request: say so to the browser as well as in the page.
    status = 400 if request.method == "POST" and form.errors else 200
    return render(request, "checklist/import.html", {"form": form}, status=status)
