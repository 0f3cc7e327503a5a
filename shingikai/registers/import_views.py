"""Excel import of an existing register: upload, map the columns, check every row, import."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from shingikai.registers import access, importer, sheet
from shingikai.registers.forms import MappingForm, UploadForm
from shingikai.registers.models import ImportBatch


@login_required
def import_upload(request: HttpRequest) -> HttpResponse:
    municipality = access.reader_municipality(request.user, request.GET.get("municipality"))
    access.require_manager(request.user, municipality.pk)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        batch = ImportBatch.objects.create(
            municipality=municipality,
            filename=form.cleaned_data["file"].name,
            data=form.data_bytes,
            mapping=importer.guess_mapping(form.table.headers),
            uploaded_by=request.user,
        )
        return redirect(batch)
    history = ImportBatch.objects.filter(municipality=municipality).select_related("uploaded_by")[
        :20
    ]
    return render(request, "registers/import_upload.html", {"form": form, "history": history})


@login_required
def import_map(request: HttpRequest, pk: int) -> HttpResponse:
    batch = get_object_or_404(ImportBatch.objects.select_related("municipality"), pk=pk)
    access.require_manager(request.user, batch.municipality_id)
    if batch.status != ImportBatch.Status.UPLOADED:
        messages.info(request, _("This file was already imported or discarded."))
        return redirect("registers:import")
    if request.POST.get("action") == "discard":
        ImportBatch.objects.filter(pk=batch.pk).update(
            status=ImportBatch.Status.DISCARDED, data=b""
        )
        messages.success(request, _("The uploaded file was discarded; nothing was imported."))
        return redirect("registers:import")
    table = sheet.read_table(bytes(batch.data), batch.filename, importer.KNOWN_HEADERS)
    departments = access.departments_for(request.user, batch.municipality)
    form = MappingForm(
        request.POST or None,
        headers=table.headers,
        departments=departments,
        initial=MappingForm.initial_for(batch.mapping),
    )
    mapping, default_department = batch.mapping, None
    if request.method == "POST" and form.is_valid():
        mapping = form.mapping()
        default_department = form.cleaned_data["default_department"]
        ImportBatch.objects.filter(pk=batch.pk).update(mapping=mapping)
        if request.POST.get("action") == "import":
            done = _import(request, batch, mapping, default_department, form)
            if done:
                return redirect(reverse("registers:operations"))
    mapping_errors = importer.mapping_errors(mapping, default_department)
    results = (
        []
        if mapping_errors
        else importer.validate(table, mapping, batch.municipality, default_department)
    )
    context = {
        "batch": batch,
        "form": form,
        "table": table,
        "mapping_errors": mapping_errors,
        "results": results,
        "bad": [r for r in results if not r.ok],
        "good_count": sum(r.ok for r in results),
    }
    return render(request, "registers/import_map.html", context)


def _import(request, batch, mapping, default_department, form) -> bool:
    try:
        results = importer.import_batch(
            batch,
            mapping,
            request.user,
            default_department=default_department,
            only_valid=form.cleaned_data["only_valid"],
        )
    except importer.RegisterImportRefused as exc:
        messages.error(request, exc.message)
        return False
    skipped = sum(not r.ok for r in results)
    messages.success(
        request,
        _("%(imported)d entries were imported; %(skipped)d rows were skipped.")
        % {"imported": len(results) - skipped, "skipped": skipped},
    )
    return True
