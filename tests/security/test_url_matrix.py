"""The role × URL matrix: what every role gets from every URL of the project, GET and POST.

EXPECTED below is the specification, written from the access rules and not copied from
what the code does:

- consultations/access.py, meetings/access.py (accounts/access.py before): the secretariat
  everything of its council; a department its own
  department's consultations and the decided ones of others, and the meetings that have one
  of its consultations on the agenda; a member reads the meetings of its council and what is
  on their agendas, and writes nothing; an admin everything
- registers/access.py (file register, CCTV, impact assessments): everybody of the
  municipality reads the registers, but CCTV installations, police requests, assessments and
  notifications only for their own department; a department files and acts for its own
  department; the secretariat and the admin for all; a member never writes
- anonymous: only /login/, the public portal /public/... (published meetings only: the
  rest is 404, so that the public does not learn a meeting exists) and the public file
  register /registers/public/...; everything else sends it to the login page

Each entry is url name -> {"GET": six outcomes, "POST": six outcomes}, the six in the order
of ROLES: anonymous, owner department (bob, 市民課, owns every object used), other
department (carol, 中央図書館), member (dave), secretariat (alice), admin (erin). Outcomes:

- "ok": 2xx, or a redirect somewhere other than a login page (e.g. back to the page after
  a POST that was refused with a message)
- "login": a redirect to /login/ (or, for the Django admin, to its own /admin/login/)
- "403", "404", "405"

POST is sent with empty data and without CSRF checks (the default test client). Read-only
views are plain Django views that do not restrict the method, so POST to them answers like
GET; views decorated with require_POST answer 405 to GET once the user is logged in
(login_required is checked first, so anonymous is sent to the login page either way).

A key may carry a variant after "#" (the same URL pattern with other objects): the public
pages are checked for a published meeting and for an unpublished one.

The Django admin is covered by one entry for admin:index; the other admin URLs are skipped
because the admin has its own permission system (is_staff and model permissions), which
is Django's and not the project's. In the shared world fixture alice (secretariat) is not
is_staff, so the admin sends her to its login page; erin is is_staff and is_superuser.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from urllib.parse import urlsplit

import pytest
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import override_settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from shingikai.consultations.models import Utterance
from shingikai.meetings.calendar import feed_url
from shingikai.meetings.models import AdvanceQuestion, FollowUpReport, Material
from tests.security import conftest
from tests.security.conftest import MD5_HASHER, ROLES, Objects, build_objects, clients

# The shared world fixture's body, called once for the module (see `matrix`).
make_world = conftest.world.__wrapped__

# Rows used by many entries (order: anonymous, owner, other, member, secretariat, admin).
PUBLIC = ("ok", "ok", "ok", "ok", "ok", "ok")
LOGGED_IN = ("login", "ok", "ok", "ok", "ok", "ok")
# The secretariat of the council and the admin only.
SECRETARIAT = ("login", "403", "403", "403", "ok", "ok")
# Whoever may draft or file something for a department: every department, the secretariat,
# the admin; never a member.
DRAFTERS = ("login", "ok", "ok", "403", "ok", "ok")
# Bob's department, the secretariat, the admin: every change to bob's things, and reading
# his drafts.
OWNER_ONLY = ("login", "ok", "403", "403", "ok", "ok")
# Reading something of bob's department that is before the council (or a CCTV / assessment /
# notification record): bob, the member, the secretariat, the admin; not carol.
OWNER_AND_READERS = ("login", "ok", "403", "ok", "ok", "ok")
# GET to a POST-only view.
POST_ONLY = ("login", "405", "405", "405", "405", "405")
# A public page of an unpublished meeting: only the secretariat (and admin) preview it.
UNPUBLISHED = ("404", "404", "404", "404", "ok", "ok")
NOT_FOUND = ("404", "404", "404", "404", "404", "404")


def same(row: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Read views: POST answers like GET."""
    return {"GET": row, "POST": row}


