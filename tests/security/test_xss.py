"""Hostile text in every text field is shown as text, never as markup.

The demo and the matrix's objects give at least one row of every model of the shingikai
apps; every CharField and TextField of every row (and the JSON lists of strings, and the
register values kept in notifications and camera histories) is then set to a script payload,
and every GET URL of the matrix is opened as each role. No HTML answer may contain the
payload's markup unescaped; files (PDF, DOCX, XLSX, CSV, JSON) are not HTML and must not be
served as text/html.

Fields left as they are, because their values are constrained or not text to show:
- any field with choices (roles, states, kinds, outcomes, legal bases, ...): a code, not text
- accounts.User.username (the login name), .password (a hash), .email (a validated address)
- councils.Municipality.code (six digits; too short for any payload)
- checklist.Rule.code (the rule's identifier, unique), .condition (the rule's JSON logic)
- minutes.SourceFile.content_hash (a hash), .file_type (an extension), .parsed (the
  parser's raw output, kept for re-imports and never shown); the content hashes of
  minutes.Correction, .MinutesChange and .Draft, and Draft.parsed (shown field by field
  through the review form, whose inputs escape it)
- publication.Redaction.field (the name of the field a redaction applies to)
- registers.ImportBatch.mapping (column numbers)
- search.Document.fingerprint (a hash of the indexed text)
- audit.AuditEvent: append-only (its queryset refuses update()), so new events carrying the
  payload in user name, path and view are added instead; .method is an HTTP method
Fields shorter than the full payload get a shorter one that still opens a tag; fields that
must stay unique get the row's pk appended.
"""

from __future__ import annotations

import datetime

import pytest
from django.apps import apps
from django.db import models
from django.db.models import Value
from django.db.models.functions import Cast, Concat
from django.test import Client
from django.urls import reverse

from shingikai import search
from shingikai.accounts.models import User
from shingikai.audit.models import AuditEvent
from shingikai.cctv.models import Camera, CameraChange
from shingikai.checklist import services as checklist
from shingikai.consultations.models import Consultation
from shingikai.front.demo import load_demo
from shingikai.meetings.models import Meeting
from shingikai.registers.models import Notification, Operation
from tests.security.conftest import ROLES, Objects, clients
from tests.security.test_url_matrix import EXPECTED, path_for

PAYLOAD = (
    '<script>alert("x")</script><img src=x onerror=alert(1)>" autofocus onfocus=alert(2) x="\''
)
MEDIUM = "<img src=x onerror=alert(1)>"
SHORT = "<script>alert(1)"
# What must never appear in an HTML answer: the payload's tags and the attribute that would
# break out of a double-quoted attribute value. Escaped, they read &lt;script&gt;alert( ...
RAW = ["<script>alert(", "<img src=x onerror=alert", '" autofocus onfocus=alert']
ESCAPED = ["&lt;script&gt;alert(", "&lt;img src=x onerror=alert"]

SKIPPED_FIELDS = {
    "accounts.User": {"username", "password", "email"},
    "councils.Municipality": {"code"},
    "checklist.Rule": {"code", "condition"},
    "minutes.SourceFile": {"content_hash", "file_type", "parsed"},
    "minutes.Correction": {"content_hash"},
    "minutes.MinutesChange": {"content_hash"},
    "minutes.Draft": {"content_hash", "parsed"},
    "publication.Redaction": {"field"},
    "registers.ImportBatch": {"mapping"},
    "search.Document": {"fingerprint"},
}
APPEND_ONLY = {"audit.AuditEvent"}
# JSON dicts that hold register values shown on the pages: their text values get the payload.
VALUE_DICTS = {
    "registers.Notification": ("proposed", "previous"),
    "cctv.CameraChange": ("changes",),
}
# URLs that answer with a file: never text/html.
FILE_URLS = {
    "consultations:attachment_download",
    "checklist:export",
    "documents:agenda_pdf",
    "documents:packet_pdf",
    "documents:minutes_pdf",
    "documents:minutes_docx",
    "documents:answer_pdf",
    "documents:answer_docx",
    "publication:minutes_pdf",
    "publication:minutes_docx",
    "publication:answer_pdf",
    "publication:answer_docx",
    "registers:report_pdf",
    "registers:report_xlsx",
    "cctv:export_xlsx",
    "cctv:export_csv",
    "audit:export",
}


