"""The 20 shipped rules (DOMAIN §4): each has a draft that triggers it and one that does not.

Every case starts from a complete draft that passes all rules and spoils or repairs one
point, and reads the rule from the database as the data migration shipped it.
"""

import pytest

from shingikai.checklist import evaluate
from shingikai.checklist.models import Rule
from shingikai.checklist.tests.drafts import COMPLETE

OUTSOURCING = ["業務の委託"]
PAPER = "児童手当の通知書を印刷し、封入する。"
CCTV = "駅前トイレへの防犯カメラ設置"

# code: (changes that trigger the rule, changes that do not)
CASES = {
    "R01": ({"disposal_method": "", "disposal_confirmation": ""}, {}),
    "R02": ({"datacenter_location": ""}, {"datacenter_location": "国内（大阪府）"}),
    "R03": ({"certifications": "プライバシーマーク"}, {"certifications": "ISO/IEC 27017"}),
    "R04": (
        {"media": "USBメモリで受け渡す"},
        {"media": "暗号化したUSBメモリを職員2人で運搬する"},
    ),
    "R05": ({"security_measures": "課内で共通のIDとパスワードを使用する"}, {}),
    "R06": ({"outline": "督促をショートメッセージで行う。"}, {}),
    "R07": (
        {"work_place": "受託者の事業所及び従業員の自宅（在宅勤務）", "telework": ""},
        {
            "work_place": "受託者の事業所及び従業員の自宅（在宅勤務）",
            "telework": "在宅勤務時は受託者のテレワーク規程に従い、専用端末のみを使う。",
        },
    ),
    "R08": ({"undeclared_terms": ["メールアドレス"]}, {"undeclared_terms": []}),
    "R09": ({"retention_reason": ""}, {}),
    "R10": (
        {"tasks": "保護者へ一斉メールをBCCで送信する"},
        {"tasks": "返信不可の配信リストで保護者へ一斉送信する"},
    ),
    "R11": (
        {"outline": PAPER, "disposal_method": "シュレッダーで裁断する"},
        {"outline": PAPER, "disposal_method": "溶解処理し、溶解証明書を提出させる"},
    ),
    "R12": (
        {"subcontracting": "再委託する場合がある。"},
        {"subcontracting": "再委託は事前に市の承認を得て、同等の安全管理措置を講じさせる。"},
    ),
    "R13": (
        {"contract_instruments": "事業者の利用規約による"},
        {"contract_instruments": "事業者の利用規約による。住民に対する責任は市が負う。"},
    ),
    "R14": ({"handling_cautions": "作業は事業所内で行う。実地検査を行う。"}, {}),
    "R15": (
        {"systems": "市が貸与するパソコンで作業する"},
        {"systems": "市が貸与するパソコンはUSBポートを技術的に無効化する"},
    ),
    "R16": ({"handling_cautions": "従事者の誓約書の写しを提出させる。"}, {}),
    "R17": (
        {"outline": "立会人型電子署名による電子契約サービスを導入する。"},
        {"outline": "立会人型電子署名による電子契約。裁判での真正な成立は証拠記録で示す。"},
    ),
    "R18": (
        {"outline": "匿名加工情報のデータセットを研究機関に提供する。"},
        {"outline": "匿名加工情報のデータセットを提供し、契約で再識別を禁止する。"},
    ),
    "R19": (
        {
            "systems": "福祉部の複数の課で共用するシステム",
            "security_measures": "IDは担当者ごとに付与する。",
        },
        {"systems": "福祉部の複数の課で共用するシステム"},
    ),
    "R20": (
        {"title": CCTV},
        {
            "title": CCTV,
            "handling_cautions": (
                "撮影中である旨を掲示する。警察からの捜査関係事項照会には要綱に従い対応する。"
            ),
        },
    ),
}


def _data(**changes) -> dict:
    return {"grounds": OUTSOURCING, "start_date": "", "undeclared_terms": [], **COMPLETE, **changes}


def _fires(code: str, **changes) -> bool:
    rule = Rule.objects.get(code=code).as_data()
    return [f.rule for f in evaluate.evaluate([rule], _data(**changes))] == [code]


def test_the_shipped_checklist_is_domains_twenty_points(db):
    codes = list(Rule.objects.filter(code__startswith="R").values_list("code", flat=True))
    assert codes == [f"R{i:02d}" for i in range(1, 21)]
    assert set(CASES) == set(codes)
    required = set(
        Rule.objects.filter(severity="required", code__startswith="R").values_list(
            "code", flat=True
        )
    )
    # The examples of blocking points, plus items versus attachments.
    assert required == {"R01", "R02", "R03", "R04", "R05", "R07", "R08", "R09", "R12"}
    for rule in Rule.objects.all():
        rule.full_clean()
        assert rule.message and rule.precedent and rule.title


@pytest.mark.parametrize("code", sorted(CASES))
def test_each_rule_triggers_on_its_gap_and_not_on_the_repaired_draft(db, code):
    triggering, passing = CASES[code]
    assert _fires(code, **triggering)
    assert not _fires(code, **passing)


def test_the_complete_draft_has_no_finding(db):
    rules = [rule.as_data() for rule in Rule.objects.all()]
    assert evaluate.evaluate(rules, _data()) == []


def test_an_outsourcing_rule_does_not_apply_to_other_grounds(db):
    """R01 is about outsourcing: an external connection alone does not need it."""
    rule = Rule.objects.get(code="R01").as_data()
    gap = {"disposal_method": "", "disposal_confirmation": ""}
    assert not evaluate.evaluate([rule], _data(grounds=["区の機関以外のものとの外部結合"], **gap))
    assert evaluate.evaluate([rule], _data(grounds=["個人情報取扱業務の委託"], **gap))
    # No ground chosen yet: every rule applies, the check rather says too much.
    assert evaluate.evaluate([rule], _data(grounds=[], **gap))


def test_the_message_names_the_undeclared_terms(db):
    rule = Rule.objects.get(code="R08").as_data()
    (finding,) = evaluate.evaluate([rule], _data(undeclared_terms=["氏名", "メールアドレス"]))
    assert "「氏名、メールアドレス」" in finding.message
    assert finding.as_json() == {"rule": "R08", "severity": "required", "message": finding.message}


def test_an_edited_rule_takes_effect_and_a_broken_condition_is_refused(db):
    from django.core.exceptions import ValidationError

    from shingikai.checklist.services import active_rules

    rule = Rule.objects.get(code="R09")
    rule.active = False
    rule.save()
    assert "R09" not in [r.code for r in active_rules()]
    rule.condition = {"empty": "no_such_field"}
    with pytest.raises(ValidationError) as error:
        rule.full_clean()
    assert "condition" in error.value.message_dict
