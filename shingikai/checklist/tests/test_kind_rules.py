"""Rules of the other kinds of consultation, scoped by section set, and rules that read
denial and paraphrase rather than bare words."""

from __future__ import annotations

import pytest

from shingikai.checklist import evaluate
from shingikai.checklist.models import Rule
from shingikai.checklist.tests.drafts import COMPLETE
from shingikai.consultations import schema

PURPOSE = {
    "title": "新成人に向けた消費者トラブルに関する周知啓発",
    "outline": "18歳になる区民に啓発資料を送付する。",
    "holding_department": "戸籍住民課",
    "original_purpose": "住民基本台帳の事務",
    "new_purpose": "啓発資料の宛名としての利用",
    "legal_exception": "相当の理由（区の事務の遂行に必要な限度）",
    "notification": "区報2月10日号で周知する。",
    "recipient_measures": "",
    "personal_items": ["氏名", "住所"],
    "retention_period": "送付後1か月",
    "retention_reason": "返戻への対応のため",
    "disposal_method": "宛名データは送付後に消去する。",
}
CAMERA = {
    "title": "駅前公衆トイレへの防犯カメラの設置",
    "camera_place": "駅前公衆トイレ出入口",
    "camera_count": "2台",
    "camera_view": "出入口の通路。個室内は撮影しない。",
    "camera_retention": "7日間（その後上書き）",
    "camera_signage": "入口に設置を示すステッカーを掲示する。",
    "camera_police": "捜査関係事項照会書による照会に限り、課長の決裁を経て提供し、記録する。",
}
ASSESSMENT = {
    "title": "予防接種に関する事務の全項目評価書の第三者点検",
    "assessment": "予防接種に関する事務（基礎項目評価及び全項目評価）",
    "assessment_level": "basic+full",
    "comment_days": "30",
    "comment_period": "令和6年5月1日から5月30日まで",
    "assessment_changes": "ワクチン接種記録システムとの連携を追加した。",
}
# code: (section set, complete data, changes that trigger it)
CASES = {
    "P01": ("purpose", PURPOSE, {"legal_exception": ""}),
    "P02": ("purpose", PURPOSE, {"original_purpose": ""}),
    "P03": ("purpose", PURPOSE, {"new_purpose": "研究機関への外部提供"}),
    "P04": ("purpose", PURPOSE, {"notification": ""}),
    "C01": ("camera", CAMERA, {"camera_retention": ""}),
    "C02": ("camera", CAMERA, {"camera_signage": "特になし"}),
    "C03": ("camera", CAMERA, {"camera_police": ""}),
    "C04": ("camera", CAMERA, {"camera_view": ""}),
    "A01": ("assessment", ASSESSMENT, {"assessment": ""}),
    "A02": ("assessment", ASSESSMENT, {"comment_days": "21"}),
    "A03": ("assessment", ASSESSMENT, {"assessment_changes": ""}),
}


def _scope(code: str) -> evaluate.Scope:
    fields = schema.shown_fields(schema.combine([schema.shipped_parts(code)]))
    return evaluate.Scope(frozenset({code}), fields)


def _data(base: dict, **changes) -> dict:
    data = {name: "" for name in schema.TEXT_FIELDS}
    data.update(grounds=[], start_date="", undeclared_terms=[], personal_items=[])
    data.update(assessment="", assessment_level="", comment_days="")
    return {**data, **base, **changes}


def _codes(section_set: str, data: dict) -> list[str]:
    rules = [rule.as_data() for rule in Rule.objects.filter(active=True)]
    return [f.rule for f in evaluate.evaluate(rules, data, _scope(section_set))]


@pytest.mark.parametrize("section_set", ["purpose", "camera", "assessment"])
def test_a_complete_draft_of_each_kind_has_no_finding(db, section_set):
    base = {"purpose": PURPOSE, "camera": CAMERA, "assessment": ASSESSMENT}[section_set]
    assert _codes(section_set, _data(base)) == []


@pytest.mark.parametrize("code", sorted(CASES))
def test_each_kind_rule_fires_on_its_gap_and_carries_its_precedent(db, code):
    section_set, base, gap = CASES[code]
    assert code in _codes(section_set, _data(base, **gap))
    rule = Rule.objects.get(code=code)
    rule.full_clean()
    assert rule.section_sets == [section_set] and rule.precedent and rule.message


def test_outsourcing_findings_do_not_reach_a_purpose_consultation(db):
    """A 目的外利用 has no contractor or erasure certificate section: nothing about them."""
    stale = {"contractor": "株式会社X", "disposal_method": "", "media": "USBメモリで運ぶ"}
    codes = _codes("purpose", _data(PURPOSE, **stale))
    assert codes == []
    # The same gaps on an outsourcing draft do raise them.
    outsourcing = _codes(
        "outsourcing", _data(COMPLETE, disposal_method="", media="USBメモリで運ぶ")
    )
    assert {"R01", "R04"} <= set(outsourcing)


def test_purpose_rules_stay_out_of_an_outsourcing_consultation(db):
    assert not {"P01", "P02", "P04", "C01", "A01"} & set(_codes("outsourcing", _data(COMPLETE)))


def test_denied_media_raise_no_media_finding(db):
    """「記録媒体は使用しない」 says no media travel: R04 stays quiet."""
    for media in ("記録媒体は使用しない。", "USBメモリの使用は禁止し、LGWANで送る。"):
        assert "R04" not in _codes("outsourcing", _data(COMPLETE, media=media))
    assert "R04" in _codes("outsourcing", _data(COMPLETE, media="USBメモリで受け渡す"))
    # "So as not to lose it" is not a denial of using it.
    lost = "USBメモリを紛失しないよう施錠保管する。"
    assert "R04" in _codes("outsourcing", _data(COMPLETE, media=lost))


def test_a_deletion_completion_report_confirms_erasure(db):
    draft = _data(
        COMPLETE,
        disposal_method="契約終了時にデータを削除し、削除完了報告書を提出させる。",
        disposal_confirmation="",
    )
    assert "R01" not in _codes("outsourcing", draft)
    draft["disposal_method"] = "契約終了時にデータを削除する。"
    assert "R01" in _codes("outsourcing", draft)


def test_a_certification_named_in_the_security_section_counts(db):
    security = COMPLETE["security_measures"] + "受託者はISO/IEC 27001（ISMS）認証を取得している。"
    no_cloud = {"systems": "庁内サーバ", "datacenter_location": "本庁舎"}
    draft = _data(COMPLETE, certifications="", security_measures=security, **no_cloud)
    assert "R03" not in _codes("outsourcing", draft)
    draft["security_measures"] = COMPLETE["security_measures"]
    assert "R03" in _codes("outsourcing", draft)