def shingikai_models() -> list[type[models.Model]]:
    return [
        model
        for model in apps.get_models()
        if model.__module__.startswith("shingikai.") and not model._meta.proxy
    ]


def _unique_fields(model) -> set[str]:
    names = {f.name for f in model._meta.concrete_fields if f.unique}
    for constraint in model._meta.constraints:
        names.update(getattr(constraint, "fields", ()) or ())
    for together in model._meta.unique_together:
        names.update(together)
    return names


def _payload_for(field, unique: bool) -> str | None:
    """The longest payload the column takes (room left for the pk where it must be unique)."""
    room = field.max_length if isinstance(field, models.CharField) and field.max_length else None
    if room is not None and unique:
        room -= 10
    for payload in (PAYLOAD, MEDIUM, SHORT):
        if room is None or len(payload) <= room:
            return payload
    return None


def _is_text_list(model, field) -> bool:
    values = model.objects.exclude(**{field.name: None}).values_list(field.name, flat=True)
    return all(
        isinstance(value, list) and all(isinstance(item, str) for item in value) for value in values
    )


def poison(model) -> list[str]:
    """Set every free text field of every row of the model to a payload; returns the fields."""
    label = model._meta.label
    skipped = SKIPPED_FIELDS.get(label, set())
    unique = _unique_fields(model)
    changes: dict = {}
    for field in model._meta.concrete_fields:
        if field.name in skipped or field.choices or isinstance(field, models.EmailField):
            continue
        if isinstance(field, (models.CharField, models.TextField)):
            payload = _payload_for(field, field.name in unique)
            if payload is None:
                continue
            if field.name in unique:
                changes[field.name] = Concat(
                    Value(payload), Cast("pk", output_field=models.CharField())
                )
            else:
                changes[field.name] = payload
        elif isinstance(field, models.JSONField) and _is_text_list(model, field):
            changes[field.name] = [PAYLOAD]
    if changes:
        model.objects.update(**changes)
    return sorted(changes)


def _value_for(model, name: str, value):
    """A payload in place of a text value of a register or camera field (not a code)."""
    try:
        field = model._meta.get_field(name)
    except Exception:
        return value
    if field.choices:
        return value
    if isinstance(value, str):
        return PAYLOAD
    if isinstance(value, list):
        return [_value_for(model, name, item) for item in value]
    return value


def poison_value_dicts() -> None:
    for notification in Notification.objects.all():
        for name in ("proposed", "previous"):
            values = getattr(notification, name) or {}
            setattr(notification, name, {k: _value_for(Operation, k, v) for k, v in values.items()})
        Notification.objects.filter(pk=notification.pk).update(
            proposed=notification.proposed, previous=notification.previous
        )
    for change in CameraChange.objects.all():
        before = {k: _value_for(Camera, k, v) for k, v in change.before.items()}
        after = {k: _value_for(Camera, k, v) for k, v in change.after.items()}
        CameraChange.objects.filter(pk=change.pk).update(before=before, after=after)


@pytest.fixture
def poisoned(objects: Objects, settings) -> Objects:
    settings.DEMO_MODE = True
    assert load_demo(datetime.date(2024, 6, 1))
    checklist.attachment_texts(objects.on_agenda)  # the extracted text of the attachment
    search.rebuild(workers=1)  # search documents and the index state
    for n in range(3):
        AuditEvent.objects.create(
            username=PAYLOAD,
            action=AuditEvent.Action.VIEW,
            method="GET",
            path=f"/consultations/{PAYLOAD}{n}/",
            view=PAYLOAD,
            status=200,
        )
    empty = [m._meta.label for m in shingikai_models() if not m.objects.exists()]
    assert not empty, f"models without a row to poison: {empty}"
    for model in shingikai_models():
        if model._meta.label not in APPEND_ONLY:
            poison(model)
    poison_value_dicts()
    # The index again, from the poisoned texts (what search results and snippets show).
    search.rebuild(workers=1)
    for model in shingikai_models():
        if model._meta.label not in APPEND_ONLY:
            poison(model)
    objects.on_agenda.refresh_from_db()
    assert objects.on_agenda.title == PAYLOAD
    return objects


