"""Parser tests: the three real samples, small documents in other layouts, bad input.

Expected results live in ``expected/<name>.json`` and were checked by reading each document:
meeting metadata, attendance and every item's kind/number/title/department/outcome/opinion.
For the long real samples utterances are checked by count and a few spot checks; for the
small documents every utterance, follow-up and warning is compared.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shingikai.minutes.parser import (
    FIELDS,
    MinutesError,
    accuracy,
    decode_bytes,
    parse_minutes,
    parse_minutes_bytes,
)

HERE = Path(__file__).parent
EXPECTED = HERE / "expected"
DOCS = HERE / "docs"
# The samples are copied into the repository so the tests never skip on a clean clone.
SAMPLES_DIR = HERE.parents[3] / "tests" / "samples" / "minutes"
SAMPLES = ["adachi_2022-12-27", "higashimurayama_2015-01-21", "higashimurayama_2022-02-02"]
ITEM_FIELDS = ("kind", "number", "title", "department", "outcome", "opinion")


def _expected(name: str) -> dict:
    return json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))


def _sample_bytes(name: str) -> bytes:
    return (SAMPLES_DIR / f"{name}.txt").read_bytes()


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_matches_expected(name: str) -> None:
    exp = _expected(name)
    got = parse_minutes(_sample_bytes(name).decode("utf-8"), source=f"{name}.txt")
    for key in (
        "source",
        "municipality",
        "council",
        "meeting",
        "members_present",
        "members_absent",
    ):
        assert got[key] == exp[key], key
    assert len(got["items"]) == len(exp["items"])
    for i, (g, e) in enumerate(zip(got["items"], exp["items"], strict=True)):
        assert {f: g[f] for f in ITEM_FIELDS} == {f: e[f] for f in ITEM_FIELDS}, i
        assert len(g["utterances"]) == e["utterance_count"], i
        for check in e["utterance_checks"]:
            u = g["utterances"][check["index"]]
            assert (u["role"], u["speaker"], u["act"]) == (
                check["role"],
                check["speaker"],
                check["act"],
            ), (i, check["index"])
            assert u["text"].startswith(check["text_startswith"]), (i, check["index"])
    assert all(v == (1.0, 1.0) for v in accuracy(exp, got).values())


def test_cp932_copy_parses_identically() -> None:
    # The sample has a few characters CP932 lacks (e.g. an em dash); both copies get the same
    # substitutes so the comparison is about decoding, not about those characters.
    text = _sample_bytes("adachi_2022-12-27").decode("utf-8")
    sjis = text.encode("cp932", errors="replace")
    utf8 = sjis.decode("cp932").encode("utf-8")
    assert decode_bytes(sjis) == utf8.decode("utf-8")
    assert parse_minutes_bytes(sjis, source="x") == parse_minutes_bytes(utf8, source="x")
    assert parse_minutes_bytes(sjis)["items"][7]["opinion"].startswith("導入予定の電子署名")


def test_utf8_bom_is_stripped() -> None:
    data = _sample_bytes("higashimurayama_2022-02-02")
    assert parse_minutes_bytes(b"\xef\xbb\xbf" + data) == parse_minutes_bytes(data)


@pytest.mark.parametrize("path", sorted(DOCS.iterdir()), ids=lambda p: p.name)
def test_small_documents(path: Path) -> None:
    exp = _expected(path.stem)
    got = parse_minutes_bytes(path.read_bytes(), source=path.name)
    assert set(got.pop("confidence")) >= {"meeting.date", "items"}
    got.pop("flags"), got.pop("unplaced")
    assert got == exp


def test_small_document_shift_jis_html() -> None:
    html = (DOCS / "table_header.html").read_text(encoding="utf-8")
    got = parse_minutes_bytes(html.encode("cp932"), source="table_header.html")
    for key in ("confidence", "flags", "unplaced"):
        got.pop(key)
    assert got == _expected("table_header")


def test_unknown_layout_keeps_text_and_warns() -> None:
    got = parse_minutes_bytes((DOCS / "unknown_layout.txt").read_bytes())
    assert got["meeting"]["date"] == "2023-02-08"
    assert len(got["items"]) == 1 and got["items"][0]["kind"] == "other"
    assert "防災アプリ" in got["items"][0]["utterances"][0]["text"]
    assert any("no agenda items" in w for w in got["warnings"])


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \r\n\t \n", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)) * 4, "JPEG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (bytes(range(256)) * 8, "binary"),
        (bytes((i * 37 + 11) % 256 for i in range(4000)), "binary"),
    ],
)
def test_bad_input_raises(data: bytes, message: str) -> None:
    with pytest.raises(MinutesError, match=message):
        parse_minutes_bytes(data)


def test_undecodable_text_raises() -> None:
    junk = bytes([0x81, 0x7F, 0xFD, 0xA0, 0xEF, 0xFF, 0x85, 0x40]) * 300
    with pytest.raises(MinutesError):
        decode_bytes(junk)


def test_empty_text_raises() -> None:
    with pytest.raises(MinutesError, match="empty"):
        parse_minutes("   \n  ")
    with pytest.raises(MinutesError, match="expected text"):
        parse_minutes(b"bytes")  # type: ignore[arg-type]


def test_normalisation_rules() -> None:
    text = (
        "会 議 名\t第1回テスト市個人情報保護審議会\n"
        "開催日時\t令和５年４月３日（月）　午後２時００分～午後３時\n"
        "出席者\t竹前 榮二委員（会長）・川合 敏樹 委員\n"
        "会 議 経 過\n"
        "○ 諮問第７号「端末の更新」（情報政策課）について、諮問どおり了承とする。\n"
        "○竹前会長 説明をお願いします。\n"
        "- 1 -\n"
        "○山田情報政策課長 端末を更新する\n\nものです。\n"
    )
    got = parse_minutes(text)
    assert got["meeting"]["date"] == "2023-04-03"
    assert (got["meeting"]["start_time"], got["meeting"]["end_time"]) == ("14:00", "15:00")
    assert got["members_present"] == ["竹前榮二", "川合敏樹"]
    item = got["items"][0]
    assert (item["number"], item["title"], item["department"], item["outcome"]) == (
        "諮問第7号",
        "端末の更新",
        "情報政策課",
        "approved",
    )
    assert item["utterances"][1]["text"] == "端末を更新するものです。"
    assert item["utterances"][1]["role"] == "department"


def test_accuracy_counts_partial_matches() -> None:
    exp = _expected("lenticular_blocks")
    got = json.loads(json.dumps(exp))
    got["meeting"]["place"] = "別の場所"
    got["members_present"] = got["members_present"][:2] + ["誰か"]
    got["items"][1]["outcome"] = "unknown"
    acc = accuracy(exp, got)
    assert set(acc) == set(FIELDS)
    assert acc["meeting.place"] == (0.0, 0.0)
    assert acc["members_present"] == pytest.approx((2 / 3, 2 / 3))
    assert acc["items.outcome"] == (1.0, 0.5)
    assert acc["items.title"] == (1.0, 1.0)


# Parse throughput (>= 1 MB/s) is measured by bench/import.py, not asserted here: a timing
# check in the unit suite fails on a busy machine and says nothing about the code.


_ALPHABET = (
    "○〇【】[]()（）「」、。 \t\n-→●・委員会長課第号諮問0123456789あいう<>p/:：~午後時分令和年月日"
)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_ALPHABET, min_size=1, max_size=400))
def test_any_text_parses_or_raises_minutes_error(text: str) -> None:
    try:
        result = parse_minutes(text)
    except MinutesError:
        return
    assert result["items"], "every parse yields at least one item"


# A result table drawn with box characters, as word processors export plain text. The lines
# and wide padding make charset-normalizer call valid CP932 "chaotic" and give up on it.
_BOX_TABLE_MINUTES = "\n".join(
    [
        "第４回　青葉台町個人情報保護審議会　会議結果",
        "１　日時　　　令和６年７月８日（月）　１４時００分から１５時２０分まで",
        "２　場所　　　青葉台町役場　第一会議室",
        "３　審議結果",
        "",
        "┌────┬──────────────────────────┬──────┬──────────┐",
        "│区分　　│件名　　　　　　　　　　　　　　　　　　　　　　　　│担当課　　　│結果　　　　　　　　│",  # noqa: E501 (a table row as printed)
        "├────┼──────────────────────────┼──────┼──────────┤",
        "│諮問１　│図書館利用者情報の外部保存について　　　　　　　　　│生涯学習課　│原案のとおり承認　　│",  # noqa: E501 (a table row as printed)
        "│諮問２　│健診結果の委託先への提供について　　　　　　　　　　│健康推進課　│継続審議　　　　　　│",  # noqa: E501 (a table row as printed)
        "│報告１　│保有個人情報の漏えい事案について　　　　　　　　　　│総務課　　　│了承　　　　　　　　│",  # noqa: E501 (a table row as printed)
        "└────┴──────────────────────────┴──────┴──────────┘",
        "",
    ]
)


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
def test_cp932_with_a_box_drawn_table_is_decoded(line_end: str) -> None:
    data = _BOX_TABLE_MINUTES.replace("\n", line_end).encode("cp932")
    assert decode_bytes(data) == _BOX_TABLE_MINUTES.replace("\n", line_end)


def test_euc_jp_with_a_box_drawn_table_is_decoded() -> None:
    data = _BOX_TABLE_MINUTES.encode("euc_jp")
    assert decode_bytes(data) == _BOX_TABLE_MINUTES


def test_strict_fallback_refuses_mojibake() -> None:
    from shingikai.minutes.parser._decode import _strict_japanese

    # Strictly decodable both ways, Japanese prose neither way: half-width katakana as CP932,
    # one repeated kanji as EUC-JP.
    with pytest.raises(MinutesError, match="could not decode"):
        _strict_japanese(bytes([0xB1]) * 2000)
    assert _strict_japanese("審議会の会議録です。".encode("euc_jp")) == "審議会の会議録です。"
