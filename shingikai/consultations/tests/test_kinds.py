"""Kinds of consultation: one schema of sections, section sets per ground as data."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from shingikai.checklist.services import findings_for
from shingikai.consultations import schema, sections
from shingikai.consultations.models import Consultation
from shingikai.councils.models import Ground, SectionSet
from shingikai.councils.seed import ground_set_code, seed_section_sets
from shingikai.documents.context import consultation_context

PURPOSE = {
    "holding_department": "戸籍住民課",
    "original_purpose": "住民基本台帳の事務",
    "new_purpose": "啓発資料の宛名としての利用",
    "legal_exception": "相当の理由",
    "notification": "区報で周知する。",
}


def test_every_schema_field_is_a_column_of_its_kind():
    for field in schema.FIELDS.values():
        column = Consultation._meta.get_field(field.name)
        kind = {schema.DATE: "DateField", schema.ITEMS: "JSONField", schema.LINE: "CharField"}
        assert column.get_internal_type() == kind.get(field.kind, "TextField"), field.name
        if field.kind == schema.LINE:
            assert column.max_length == field.max_length


def test_every_shipped_set_reads_and_the_outsourcing_set_is_todays_document():
    for entry in schema.shipped_sets():
        assert schema.parse_parts(entry["sections"])
    outsourcing = schema.combine([schema.shipped_parts("outsourcing")])
    assert [s.key for s in outsourcing] == [
        "outline",
        "contractor",
        "personal",
        "handling",
        "systems",
        "instruments",
    ]
    codes = {entry["code"] for entry in schema.shipped_sets()}
    assert codes == {
        "outsourcing",
        "purpose",
        "linkage",
        "recording",
        "collection",
        "assessment",
        "camera",
        "regulation",
        "especially_necessary",
    }


def test_a_bad_section_set_is_refused_with_the_reason():
    with pytest.raises(schema.SchemaError, match="unknown section"):
        schema.parse_parts(["outline", "no_such_section"])
    with pytest.raises(schema.SchemaError, match="fields"):
        schema.parse_parts([{"section": "outline", "fields": ["contractor"]}])
    row = SectionSet(code="x", name="x", sections=["nope"])
    with pytest.raises(ValidationError) as error:
        row.clean()
    assert "sections" in error.value.message_dict


def test_two_grounds_show_each_section_once_with_the_fields_either_asks_for():
    combined = schema.combine([schema.shipped_parts("purpose"), schema.shipped_parts("linkage")])
    keys = [s.key for s in combined]
    assert keys == ["outline", "purpose", "linkage", "personal", "handling", "systems"]
    handling = next(s for s in combined if s.key == "handling")
    assert [f.name for f in handling.fields] == [
        "retention_period",
        "retention_reason",
        "disposal_method",
    ]


def test_the_seed_is_idempotent_keeps_edits_and_gives_grounds_their_set(world):
    purpose = Ground.objects.create(council=world.council, name="目的外利用・外部提供")
    camera = Ground.objects.create(council=world.council, name="防犯カメラの設置")
    seed_section_sets()
    SectionSet.objects.filter(code="camera").update(name="カメラ（編集済み）")
    seed_section_sets()
    assert SectionSet.objects.count() == len(schema.shipped_sets())
    assert SectionSet.objects.get(code="camera").name == "カメラ（編集済み）"
    purpose.refresh_from_db()
    camera.refresh_from_db()
    world.ground.refresh_from_db()
    assert purpose.section_set.code == "purpose"
    assert camera.section_set.code == "camera"
    assert world.ground.section_set.code == "outsourcing"
    assert ground_set_code("区の機関以外のものとの外部結合") == "linkage"
    assert ground_set_code("特定個人情報保護評価 第三者点検") == "assessment"
    assert ground_set_code("電子計算組織への記録") == "recording"


@pytest.fixture
def purpose_consultation(world):
    seed_section_sets()
    ground = Ground.objects.create(
        council=world.council,
        name="目的外利用・外部提供",
        section_set=SectionSet.objects.get(code="purpose"),
    )
    consultation = world.consultation(
        title="新成人への啓発資料の送付",
        contractor="古い値の受託者",  # kept in the column, not on this 諮問書
        disposal_method="",
        **PURPOSE,
    )
    consultation.grounds.set([ground])
    return consultation


def test_a_purpose_consultation_shows_only_its_sections(client, world, purpose_consultation):
    client.force_login(world.bob)
    page = client.get(purpose_consultation.get_absolute_url()).content.decode()
    assert "2. 目的外利用・外部提供" in page
    assert "戸籍住民課" in page
    assert "受託者" not in page and "古い値の受託者" not in page
    context = consultation_context(purpose_consultation, public=False)
    headings = [s["heading"] for s in context["sections"]]
    assert headings == [
        "1. 諮問理由・事業の概要",
        "2. 目的外利用・外部提供",
        "3. 取り扱う個人情報",
        "4. 取扱い上の注意事項",
    ]


def test_the_form_hides_the_sections_other_grounds_need(client, world, purpose_consultation):
    client.force_login(world.bob)
    page = client.get(f"/consultations/{purpose_consultation.pk}/edit/").content.decode()
    assert 'data-section="purpose">' in page
    assert 'data-section="contractor" hidden' in page
    # Every ground's checkbox names the fields its set shows, for the page's script.
    assert 'data-fields="' in page and "legal_exception" in page


def test_the_checklist_of_a_purpose_consultation_has_no_outsourcing_finding(
    world, purpose_consultation
):
    codes = {f.rule for f in findings_for(purpose_consultation)}
    assert not {"R01", "R03", "R12", "R14", "R16"} & codes
    purpose_consultation.legal_exception = ""
    purpose_consultation.save()
    assert "P01" in {f.rule for f in findings_for(purpose_consultation)}


def test_no_ground_means_the_outsourcing_document(world):
    layout = sections.layout_for_grounds([])
    assert layout.codes == ("outsourcing",)
    assert "contractor" in layout.fields and "legal_exception" not in layout.fields


@pytest.mark.django_db(transaction=True)
def test_existing_consultations_keep_their_content_across_the_migration(world):
    """Migrating back before the kinds and forward again keeps every section's text."""
    consultation = world.consultation(
        outline="督促をショートメッセージで行う。",
        contractor="株式会社メッセージ",
        personal_items=["氏名", "電話番号"],
        disposal_method="データ消去証明書を提出させる。",
        certifications="プライバシーマーク",
    )
    executor = MigrationExecutor(connection)
    executor.migrate([("consultations", "0002_initial"), ("councils", "0001_initial")])
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    kept = Consultation.objects.get(pk=consultation.pk)
    assert kept.outline == "督促をショートメッセージで行う。"
    assert kept.contractor == "株式会社メッセージ"
    assert kept.personal_items == ["氏名", "電話番号"]
    assert kept.disposal_method == "データ消去証明書を提出させる。"
    assert kept.certifications == "プライバシーマーク"
    assert kept.legal_exception == "" and kept.camera_place == ""