def check(response, label: str, problems: list[str], escaped_seen: list[str]) -> None:
    content_type = response.get("Content-Type", "")
    if "text/html" not in content_type:
        return
    body = response.content.decode("utf-8", "replace")
    for raw in RAW:
        at = body.find(raw)
        if at >= 0:
            context = body[max(0, at - 80) : at + 60].replace("\n", " ")
            problems.append(f"{label}: raw {raw!r} in …{context}…")
    if any(escaped in body for escaped in ESCAPED):
        escaped_seen.append(label)


@pytest.mark.parametrize("role", ROLES)
def test_every_page_escapes_stored_payloads(role, poisoned):
    client = clients(poisoned)[role]
    problems: list[str] = []
    escaped_seen: list[str] = []
    for key in sorted(EXPECTED):
        path = path_for(key, poisoned)
        response = client.get(path)
        label = f"GET {path} ({key}) as {role} -> {response.status_code}"
        name = key.split("#", 1)[0]
        if name in FILE_URLS and response.status_code == 200:
            content_type = response.get("Content-Type", "")
            assert "text/html" not in content_type, f"{label}: a file served as {content_type}"
        check(response, label, problems, escaped_seen)
    assert not problems, "\n".join(problems)
    if role in ("owner", "secretariat", "admin"):
        # The payloads did reach the pages (escaped): the test is not passing on empty pages.
        assert len(escaped_seen) >= 10, escaped_seen


# Pages that show what the user typed into a filter or search box.
REFLECTED = [
    ("search:index", {"q": PAYLOAD}),
    ("search:index", {"q": "alert"}),
    ("search:index", {"q": "script", "ground": PAYLOAD, "outcome": PAYLOAD}),
    ("audit:list", {"user": PAYLOAD, "path": PAYLOAD, "start": PAYLOAD}),
    ("consultations:list", {"state": PAYLOAD, "page": PAYLOAD}),
    ("registers:operations", {"q": PAYLOAD, "status": PAYLOAD, "department": PAYLOAD}),
    ("registers:report", {"start": PAYLOAD, "end": PAYLOAD}),
    ("registers:notifications", {"status": PAYLOAD}),
    ("registers:public", {"municipality": PAYLOAD}),
    ("minutes:list", {"municipality": PAYLOAD, "page": PAYLOAD}),
    ("cctv:requests", {"overdue": PAYLOAD}),
]


@pytest.mark.parametrize("role", ["anonymous", "secretariat"])
def test_typed_input_is_shown_escaped(role, poisoned):
    client = clients(poisoned)[role]
    problems: list[str] = []
    for name, params in REFLECTED:
        response = client.get(reverse(name), params)
        check(response, f"GET {name} {params} as {role}", problems, [])
    # Forms shown again with their errors echo what was typed.
    for name in ("consultations:create", "meetings:create", "registers:start", "cctv:create"):
        response = client.post(reverse(name), {"title": PAYLOAD, "place": PAYLOAD, "name": PAYLOAD})
        check(response, f"POST {name} as {role}", problems, [])
    assert not problems, "\n".join(problems)


def test_the_demo_secretariat_sees_its_poisoned_council(poisoned):
    """The demo's own council through the demo secretariat's eyes: lists, dashboards, and
    every meeting and consultation page of the demo."""
    secretariat = User.objects.get(username="jimukyoku")
    client = Client()
    client.force_login(secretariat)
    paths = [
        reverse(name)
        for name in (
            "front:dashboard",
            "consultations:list",
            "meetings:list",
            "publication:portal",
            "registers:index",
            "cctv:list",
            "pia:dashboard",
            "audit:list",
        )
    ]
    for meeting in Meeting.objects.filter(council=secretariat.council):
        paths += [
            reverse("meetings:detail", args=[meeting.pk]),
            reverse("documents:meeting", args=[meeting.pk]),
            reverse("publication:manage", args=[meeting.pk]),
            reverse("publication:meeting", args=[meeting.pk]),
        ]
    for consultation in Consultation.objects.filter(council=secretariat.council):
        paths.append(reverse("consultations:detail", args=[consultation.pk]))
        for item in consultation.agenda_items.all():
            paths.append(
                reverse("consultations:deliberation", args=[consultation.pk, item.meeting_id])
            )
    problems: list[str] = []
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        check(response, f"GET {path} as jimukyoku", problems, [])
    assert not problems, "\n".join(problems)
