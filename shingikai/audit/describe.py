"""An audit row as what the person did (「諮問第485号を閲覧」), not as a path.

The row keeps the path and the view's URL name; here the URL name picks a sentence and the
path's arguments the object it names. Objects are looked up by model label (no import of the
apps above this one), all rows of a page in one query per model. A path nobody has described
yet is shown as it was recorded.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.apps import apps
from django.urls import Resolver404, resolve
from django.utils.translation import gettext_lazy as _

from shingikai.audit.models import AuditEvent

# Sentences by what the person did; %(object)s is the object's name.
VIEWED = _("Viewed %(object)s")
EDITED = _("Edited %(object)s")
DOWNLOADED = _("Downloaded %(object)s")
SUBMITTED = _("Submitted %(object)s")
RETURNED = _("Returned %(object)s for correction")
WITHDREW = _("Withdrew %(object)s")
DELIBERATED = _("Recorded the deliberation of %(object)s")
PUBLISHED = _("Published %(object)s")
REFUSED = _("Was refused access to %(object)s")

# URL name -> (model label, URL argument, sentence for a page view or a change).
OBJECT_PAGES: dict[str, tuple[str, str, object]] = {
    "consultations:detail": ("consultations.Consultation", "pk", VIEWED),
    "consultations:edit": ("consultations.Consultation", "pk", EDITED),
    "consultations:submit": ("consultations.Consultation", "pk", SUBMITTED),
    "consultations:return": ("consultations.Consultation", "pk", RETURNED),
    "consultations:withdraw": ("consultations.Consultation", "pk", WITHDREW),
    "consultations:attachment_download": ("consultations.Consultation", "pk", DOWNLOADED),
    "consultations:deliberation": ("consultations.Consultation", "pk", DELIBERATED),
    "checklist:export": ("consultations.Consultation", "pk", DOWNLOADED),
    "meetings:detail": ("meetings.Meeting", "pk", VIEWED),
    "meetings:edit": ("meetings.Meeting", "pk", EDITED),
    "documents:meeting": ("meetings.Meeting", "pk", VIEWED),
    "documents:agenda_pdf": ("meetings.Meeting", "pk", DOWNLOADED),
    "documents:packet_pdf": ("meetings.Meeting", "pk", DOWNLOADED),
    "documents:minutes_edit": ("meetings.Meeting", "pk", EDITED),
    "documents:minutes_pdf": ("meetings.Meeting", "pk", DOWNLOADED),
    "documents:minutes_docx": ("meetings.Meeting", "pk", DOWNLOADED),
    "publication:manage": ("meetings.Meeting", "pk", VIEWED),
    "publication:publish": ("meetings.Meeting", "pk", PUBLISHED),
    "registers:operation": ("registers.Operation", "pk", VIEWED),
    "registers:notification": ("registers.Notification", "pk", VIEWED),
    "cctv:detail": ("cctv.Camera", "pk", VIEWED),
    "cctv:edit": ("cctv.Camera", "pk", EDITED),
    "cctv:request": ("cctv.PoliceRequest", "pk", VIEWED),
    "pia:detail": ("pia.Assessment", "pk", VIEWED),
    "pia:edit": ("pia.Assessment", "pk", EDITED),
}
# Pages that name no object.
PAGES = {
    "front:dashboard": _("Viewed the dashboard"),
    "home": _("Viewed the dashboard"),
    "consultations:list": _("Viewed the list of consultations"),
    "consultations:create": _("Drafted a consultation"),
    "meetings:list": _("Viewed the list of meetings"),
    "search:index": _("Searched the precedents"),
    "audit:list": _("Viewed the audit log"),
    "audit:export": _("Exported the audit log"),
    "registers:index": _("Viewed the registers"),
    "cctv:list": _("Viewed the CCTV register"),
    "cctv:export_xlsx": _("Exported the CCTV register"),
    "cctv:export_csv": _("Exported the CCTV register"),
    "pia:dashboard": _("Viewed the impact assessments"),
}


def _label(obj) -> str:
    """How a clerk names the object: a consultation by its number (or its title in 「」)."""
    number = getattr(obj, "number_label", "")
    if number:
        return number
    if obj._meta.label == "consultations.Consultation":
        return f"「{obj.title}」"
    return str(obj)


def _target(event: AuditEvent) -> tuple[str, int] | None:
    entry = OBJECT_PAGES.get(event.view)
    if entry is None:
        return None
    try:
        match = resolve(event.path.split("?", 1)[0])
    except Resolver404:
        return None
    value = match.kwargs.get(entry[1])
    return (entry[0], int(value)) if value is not None else None


def describe_all(events: Iterable[AuditEvent]) -> list[tuple[AuditEvent, str]]:
    """(event, description) for each event, looking the named objects up in bulk."""
    events = list(events)
    targets = {event.pk: _target(event) for event in events}
    wanted: dict[str, set[int]] = defaultdict(set)
    for target in filter(None, targets.values()):
        wanted[target[0]].add(target[1])
    found = {
        (label, obj.pk): _label(obj)
        for label, pks in wanted.items()
        for obj in apps.get_model(label).objects.filter(pk__in=pks)
    }
    return [(event, _sentence(event, targets[event.pk], found)) for event in events]


def _sentence(event: AuditEvent, target, found) -> str:
    if event.action in (
        AuditEvent.Action.LOGIN,
        AuditEvent.Action.LOGOUT,
        AuditEvent.Action.LOGIN_FAILED,
    ):
        return str(event.get_action_display())
    if target is not None and target in found:
        sentence = OBJECT_PAGES[event.view][2]
        if event.action == AuditEvent.Action.DENIED:
            sentence = REFUSED
        elif event.action == AuditEvent.Action.DOWNLOAD:
            sentence = DOWNLOADED
        return str(sentence) % {"object": found[target]}
    if event.view in PAGES and event.action != AuditEvent.Action.DENIED:
        return str(PAGES[event.view])
    # Not described (yet): what was done and where, as recorded.
    return f"{event.get_action_display()}：{event.method} {event.path}".strip()
