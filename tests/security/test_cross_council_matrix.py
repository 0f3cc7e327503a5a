"""The role × URL matrix, extended across councils: the secretariat of a second council of
the same city (zoe) must not reach anything of the first council.

Every key of test_url_matrix.EXPECTED has an answer here, so a new URL cannot be added without
saying what another council's secretariat gets. The rule, from the access modules:

- what belongs to a council (its consultations, meetings, documents, deliberation, the
  redaction and publication pages, previews of unpublished public pages) is refused: 403 for
  the staff pages, 404 for the public pages of an unpublished meeting (the public ones of a
  published meeting are public)
- the registers (file register, CCTV, impact assessments) belong to the municipality, which
  both councils serve: zoe answers there like the first council's secretariat
- pages that list "what you may see" (lists, search, dashboards, forms to create something in
  one's own council, the audit log) answer zoe too, with her own council's rows — what they
  show is checked in test_access_findings
"""

from __future__ import annotations

import pytest
from django.db import transaction
from django.test import Client, override_settings

from shingikai.accounts.models import User
from shingikai.councils.models import Council
from tests.security import conftest
from tests.security.conftest import MD5_HASHER, build_objects
from tests.security.test_url_matrix import EXPECTED, path_for, request

make_world = conftest.world.__wrapped__
SECRETARIAT_COLUMN = conftest.ROLES.index("secretariat")

# The first council's own objects: refused to another council's secretariat.
COUNCIL_SCOPED_403 = {
    "consultations:detail",
    "consultations:detail#decided",
    "consultations:detail#draft",
    "consultations:edit",
    "consultations:submit",
    "consultations:return",
    "consultations:withdraw",
    "consultations:decline",
    "consultations:internal_review",
    "consultations:attachment_upload",
    "consultations:attachment_download",
    "consultations:deliberation",
    "registers:from_consultation",
    "members:statement",
    "members:appointment_letter",
    "members:notice",
    "meetings:detail",
    "meetings:edit",
    "meetings:attendance_toggle",
    "meetings:staff_add",
    "meetings:agenda_add",
    "meetings:agenda_add_item",
    "meetings:followup_close",
    "search:similar",
    "checklist:preview",
    "checklist:export",
    "documents:meeting",
    "documents:agenda_pdf",
    "documents:packet_pdf",
    "documents:minutes_edit",
    "documents:minutes_pdf",
    "documents:minutes_docx",
    "documents:answer_pdf",
    "documents:answer_docx",
    "publication:manage",
    "publication:mark",
    "publication:unmark",
    "publication:publish",
    "publication:withdraw",
    "consultations:report",
    "consultations:report_create",
    "consultations:report_material",
    "documents:minutes_confirm",
    "documents:minutes_send",
    "documents:minutes_sign",
    "documents:minutes_signer",
    "meetings:agenda_confirmation",
    "meetings:attendance_all",
    "meetings:attendance_details",
    "meetings:decision_correct",
    "meetings:followup_correct",
    "meetings:item_closed",
    "meetings:item_correct",
    "meetings:material_add",
    "meetings:material_download",
    "meetings:observers",
    "meetings:question_answer",
    "meetings:question_record",
    "meetings:questions_compile",
    "meetings:record",
    "meetings:report_download",
    "meetings:report_to_agenda",
    "meetings:turn_correct",
}
# The first council's follow-up, looked up among those the user may act on: not found for zoe.
COUNCIL_SCOPED_404 = {"meetings:report_file"}
# Public pages of the first council's unpublished meeting: only its own secretariat previews.
UNPUBLISHED_404 = {key for key in EXPECTED if key.startswith("publication:") and "#unpub" in key}


def expected_for_zoe(key: str, method: str) -> str:
    alice = EXPECTED[key][method][SECRETARIAT_COLUMN]
    if alice == "405":  # GET to a POST-only view answers 405 to everybody logged in
        return "405"
    if key in COUNCIL_SCOPED_403:
        return "403"
    if key in UNPUBLISHED_404 or key in COUNCIL_SCOPED_404:
        return "404"
    return alice


def test_every_entry_of_the_matrix_is_covered():
    assert COUNCIL_SCOPED_403 <= set(EXPECTED) and COUNCIL_SCOPED_404 <= set(EXPECTED)
    assert UNPUBLISHED_404, "the matrix lost its unpublished public pages"


@pytest.fixture(scope="module")
def zoe_matrix(django_db_setup, django_db_blocker, tmp_path_factory):
    media = tmp_path_factory.mktemp("media")
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media, PASSWORD_HASHERS=[MD5_HASHER]),
        transaction.atomic(),
    ):
        objects = build_objects(make_world(None))
        other = Council.objects.create(
            municipality=objects.world.city,
            name="テスト市情報公開・個人情報保護審査会",
            quorum_rule=Council.QuorumRule.MAJORITY,
        )
        zoe = User.objects.create_user(
            username="zoe", password="correct horse 9", role=User.Role.SECRETARIAT, council=other
        )
        client = Client()
        client.force_login(zoe)
        yield objects, client
        transaction.set_rollback(True)


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_other_councils_secretariat(key, zoe_matrix, db):
    objects, client = zoe_matrix
    path = path_for(key, objects)
    mismatches = []
    for method in ("GET", "POST"):
        expected = expected_for_zoe(key, method)
        got = request(client, method, path)
        if got != expected:
            mismatches.append(f"{method} {path} as zoe: expected {expected}, got {got}")
    assert not mismatches, "\n".join(mismatches)