def post_only(row: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    return {"GET": POST_ONLY, "POST": row}


EXPECTED: dict[str, dict[str, tuple[str, ...]]] = {
    # --- project, accounts, dashboard
    "home": same(LOGGED_IN),
    "front:dashboard": same(LOGGED_IN),
    # The accessibility statement is public, like the portal it covers.
    "front:accessibility": same(PUBLIC),
    # The login page answers everybody; an empty form is shown again with its errors.
    "login": same(PUBLIC),
    # Logging out is POST only (Django 5); it ends at the login page, for everybody.
    "logout": {"GET": ("405",) * 6, "POST": ("login",) * 6},
    # TOTP set-up is for the secretariat and admins only.
    "accounts:two_factor": same(SECRETARIAT),
    "accounts:password_change": same(LOGGED_IN),
    # A TemplateView: it has no POST handler.
    "accounts:password_done": {"GET": LOGGED_IN, "POST": POST_ONLY},
    # --- consultations (detail objects: see PATHS)
    "consultations:list": same(LOGGED_IN),  # each sees its own selection
    "consultations:create": same(DRAFTERS),
    # On the agenda of a meeting, not decided: carol may not read it, dave may.
    "consultations:detail": same(OWNER_AND_READERS),
    # Decided: every department reads it.
    "consultations:detail#decided": same(LOGGED_IN),
    # A draft: not before the council yet, so not for members either.
    "consultations:detail#draft": same(OWNER_ONLY),
    "consultations:edit": same(OWNER_ONLY),  # a draft
    # Submitted: nobody edits it any more (the secretariat returns it for correction).
    "consultations:edit#submitted": same(("login", "403", "403", "403", "403", "403")),
    "consultations:submit": post_only(OWNER_ONLY),
    "consultations:return": post_only(SECRETARIAT),
    "consultations:withdraw": post_only(OWNER_ONLY),  # submitted, not on an agenda
    # 法第129条 intake: only the secretariat declines; the department records its review.
    "consultations:decline": post_only(SECRETARIAT),
    "consultations:internal_review": post_only(OWNER_ONLY),
    "consultations:attachment_upload": post_only(OWNER_ONLY),
    "consultations:attachment_download": same(OWNER_AND_READERS),
    "consultations:deliberation": same(SECRETARIAT),
    # Report items: the secretariat records; the council's members and the reporting
    # department read.
    "consultations:report_create": same(SECRETARIAT),
    "consultations:report": {"GET": OWNER_AND_READERS, "POST": SECRETARIAT},
    "consultations:report_material": same(OWNER_AND_READERS),
    # --- meetings (the unpublished meeting, with two of bob's consultations on it)
    "meetings:list": same(LOGGED_IN),
    "meetings:create": same(SECRETARIAT),
    "meetings:detail": same(OWNER_AND_READERS),
    "meetings:edit": same(SECRETARIAT),
    "meetings:attendance_toggle": post_only(SECRETARIAT),
    "meetings:staff_add": post_only(SECRETARIAT),
    "meetings:agenda_add": post_only(SECRETARIAT),
    "meetings:agenda_add_item": post_only(SECRETARIAT),
    "meetings:followup_close": post_only(SECRETARIAT),
    "meetings:item_closed": post_only(SECRETARIAT),
    "meetings:attendance_details": post_only(SECRETARIAT),
    "meetings:attendance_all": post_only(SECRETARIAT),
    "meetings:observers": post_only(SECRETARIAT),
    # --- imported minutes: public minutes of other municipalities, read by all staff roles;
    # only the secretariat imports
    "minutes:list": same(LOGGED_IN),
    "minutes:upload": same(SECRETARIAT),
    "minutes:meeting": same(LOGGED_IN),
    "minutes:item": same(LOGGED_IN),
    # Reviewing an upload and correcting an imported meeting: the importers only.
    "minutes:review": same(SECRETARIAT),
    "minutes:correct": same(SECRETARIAT),
    "minutes:history": same(LOGGED_IN),
    # --- search: anyone searches; "similar" of a consultation needs the right to read it, and
    # for the public a consultation that is public (this one is not: 404)
    "search:index": same(PUBLIC),
    "search:similar": same(("404", "ok", "403", "ok", "ok", "ok")),
    # --- checklist
    "checklist:preview_new": post_only(DRAFTERS),
    "checklist:preview": post_only(OWNER_ONLY),  # a draft
    "checklist:export": same(OWNER_AND_READERS),  # on an agenda
    "checklist:import": same(DRAFTERS),
    # --- council documents of the published meeting (bob's consultation decided there)
    "documents:meeting": same(OWNER_AND_READERS),
    "documents:agenda_pdf": same(OWNER_AND_READERS),
    "documents:packet_pdf": same(OWNER_AND_READERS),
    "documents:minutes_edit": same(SECRETARIAT),
    "documents:minutes_send": post_only(SECRETARIAT),
    "documents:minutes_signer": post_only(SECRETARIAT),
    # The member is no signatory and the item no confirmation item: not found, once allowed.
    "documents:minutes_sign": post_only(("login", "403", "403", "403", "404", "404")),
    "documents:minutes_confirm": post_only(("login", "403", "403", "403", "404", "404")),
    "meetings:agenda_confirmation": post_only(SECRETARIAT),
    "meetings:record": same(SECRETARIAT),
    "meetings:turn_correct": post_only(SECRETARIAT),
    "meetings:decision_correct": post_only(SECRETARIAT),
    "meetings:followup_correct": post_only(SECRETARIAT),
    "meetings:item_correct": post_only(SECRETARIAT),
    # A department files for its own follow-ups and sees no one else's.
    "meetings:followups": same(DRAFTERS),
    "meetings:report_file": post_only(("login", "ok", "404", "404", "ok", "ok")),
    "meetings:report_to_agenda": post_only(SECRETARIAT),
    "meetings:report_download": same(("login", "ok", "403", "403", "ok", "ok")),
    "meetings:material_add": post_only(SECRETARIAT),
    "meetings:material_download": same(OWNER_AND_READERS),
    # Members ask (the empty form names no consultation on the agenda: not found).
    "meetings:question_ask": post_only(("login", "403", "403", "404", "403", "403")),
    # The consultation's department and the secretariat answer.
    "meetings:question_answer": post_only(("login", "ok", "403", "403", "ok", "ok")),
    "meetings:question_record": post_only(SECRETARIAT),
    "meetings:questions_compile": post_only(SECRETARIAT),
    # The calendar feed: the signed token in the URL is the key, whoever asks.
    "meetings:calendar": same(PUBLIC),
    # Minutes hold every department's deliberation: the secretariat and members only.
    "documents:minutes_pdf": same(("login", "403", "403", "ok", "ok", "ok")),
    "documents:minutes_docx": same(("login", "403", "403", "ok", "ok", "ok")),
    # The answer to a decided consultation: departments read decided ones of others too.
    "documents:answer_pdf": same(LOGGED_IN),
    "documents:answer_docx": same(LOGGED_IN),
    # --- the public portal
    "publication:portal": same(PUBLIC),
    "publication:meeting": same(PUBLIC),
    "publication:meeting#unpublished": same(UNPUBLISHED),
    "publication:minutes_pdf": same(PUBLIC),
    "publication:minutes_pdf#unpublished": same(UNPUBLISHED),
    "publication:minutes_docx": same(PUBLIC),
    "publication:minutes_docx#unpublished": same(UNPUBLISHED),
    "publication:answer": same(PUBLIC),
    "publication:answer#unpublished": same(UNPUBLISHED),
    "publication:answer_pdf": same(PUBLIC),
    "publication:answer_pdf#unpublished": same(UNPUBLISHED),
    "publication:answer_docx": same(PUBLIC),
    "publication:answer_docx#unpublished": same(UNPUBLISHED),
    "publication:consultation": same(PUBLIC),
    "publication:consultation#unpublished": same(UNPUBLISHED),
    # Attachments chosen on publishing; others are not found, even by the secretariat here.
    "publication:attachment": same(PUBLIC),
    "publication:attachment#unchosen": same(NOT_FOUND),
    # The secretariat's redaction and publication page.
    "publication:manage": same(SECRETARIAT),
    "publication:mark": post_only(SECRETARIAT),
    "publication:unmark": post_only(SECRETARIAT),
    "publication:publish": same(SECRETARIAT),  # GET asks for confirmation
    "publication:withdraw": post_only(SECRETARIAT),
    # --- the file register: the municipality reads it; departments file for themselves
    "registers:index": same(LOGGED_IN),
    "registers:operations": same(LOGGED_IN),
    "registers:start": same(DRAFTERS),
    # A decided consultation fills the register: the secretariat's own record.
    "registers:from_consultation": same(SECRETARIAT),
    "registers:operation": same(LOGGED_IN),
    "registers:change": same(OWNER_ONLY),
    "registers:abolish": same(OWNER_ONLY),
    "registers:internal_note": post_only(SECRETARIAT),
    "registers:notifications": same(LOGGED_IN),  # each department sees its own
    # A notification is a department's workflow: not for other departments.
    "registers:notification": same(OWNER_AND_READERS),
    "registers:accept": post_only(SECRETARIAT),
    "registers:return": post_only(SECRETARIAT),
    "registers:report": same(LOGGED_IN),
    "registers:report_pdf": same(LOGGED_IN),
    "registers:report_xlsx": same(LOGGED_IN),
    "registers:public": same(PUBLIC),
    "registers:public_entry": same(PUBLIC),
    "registers:public_entry#abolished": same(NOT_FOUND),
    "registers:import": same(SECRETARIAT),
    "registers:import_map": same(SECRETARIAT),
    # --- CCTV: departments see and act for their own installations only
    "cctv:list": same(LOGGED_IN),
    "cctv:create": same(DRAFTERS),
    "cctv:detail": same(OWNER_AND_READERS),
    "cctv:edit": same(OWNER_ONLY),
    "cctv:request_create": same(OWNER_ONLY),
    "cctv:requests": same(LOGGED_IN),
    "cctv:request": same(OWNER_AND_READERS),
    "cctv:request_step": post_only(OWNER_ONLY),
    "cctv:counts": same(LOGGED_IN),
    "cctv:export_xlsx": same(LOGGED_IN),
    "cctv:export_csv": same(LOGGED_IN),
    # --- impact assessments: departments see and act for their own
    # --- members, terms and fees: the secretariat's (fees are personal data)
    "members:index": same(SECRETARIAT),
    "members:composition": same(SECRETARIAT),
    "members:fees": same(SECRETARIAT),
    "members:statement": same(SECRETARIAT),
    "members:appointment_letter": same(SECRETARIAT),
    "members:notice": same(SECRETARIAT),
    "pia:dashboard": same(LOGGED_IN),
    "pia:create": same(DRAFTERS),
    "pia:detail": same(OWNER_AND_READERS),
    "pia:edit": same(OWNER_ONLY),  # a draft
    "pia:public_comment": post_only(OWNER_ONLY),
    "pia:third_party_check": post_only(OWNER_ONLY),
    "pia:submit": post_only(OWNER_ONLY),
    "pia:publish": post_only(OWNER_ONLY),
    "pia:review": post_only(OWNER_ONLY),
    "pia:important_change": post_only(OWNER_ONLY),
    "pia:reassess": post_only(OWNER_ONLY),
    # --- the audit log: the secretariat and admins
    "audit:list": same(SECRETARIAT),
    "audit:export": same(SECRETARIAT),
    # --- the Django admin (see the module docstring): staff only
    "admin:index": same(("login", "login", "login", "login", "login", "ok")),
}


def _turn(o: Objects):
    return Utterance.objects.get_or_create(
        consultation=o.decided_unpublished,
        meeting=o.unpublished,
        order=1,
        defaults={"speaker": "委員1", "role": "member", "act": "question", "text": "質問"},
    )[0]


def _material(o: Objects):
    return Material.objects.get_or_create(
        meeting=o.unpublished,
        title="資料1",
        defaults={
            "distribution": "on_the_day",
            "added_by": o.world.alice,
            "file": ContentFile(b"material", name="material.txt"),
        },
    )[0]


def _question(o: Objects):
    return AdvanceQuestion.objects.get_or_create(
        meeting=o.unpublished,
        consultation=o.on_agenda,
        defaults={"asked_by": o.world.dave, "text": "保存期間の根拠は何か。"},
    )[0]


def _report(o: Objects):
    return FollowUpReport.objects.get_or_create(
        followup=o.followup,
        defaults={
            "text": "運用規程を定めた。",
            "filed_by": o.world.bob,
            "attachment": ContentFile(b"report", name="report.txt"),
        },
    )[0]


def _minutes_draft(o: Objects):
    """An upload of the imported sample waiting for review (made once, for the module)."""
    from shingikai.minutes.models import Draft

    source = o.imported_meeting.source
    draft, _created = Draft.objects.get_or_create(
        content_hash=source.content_hash,
        defaults={
            "name": source.name,
            "content": source.text.encode(),
            "parsed": source.parsed,
            "text": source.text,
            "created_by": o.world.alice,
        },
    )
    return draft


def _assessment_url(name: str) -> Callable[[Objects], str]:
    return lambda o: reverse(name, args=[o.assessment.pk])


# The path each entry requests: which object of the fixtures fills the URL's arguments.
PATHS: dict[str, Callable[[Objects], str]] = {
    "members:statement": lambda o: reverse("members:statement", args=[o.world.members[0].pk, 2024]),
    "members:appointment_letter": lambda o: reverse(
        "members:appointment_letter", args=[o.world.members[0].pk]
    ),
    "members:notice": lambda o: reverse("members:notice", args=[o.world.term.pk]),
    "registers:from_consultation": lambda o: reverse(
        "registers:from_consultation", args=[o.decided.pk]
    ),
    "consultations:detail": lambda o: reverse("consultations:detail", args=[o.on_agenda.pk]),
    "consultations:detail#decided": lambda o: reverse("consultations:detail", args=[o.decided.pk]),
    "consultations:detail#draft": lambda o: reverse("consultations:detail", args=[o.draft.pk]),
    "consultations:edit": lambda o: reverse("consultations:edit", args=[o.draft.pk]),
    "consultations:edit#submitted": lambda o: reverse("consultations:edit", args=[o.submitted.pk]),
    "consultations:submit": lambda o: reverse("consultations:submit", args=[o.draft.pk]),
    "consultations:return": lambda o: reverse("consultations:return", args=[o.submitted.pk]),
    "consultations:withdraw": lambda o: reverse("consultations:withdraw", args=[o.submitted.pk]),
    "consultations:decline": lambda o: reverse("consultations:decline", args=[o.submitted.pk]),
    "consultations:internal_review": lambda o: reverse(
        "consultations:internal_review", args=[o.submitted.pk]
    ),
    "consultations:attachment_upload": lambda o: reverse(
        "consultations:attachment_upload", args=[o.draft.pk]
    ),
    "consultations:attachment_download": lambda o: reverse(
        "consultations:attachment_download", args=[o.on_agenda.pk, o.attachment.pk]
    ),
    "consultations:report_create": lambda o: reverse(
        "consultations:report_create", args=[o.unpublished.pk]
    ),
    "consultations:report": lambda o: reverse("consultations:report", args=[o.report.pk]),
    "consultations:report_material": lambda o: reverse(
        "consultations:report_material", args=[o.report.pk, o.report_material.pk]
    ),
    "consultations:deliberation": lambda o: reverse(
        "consultations:deliberation", args=[o.on_agenda.pk, o.unpublished.pk]
    ),
    "meetings:detail": lambda o: reverse("meetings:detail", args=[o.unpublished.pk]),
    "meetings:edit": lambda o: reverse("meetings:edit", args=[o.unpublished.pk]),
    "meetings:attendance_toggle": lambda o: reverse(
        "meetings:attendance_toggle", args=[o.unpublished.pk, o.world.members[0].pk]
    ),
    "meetings:staff_add": lambda o: reverse("meetings:staff_add", args=[o.unpublished.pk]),
    "meetings:agenda_add": lambda o: reverse("meetings:agenda_add", args=[o.unpublished.pk]),
    "meetings:agenda_add_item": lambda o: reverse(
        "meetings:agenda_add_item", args=[o.unpublished.pk]
    ),
    "meetings:item_closed": lambda o: reverse(
        "meetings:item_closed", args=[o.unpublished.pk, o.unpublished.items.first().pk]
    ),
    "meetings:attendance_details": lambda o: reverse(
        "meetings:attendance_details", args=[o.unpublished.pk, o.world.members[0].pk]
    ),
    "meetings:attendance_all": lambda o: reverse(
        "meetings:attendance_all", args=[o.unpublished.pk]
    ),
    "meetings:observers": lambda o: reverse("meetings:observers", args=[o.unpublished.pk]),
    "meetings:followup_close": lambda o: reverse(
        "meetings:followup_close", args=[o.unpublished.pk, o.followup.pk]
    ),
    "minutes:meeting": lambda o: reverse("minutes:meeting", args=[o.imported_meeting.pk]),
    "minutes:item": lambda o: reverse("minutes:item", args=[o.imported_item.pk]),
    "minutes:review": lambda o: reverse("minutes:review", args=[_minutes_draft(o).pk]),
    "minutes:correct": lambda o: reverse("minutes:correct", args=[o.imported_meeting.pk]),
    "minutes:history": lambda o: reverse("minutes:history", args=[o.imported_meeting.pk]),
    "search:similar": lambda o: reverse("search:similar", args=["consultation", o.on_agenda.pk]),
    "checklist:preview": lambda o: reverse("checklist:preview", args=[o.draft.pk]),
    "checklist:export": lambda o: reverse("checklist:export", args=[o.on_agenda.pk]),
    "documents:meeting": lambda o: reverse("documents:meeting", args=[o.published.pk]),
    "documents:agenda_pdf": lambda o: reverse("documents:agenda_pdf", args=[o.published.pk]),
    "documents:packet_pdf": lambda o: reverse("documents:packet_pdf", args=[o.published.pk]),
    "documents:minutes_edit": lambda o: reverse("documents:minutes_edit", args=[o.published.pk]),
    "documents:minutes_send": lambda o: reverse("documents:minutes_send", args=[o.unpublished.pk]),
    "documents:minutes_signer": lambda o: reverse(
        "documents:minutes_signer", args=[o.unpublished.pk]
    ),
    "documents:minutes_sign": lambda o: reverse(
        "documents:minutes_sign", args=[o.unpublished.pk, o.world.members[0].pk]
    ),
    "documents:minutes_confirm": lambda o: reverse(
        "documents:minutes_confirm", args=[o.unpublished.pk, o.unpublished.items.first().pk]
    ),
    "meetings:agenda_confirmation": lambda o: reverse(
        "meetings:agenda_confirmation", args=[o.unpublished.pk]
    ),
    "meetings:record": lambda o: reverse("meetings:record", args=[o.unpublished.pk]),
    "meetings:turn_correct": lambda o: reverse(
        "meetings:turn_correct", args=[o.unpublished.pk, _turn(o).pk]
    ),
    "meetings:decision_correct": lambda o: reverse(
        "meetings:decision_correct", args=[o.unpublished.pk, o.decision_unpublished.pk]
    ),
    "meetings:followup_correct": lambda o: reverse(
        "meetings:followup_correct", args=[o.published.pk, o.followup.pk]
    ),
    "meetings:item_correct": lambda o: reverse(
        "meetings:item_correct", args=[o.unpublished.pk, o.unpublished.items.first().pk]
    ),
    "meetings:followups": lambda o: reverse("meetings:followups"),
    "meetings:report_file": lambda o: reverse("meetings:report_file", args=[o.followup.pk]),
    "meetings:report_to_agenda": lambda o: reverse(
        "meetings:report_to_agenda", args=[_report(o).pk]
    ),
    "meetings:report_download": lambda o: reverse("meetings:report_download", args=[_report(o).pk]),
    "meetings:material_add": lambda o: reverse("meetings:material_add", args=[o.unpublished.pk]),
    "meetings:material_download": lambda o: reverse(
        "meetings:material_download", args=[o.unpublished.pk, _material(o).pk]
    ),
    "meetings:question_ask": lambda o: reverse("meetings:question_ask", args=[o.unpublished.pk]),
    "meetings:question_answer": lambda o: reverse(
        "meetings:question_answer", args=[o.unpublished.pk, _question(o).pk]
    ),
    "meetings:question_record": lambda o: reverse(
        "meetings:question_record", args=[o.unpublished.pk, _question(o).pk]
    ),
    "meetings:questions_compile": lambda o: reverse(
        "meetings:questions_compile", args=[o.unpublished.pk]
    ),
    "meetings:calendar": lambda o: feed_url(o.world.dave),
    "documents:minutes_pdf": lambda o: reverse("documents:minutes_pdf", args=[o.published.pk]),
    "documents:minutes_docx": lambda o: reverse("documents:minutes_docx", args=[o.published.pk]),
    "documents:answer_pdf": lambda o: reverse("documents:answer_pdf", args=[o.decision.pk]),
    "documents:answer_docx": lambda o: reverse("documents:answer_docx", args=[o.decision.pk]),
    "publication:meeting": lambda o: reverse("publication:meeting", args=[o.published.pk]),
    "publication:meeting#unpublished": lambda o: reverse(
        "publication:meeting", args=[o.unpublished.pk]
    ),
    "publication:minutes_pdf": lambda o: reverse("publication:minutes_pdf", args=[o.published.pk]),
    "publication:minutes_pdf#unpublished": lambda o: reverse(
        "publication:minutes_pdf", args=[o.unpublished.pk]
    ),
    "publication:minutes_docx": lambda o: reverse(
        "publication:minutes_docx", args=[o.published.pk]
    ),
    "publication:minutes_docx#unpublished": lambda o: reverse(
        "publication:minutes_docx", args=[o.unpublished.pk]
    ),
    "publication:answer": lambda o: reverse("publication:answer", args=[o.decision.pk]),
    "publication:answer#unpublished": lambda o: reverse(
        "publication:answer", args=[o.decision_unpublished.pk]
    ),
    "publication:answer_pdf": lambda o: reverse("publication:answer_pdf", args=[o.decision.pk]),
    "publication:answer_pdf#unpublished": lambda o: reverse(
        "publication:answer_pdf", args=[o.decision_unpublished.pk]
    ),
    "publication:answer_docx": lambda o: reverse("publication:answer_docx", args=[o.decision.pk]),
    "publication:answer_docx#unpublished": lambda o: reverse(
        "publication:answer_docx", args=[o.decision_unpublished.pk]
    ),
    "publication:consultation": lambda o: reverse("publication:consultation", args=[o.decided.pk]),
    "publication:consultation#unpublished": lambda o: reverse(
        "publication:consultation", args=[o.on_agenda.pk]
    ),
    "publication:attachment": lambda o: reverse(
        "publication:attachment", args=[o.public_attachment.pk]
    ),
    "publication:attachment#unchosen": lambda o: reverse(
        "publication:attachment", args=[o.attachment.pk]
    ),
    "publication:manage": lambda o: reverse("publication:manage", args=[o.published.pk]),
    "publication:mark": lambda o: reverse("publication:mark", args=[o.published.pk]),
    "publication:unmark": lambda o: reverse(
        "publication:unmark", args=[o.published.pk, o.redaction.pk]
    ),
    "publication:publish": lambda o: reverse("publication:publish", args=[o.unpublished.pk]),
    "publication:withdraw": lambda o: reverse("publication:withdraw", args=[o.published.pk]),
    "registers:operation": lambda o: reverse("registers:operation", args=[o.operation.pk]),
    "registers:change": lambda o: reverse("registers:change", args=[o.operation.pk]),
    "registers:abolish": lambda o: reverse("registers:abolish", args=[o.operation.pk]),
    "registers:internal_note": lambda o: reverse("registers:internal_note", args=[o.operation.pk]),
    "registers:notification": lambda o: reverse("registers:notification", args=[o.notification.pk]),
    "registers:accept": lambda o: reverse("registers:accept", args=[o.notification.pk]),
    "registers:return": lambda o: reverse("registers:return", args=[o.notification.pk]),
    "registers:public_entry": lambda o: reverse("registers:public_entry", args=[o.operation.pk]),
    "registers:public_entry#abolished": lambda o: reverse(
        "registers:public_entry", args=[o.abolished.pk]
    ),
    "registers:import_map": lambda o: reverse("registers:import_map", args=[o.batch.pk]),
    "cctv:detail": lambda o: reverse("cctv:detail", args=[o.camera.pk]),
    "cctv:edit": lambda o: reverse("cctv:edit", args=[o.camera.pk]),
    "cctv:request_create": lambda o: reverse("cctv:request_create", args=[o.camera.pk]),
    "cctv:request": lambda o: reverse("cctv:request", args=[o.police_request.pk]),
    "cctv:request_step": lambda o: reverse(
        "cctv:request_step", args=[o.police_request.pk, "approve"]
    ),
    **{
        f"pia:{name}": _assessment_url(f"pia:{name}")
        for name in (
            "detail",
            "edit",
            "public_comment",
            "third_party_check",
            "submit",
            "publish",
            "review",
            "important_change",
            "reassess",
        )
    },
    "audit:export": lambda o: reverse("audit:export", args=["csv"]),
}

LOGIN_PATHS = {"/login/", "/admin/login/"}
# Names in the admin namespace other than admin:index are the admin's business.
ADMIN_NAMESPACE = "admin"


def url_name(key: str) -> str:
    """The URL name of a table key ("publication:meeting#unpublished" -> its pattern)."""
    return key.split("#", 1)[0]


def path_for(key: str, objects: Objects) -> str:
    build = PATHS.get(key)
    return build(objects) if build else reverse(url_name(key))


def project_url_names() -> tuple[set[str], list[str]]:
    """Every URL name of the project, walking the resolver and its includes; and the
    patterns outside the admin that have no name (they could never be in the table)."""
    names: set[str] = set()
    unnamed: list[str] = []

    def walk(resolver: URLResolver, namespaces: list[str], prefix: str) -> None:
        for pattern in resolver.url_patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern, [*namespaces, *filter(None, [pattern.namespace])], route)
            elif isinstance(pattern, URLPattern):
                in_admin = namespaces[:1] == [ADMIN_NAMESPACE]
                if pattern.name is None:
                    if not in_admin:
                        unnamed.append(route)
                    continue
                name = ":".join([*namespaces, pattern.name])
                if in_admin and name != f"{ADMIN_NAMESPACE}:index":
                    continue  # the admin's own permission system (see the docstring)
                names.add(name)

    walk(get_resolver(), [], "/")
    return names, unnamed


