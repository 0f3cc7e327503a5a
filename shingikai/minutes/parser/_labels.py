"""Header vocabulary: which label means which field, and which lines open the proceedings.

Labels are compared after removing spaces and list marks, so ``会 議 名``, ``◇会議名``,
``1　会議名`` and ``【会議名】`` are all the label ``会議名``.
"""

from __future__ import annotations

import re

from ._normalize import compact, strip_tags

_LABELS: dict[str, tuple[str, ...]] = {
    "title": (
        "会議名",
        "会議の名称",
        "名称",
        "会議名称",
        "審議会名",
        "件名",
        "会議の名前",
        "会議体名",
        "附属機関の名称",
        "審議会等の名称",
    ),
    "datetime": ("開催日時", "日時", "開催日", "開催年月日", "年月日", "日付", "開催期日", "期日"),
    "time": ("開催時間", "時間", "時刻", "開会時刻", "開会時間", "開始時刻", "開始時間"),
    # A separate closing-time row: 開会時刻 … / 閉会時刻 ….
    "time_end": ("閉会時刻", "閉会時間", "終了時刻", "終了時間"),
    "place": ("開催場所", "場所", "会場", "開催会場", "開催地"),
    "attendance": (
        "出席者",
        "出席委員",
        "出席者及び欠席者",
        "出席者・欠席者",
        "出席",
        "委員出席者",
        "出席状況",
        "出欠",
        "出席者等",
        "出席者名",
    ),
    "absent": ("欠席者", "欠席委員", "欠席"),
    "secretariat": ("事務局", "事務局出席者", "事務局職員", "所管", "所管課", "庶務担当"),
    "staff": (
        "説明員",
        "説明者",
        "関係課",
        "出席職員",
        "関係職員",
        "執行機関",
        "説明のため出席した者",
        "説明のため出席した職員",
        "市側出席者",
        "市出席者",
        "町出席者",
        "村出席者",
        "区出席者",
        "市側出席職員",
        # the side the officials sit for, alone or with 出席者: 村側, 区側出席者
        "市側",
        "町側",
        "村側",
        "区側",
        "町側出席者",
        "村側出席者",
        "区側出席者",
        "市職員",
        "町職員",
        "村職員",
        "区職員",
        "出席した職員",
        "実施機関",
        "実施機関出席者",
        "実施機関職員",
        "説明職員",
        "出席説明員",
    ),
    "public": (
        "傍聴の可否",
        "傍聴",
        "傍聴者",
        "傍聴人",
        "傍聴者数",
        "公開・非公開",
        "公開非公開",
        "公開区分",
        "会議の公開区分",
        "会議の公開",
        "公開の可否",
        "公開",
        "会議の公開・非公開",
        "公開又は非公開",
        "公開・非公開の別",
        "会議の公開・非公開の別",
        "傍聴者の数",
        "傍聴人数",
        "傍聴の有無",
        "公開・非公開の状況",
    ),
    "agenda": (
        "会議次第",
        "次第",
        "議題",
        "議事",
        "案件",
        "審議事項",
        "会議事項",
        "内容",
        "議事日程",
        "会議の議題",
        "議題等",
        "付議事項",
        "付議案件",
        "報告事項",
        "諮問事項",
        "協議事項",
        "確認事項",
        "審議案件",
        "諮問案件",
        "報告案件",
        "日程",
    ),
    # Result-only reports (会議結果報告書) list verdicts and attached opinions as rows.
    "results": (
        "審議結果",
        "会議結果",
        "審査結果",
        "審議の結果",
        "答申結果",
        "結果",
        "議題及び結果",
        "議題及び審議結果",
        "議題と結果",
        "案件及び結果",
        "案件及び審議結果",
        "議事及び結果",
    ),
    "opinions": (
        *("附帯意見", "付帯意見", "附帯条件", "付帯条件", "付した条件", "附した条件"),
        # one row for both: 「附帯意見・条件」, 「附帯意見等」
        *("附帯意見・条件", "付帯意見・条件", "附帯意見及び条件", "附帯意見等", "条件・附帯意見"),
    ),
    "materials": ("資料", "配付資料", "配布資料", "会議資料"),
    "contact": ("問い合わせ先", "問合せ先", "問合わせ先", "お問い合わせ", "連絡先"),
    "ignore": (
        "傍聴不可の場合その理由",
        "傍聴不可の場合はその理由",
        "非公開の理由",
        "欠席理由",
        "欠席の理由",
        "理由",
        "備考",
        "記録",
        "署名",
        "会議録署名",
        "作成",
        "会議の概要",
    ),
}
# Officials listed by the side they sit for, whatever the municipality is called: 区側出席者,
# 町側出席職員, 村出席者.
_SIDES = ("市", "区", "町", "村", "県", "都", "府", "道", "組合")
_LABELS["staff"] += tuple(
    f"{side}{mid}{tail}" for side in _SIDES for mid in ("側", "") for tail in ("出席者", "出席職員")
)
LABEL_FIELD = {label: fld for fld, labels in _LABELS.items() for label in labels}
# Agenda labels that also name the kind of the items under them (報告事項 -> report).
SECTION_LABELS = frozenset(
    {"審議事項", "報告事項", "諮問事項", "協議事項", "確認事項", "審議案件", "諮問案件", "報告案件"}
)
_BODY_MARKERS = frozenset(
    {
        "会議経過",
        "審議経過",
        "議事経過",
        "会議の経過",
        "審議の経過",
        "議事の経過",
        "審議内容",
        "議事内容",
        "会議内容",
        "発言内容",
        "議事録",
        "会議録",
        "審議の概要",
        "議事の概要",
        "会議の概要",
        "会議概要",
        "審議の内容",
        "議事の内容",
        "会議の内容",
        "発言要旨",
        "議事要旨",
        "会議要旨",
        "審議要旨",
        "審議状況",
        "経過",
        "会議の概要(審議経過)",
        "審議概要",
        "審議経過概要",
        "会議の記録",
    }
)
# List marks in front of a label (not ○, which opens speaker turns).
LABEL_MARKS = "●■◆◇□▼▽◎★☆・*＊"
LABEL_TRIM = re.compile(rf"^[\s{LABEL_MARKS}【\[<(]*(?:\d{{1,2}}[.、\s]\s*)?|[\s】\]>):]*$")
_MARKER_LEAD = re.compile(
    rf"^(?:第?\d{{1,2}}[.、]?|\(\d{{1,2}}\)|[{LABEL_MARKS}]|第?[一二三四五六七八九十]{{1,3}}[.、]?)+"
)


