"""The condition language: each operator, normalisation, and validation errors."""

import pytest

from shingikai.checklist.conditions import ConditionError, holds, validate

FIELDS = ("media", "security_measures", "personal_items", "outline")


def check(condition, **data) -> bool:
    validate(condition, FIELDS)
    return holds(condition, data, FIELDS)


def test_empty_and_filled_read_blank_text_as_empty():
    assert check({"empty": "media"}, media="  ")
    assert not check({"empty": "media"}, media="USB")
    assert check({"filled": ["media", "outline"]}, media="", outline="概要")
    assert not check({"filled": "personal_items"}, personal_items=[])


def test_contains_and_lacks_ignore_width_and_case():
    """ＵＳＢ (full width) and usb are the word USB."""
    assert check({"contains": "media", "words": ["USB"]}, media="ＵＳＢメモリ")
    assert check({"contains": "media", "words": ["USB"]}, media="usbメモリ")
    assert check({"lacks": "media", "words": ["暗号"]}, media="USBメモリ")
    assert not check({"lacks": "media", "words": ["暗号"]}, media="暗号化したUSBメモリ")
    assert check({"lacks": "media", "words": ["暗号"]}, media="")


def test_lists_are_read_as_text():
    assert check(
        {"contains": "personal_items", "words": ["メール"]},
        personal_items=["氏名", "メールアドレス"],
    )


def test_matches_uses_a_regular_expression_across_fields():
    condition = {"matches": ["security_measures", "outline"], "pattern": "共通[^。]{0,5}ID"}
    assert check(condition, security_measures="課内で共通のIDを使う")
    assert not check(condition, security_measures="IDは個人ごと。共通")


def test_star_reads_every_text_field():
    assert check({"contains": "*", "words": ["BCC"]}, outline="BCCで送信")


def test_all_any_not_combine():
    condition = {
        "all": [
            {"contains": "media", "words": ["USB"]},
            {"not": {"any": [{"contains": "media", "words": ["暗号"]}, {"filled": "outline"}]}},
        ]
    }
    assert check(condition, media="USB", outline="")
    assert not check(condition, media="USB", outline="x")
    assert not check(condition, media="暗号化USB", outline="")


@pytest.mark.parametrize(
    "condition, message",
    [
        ({}, "non-empty JSON object"),
        ([], "non-empty JSON object"),
        ({"empty": "nowhere"}, "unknown fields ['nowhere']"),
        ({"contains": "media"}, "words"),
        ({"contains": "media", "words": []}, "words"),
        ({"lacks": "media", "words": [""]}, "non-empty text"),
        ({"matches": "media", "pattern": "("}, "not a regular expression"),
        ({"all": []}, "non-empty list"),
        ({"empty": "media", "filled": "media"}, "exactly one"),
        ({"empty": "media", "words": ["x"]}, "unexpected keys"),
        ({"not": {"filled": 3}}, "$.not.filled"),
    ],
)
def test_invalid_conditions_are_refused_with_the_place(condition, message):
    with pytest.raises(ConditionError, match=None) as error:
        validate(condition, FIELDS)
    assert message in str(error.value)
