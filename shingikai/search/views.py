"""The search page and the "similar consultations" partial."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from shingikai.consultations import access
from shingikai.minutes.models import ImportedItem, ImportedMeeting
from shingikai.search import KINDS, Filters, search, similar
from shingikai.search._labels import OUTCOME_LABELS
from shingikai.search.models import Document

MAX_QUERY = 200


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def _filters(params) -> Filters:
    outcome = params.get("outcome") or None
    kind = params.get("kind") or None
    return Filters(
        municipality=_int(params.get("municipality")),
        fiscal_year=_int(params.get("fy")),
        ground=(params.get("ground") or "").strip()[:200] or None,
        outcome=outcome if outcome in OUTCOME_LABELS else None,
        kind=kind if kind in KINDS else None,
    )


def index(request: HttpRequest) -> HttpResponse:
    """Anyone may search; what is found depends on who asks (staff: their documents and
    imported minutes; the public: published consultations, redacted)."""
    text = request.GET.get("q", "").strip()[:MAX_QUERY]
    results = None
    if text:
        results = search(
            text,
            user=request.user,
            filters=_filters(request.GET),
            page=_int(request.GET.get("page")) or 1,
        )
        mark_readings_to_check(results.hits)
        for group in results.facets:
            group.clear_url = _url(request.GET, group.name, None)
            for value in group.values:
                value.url = _url(request.GET, group.name, None if value.selected else value.value)
    relaxed_url = clear_url = ""
    if results is not None and results.empty:
        # Say why nothing was found, and offer what would find something.
        if results.relaxed:
            relaxed_url = _url(request.GET, "q", results.relaxed)
        if any(request.GET.get(name) for name in FILTER_PARAMETERS):
            clear_url = "?" + _without_filters(request.GET).urlencode()
    pages = []
    if results and results.pages > 1:
        pages = [(n, _url(request.GET, "page", str(n))) for n in range(1, results.pages + 1)]
    context = {
        "q": text,
        "results": results,
        "pages": pages,
        "relaxed_url": relaxed_url,
        "clear_url": clear_url,
    }
    return render(request, "search/index.html", context)


FILTER_PARAMETERS = ("municipality", "fy", "ground", "outcome", "kind")


def mark_readings_to_check(hits) -> None:
    """Hits from imported minutes that nobody has reviewed and whose reading has points to
    check: a misread outcome would otherwise pass for a precedent. Two queries a page."""
    items = [h.object_id for h in hits if h.source == Document.Source.IMPORTED]
    meetings = [h.object_id for h in hits if h.source == Document.Source.MEETING]
    unsure_items = set(
        ImportedItem.objects.filter(pk__in=items, meeting__to_check__gt=0).values_list(
            "pk", flat=True
        )
    )
    unsure_meetings = set(
        ImportedMeeting.objects.filter(pk__in=meetings, to_check__gt=0).values_list("pk", flat=True)
    )
    for hit in hits:
        unsure = unsure_items if hit.source == Document.Source.IMPORTED else unsure_meetings
        hit.to_check = hit.source != Document.Source.CONSULTATION and hit.object_id in unsure


def _without_filters(params):
    changed = params.copy()
    for name in (*FILTER_PARAMETERS, "page"):
        changed.pop(name, None)
    return changed


def _url(params, name: str, value: str | None) -> str:
    """The current search with one parameter changed (facets reset the page)."""
    changed = params.copy()
    if name != "page":
        changed.pop("page", None)
    if value is None:
        changed.pop(name, None)
    else:
        changed[name] = value
    return "?" + changed.urlencode()


def _check_source(request: HttpRequest, source: str, pk: int) -> None:
    user = request.user
    if not user.is_authenticated:
        # The public may see a consultation's neighbours only where it is itself public.
        if not Document.objects.filter(
            source=source, object_id=pk, audience=Document.Audience.PUBLIC
        ).exists():
            raise Http404
        return
    if source == Document.Source.CONSULTATION:
        access.consultation_for_view(user, pk)
    elif not (user.is_secretariat or user.is_admin_role or user.is_department or user.is_member):
        raise PermissionDenied


def similar_consultations(request: HttpRequest, source: str, pk: int) -> HttpResponse:
    """A partial for htmx: the consultations most like this one, with their outcomes."""
    if source not in Document.Source.values:
        raise Http404
    _check_source(request, source, pk)
    hits = similar(source, pk, user=request.user)
    mark_readings_to_check(hits)
    return render(request, "search/_similar.html", {"hits": hits})