def outcome(response) -> str:
    status = response.status_code
    if 300 <= status < 400:
        location = urlsplit(response["Location"]).path
        return "login" if location in LOGIN_PATHS else "ok"
    if 200 <= status < 300:
        return "ok"
    return str(status)


def test_every_url_pattern_has_an_entry_and_every_entry_a_pattern():
    names, unnamed = project_url_names()
    keys = {url_name(key) for key in EXPECTED}
    assert not unnamed, f"URL patterns without a name: {unnamed}"
    assert not names - keys, f"URL names missing from EXPECTED: {sorted(names - keys)}"
    assert not keys - names, f"EXPECTED names no URL pattern has: {sorted(keys - names)}"


def test_table_is_well_formed():
    allowed = {"ok", "login", "403", "404", "405"}
    for key, methods in EXPECTED.items():
        assert set(methods) == {"GET", "POST"}, key
        for method, row in methods.items():
            assert len(row) == len(ROLES), (key, method)
            assert set(row) <= allowed, (key, method, row)
    for key in PATHS:
        assert key in EXPECTED, f"PATHS entry without an EXPECTED entry: {key}"


@pytest.fixture(scope="module")
def matrix(django_db_setup, django_db_blocker, tmp_path_factory):
    """The objects and one logged-in client per role, built once for the whole table.

    They live in a transaction opened here and rolled back at the end of the module; every
    test runs inside it (pytest-django's own transaction becomes a savepoint), and every
    request inside its own savepoint, rolled back too.
    """
    media = tmp_path_factory.mktemp("media")
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media, PASSWORD_HASHERS=[MD5_HASHER]),
        transaction.atomic(),
    ):
        objects = build_objects(make_world(None))
        yield objects, clients(objects)
        transaction.set_rollback(True)


def request(client, method: str, path: str) -> str:
    """One request whose writes are rolled back, so that the next request sees the same data;
    the client's cookies are put back too (a logout must not log the next request out)."""
    cookies = copy.deepcopy(client.cookies)
    try:
        with transaction.atomic():
            response = client.get(path) if method == "GET" else client.post(path, {})
            transaction.set_rollback(True)
    except Exception as exc:  # a crash is a mismatch to report, not the end of the row
        return f"exception {type(exc).__name__}: {exc}"
    finally:
        client.cookies = cookies
    return outcome(response)


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_matrix(key, matrix, db):
    objects, by_role = matrix
    path = path_for(key, objects)
    mismatches = []
    for index, role in enumerate(ROLES):
        for method in ("GET", "POST"):
            expected = EXPECTED[key][method][index]
            got = request(by_role[role], method, path)
            if got != expected:
                mismatches.append(f"{method} {path} as {role}: expected {expected}, got {got}")
    assert not mismatches, "\n".join(mismatches)