# A note a list's label may carry: 出席委員(9名), 出席委員(九名), 出席者(敬称略),
# 委員(会長のほか五十音順). One definition for every place a label is read.
_NOTE_BODY = (
    r"(?:[\d一二三四五六七八九十〇]{1,3}\s*[名人]|[^()]{0,12}?(?:敬称略|五十音順|順不同|名簿順))"
    r"[^()]{0,12}"
)
# Two notes may stand in a row: 出席委員（8名）（敬称略）.
LIST_NOTE = rf"(?:\({_NOTE_BODY}\)(?:\s*\({_NOTE_BODY}\))?)"
# (the last closer may have gone with the trim)
_LIST_LABEL_NOTE = re.compile(rf"(?:\({_NOTE_BODY}\)\s*)?\({_NOTE_BODY}\)?$")
_LIST_FIELDS = frozenset({"attendance", "absent", "secretariat", "staff"})


def label_field(cell: str) -> str | None:
    """Field of a header label cell, or None when the cell is not a known label."""
    label = compact(LABEL_TRIM.sub("", strip_tags(cell)))
    if not label or len(label) > 20:
        return None
    if label in LABEL_FIELD:
        return LABEL_FIELD[label]
    if label.endswith("理由"):
        return "ignore"
    if "(" in label:
        # a list's label is the same label with its note (the note is no name; its closing
        # bracket went with the trim)
        fld = LABEL_FIELD.get(_LIST_LABEL_NOTE.sub("", label))
        return fld if fld in _LIST_FIELDS else None
    return None


_MARKER_WORDS = re.compile(
    r"^(?:会議|審議|審査|議事|発言|質疑)(?:の)?(?:経過|内容|概要|要旨|要点|記録|状況|要録)(?:\(.{1,12}\))?$"
)


def is_body_marker(line: str) -> bool:
    """A line that only says 会議経過 / (審議経過) / ``12 会議の概要`` opens the proceedings."""
    cells = line.split("\t")
    if any(c.strip() for c in cells[1:]):
        return False
    # ○ opens turns, but no speaker is called 審議内容: 「○審議内容」 is the marker too
    cell = _MARKER_LEAD.sub("", compact(strip_tags(cells[0]))).strip("()【】[]<>■●◆◇・:○〇◯")
    return cell in _BODY_MARKERS or bool(_MARKER_WORDS.match(cell))
