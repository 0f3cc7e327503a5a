"""The header table: label/value rows before the proceedings, and what they say.

Headers come as tab-separated tables (PDF and HTML extracts), pipe tables, ``label：value``
lines, numbered ``1 日時 …`` lines, or several pairs flattened onto one line.  Labels are
matched after removing spaces, so ``会 議 名`` and ``会議名`` are the same label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._agenda import AgendaItem, parse_agenda
from ._names import clean_person_name, is_staff_entry, split_people, units_in
from ._normalize import collapse_letter_spacing, compact, strip_tags, tags_to_breaks

_LABELS: dict[str, tuple[str, ...]] = {
    "title": ("会議名", "会議の名称", "名称", "会議名称", "審議会名", "件名", "会議の名前"),
    "datetime": ("開催日時", "日時", "開催日", "開催年月日", "年月日", "日付", "開催期日", "期日"),
    "time": ("開催時間", "時間", "時刻", "開会時刻"),
    "place": ("開催場所", "場所", "会場", "開催会場"),
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
    "secretariat": ("事務局", "事務局出席者", "所管", "所管課", "庶務担当"),
    "staff": ("説明員", "説明者", "関係課", "出席職員", "執行機関", "説明のため出席した者"),
    "public": (
        "傍聴の可否",
        "傍聴",
        "傍聴者",
        "傍聴人",
        "傍聴者数",
        "公開・非公開",
        "公開非公開",
        "会議の公開",
        "公開の可否",
        "公開",
        "会議の公開・非公開",
        "公開又は非公開",
        "公開・非公開の別",
        "会議の公開・非公開の別",
        "傍聴者の数",
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
    ),
    "materials": ("資料", "配付資料", "配布資料", "会議資料"),
    "contact": ("問い合わせ先", "問合せ先", "問合わせ先", "お問い合わせ", "連絡先"),
    "ignore": (
        "傍聴不可の場合その理由",
        "傍聴不可の場合はその理由",
        "非公開の理由",
        "理由",
        "備考",
        "記録",
        "署名",
        "会議録署名",
        "作成",
        "会議の概要",
    ),
}
LABEL_FIELD = {label: fld for fld, labels in _LABELS.items() for label in labels}
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
        "審議の概要",
        "議事の概要",
        "審議の内容",
        "議事の内容",
        "会議の内容",
        "発言要旨",
        "審議状況",
        "経過",
        "会議の概要(審議経過)",
        "審議概要",
        "審議経過概要",
        "会議の記録",
    }
)
_LABEL_TRIM = re.compile(r"^[\s●■◆・【\[<(（]*(?:\d{1,2}[.、\s]\s*)?|[\s】\]>)）:：]*$")
_GROUP = re.compile(
    r"[(（【\[<]\s*([^)）】\]>]{1,12}?)\s*[)）】\]>]|(?:^|(?<=\s))(委員|"
    r"事務局)\s*[:：]"
)
_ABSENT = re.compile(r"[●■・◆]?\s*(?:委員)?欠席(?:者|委員)?(?:\s*[:：]|\s|(?=な|無))")
_PRESENT = re.compile(r"[●■・◆]?\s*出席(?:者|委員)?\s*[:：]")
_TIME = r"(?:午前|午後)?\s*\d{1,2}\s*(?::\s*\d{2}|時\s*(?:\d{1,2}\s*分|半)?)"
TIME_RANGE = re.compile(rf"({_TIME})\s*(?:~|-|から)\s*({_TIME})(?:\s*まで)?")
TIME_ONE = re.compile(_TIME)


def label_field(cell: str) -> str | None:
    """Field of a header label cell, or None when the cell is not a known label."""
    label = compact(_LABEL_TRIM.sub("", strip_tags(cell)))
    if not label or len(label) > 20:
        return None
    if label in LABEL_FIELD:
        return LABEL_FIELD[label]
    if label.endswith("理由"):
        return "ignore"
    return None


def is_body_marker(line: str) -> bool:
    """A line that only says 会議経過 / (審議経過) etc. opens the proceedings."""
    cells = line.split("\t")
    if any(c.strip() for c in cells[1:]):
        return False
    cell = compact(strip_tags(cells[0]))
    return cell.strip("()（）【】[]<>■●◆・:：") in _BODY_MARKERS


@dataclass
class Header:
    """Label/value rows of the header plus lines before the table (the document heading)."""

    rows: list[tuple[str, str]] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)
    body_start: int = 0
    marker_found: bool = False

    def values(self, fld: str) -> list[str]:
        return [v for f, v in self.rows if f == fld]

    def first(self, fld: str) -> str:
        vals = self.values(fld)
        return vals[0] if vals else ""


def _pairs_from_cells(cells: list[str]) -> list[tuple[str | None, str]]:
    """Walk cells of one table row: a known label cell starts a new label/value pair."""
    pairs: list[tuple[str | None, list[str]]] = []
    for i, cell in enumerate(cells):
        fld = label_field(cell) if cell.strip() else None
        if fld is not None and (i == 0 or not pairs or pairs[-1][1] or fld == "ignore"):
            pairs.append((fld, []))
        elif pairs:
            pairs[-1][1].append(cell)
        else:
            pairs.append((None, [cell]))
    return [(f, "\t".join(v)) for f, v in pairs]


def _split_flat(line: str) -> list[tuple[str, str]]:
    """``会議名 X 日時 Y 場所 Z`` or ``日時：Y`` on one line -> label/value pairs."""
    s = _LABEL_TRIM.sub("", line, count=1) if re.match(r"^\s*\d{1,2}[.、\s]", line) else line
    s = collapse_letter_spacing(s.strip())
    pattern = _flat_pattern()
    matches = [m for m in pattern.finditer(s) if m.start() == 0 or s[m.start() - 1] in " \t|"]
    if not matches or matches[0].start() != 0:
        return []
    pairs = []
    for m, nxt in zip(matches, [*matches[1:], None], strict=True):
        value = s[m.end() : nxt.start() if nxt else len(s)]
        pairs.append((LABEL_FIELD.get(compact(m.group(1)), "ignore"), value.strip(" :：|")))
    return pairs


_FLAT_CACHE: list[re.Pattern[str]] = []


def _flat_pattern() -> re.Pattern[str]:
    if not _FLAT_CACHE:
        labels = sorted(LABEL_FIELD, key=len, reverse=True)
        alt = "|".join(re.escape(x) for x in labels if len(x) >= 2)
        _FLAT_CACHE.append(re.compile(rf"[【\[<]?({alt})[】\]>]?(?:\s*[:：]\s*|\s+)"))
    return _FLAT_CACHE[0]


def parse_header(lines: list[str]) -> Header:
    """Find the header rows and where the body starts.

    The body starts after a marker line such as ``会議経過`` or ``(審議経過)``.  Without a
    marker, the header is the first run of label rows and the lines continuing them; the
    first line after a blank that is neither a row nor indented ends it.
    """
    header = Header()
    limit = min(len(lines), 600)
    blank_before = False
    last_row_line = -1
    for i in range(limit):
        line = lines[i]
        if not line.strip():
            blank_before = True
            continue
        if header.rows and is_body_marker(line):
            header.body_start, header.marker_found = i + 1, True
            return header
        new_rows = _row_pairs(line)
        if new_rows:
            for fld, value in new_rows:
                if fld is None and header.rows:
                    _append(header, value)
                elif fld is not None:
                    header.rows.append((fld, value))
            last_row_line = i
        elif header.rows and (line.startswith("\t") or not blank_before):
            _append(header, line)
            last_row_line = i
        elif not header.rows:
            header.preamble.append(strip_tags(line).strip())
        elif not _more_rows_follow(lines, i, limit):
            break
        blank_before = False
    header.body_start = last_row_line + 1 if header.rows else 0
    if not header.rows:
        header.preamble = []
    return header


def _more_rows_follow(lines: list[str], i: int, limit: int) -> bool:
    """A stray line between header rows (a note) does not end the header if rows follow."""
    for j in range(i + 1, min(limit, i + 4)):
        if lines[j].strip():
            return bool(_row_pairs(lines[j])) or is_body_marker(lines[j])
    return False


def _row_pairs(line: str) -> list[tuple[str | None, str]]:
    if "\t" in line and not line.startswith("\t"):
        cells = line.split("\t")
        if label_field(cells[0]) is not None:
            return _pairs_from_cells(cells)
        return []
    stripped = line.strip()
    if stripped.startswith("|"):
        cells = [c for c in stripped.strip("|").split("|")]
        if all(set(c.strip()) <= set("-: ") for c in cells):
            return [(None, "")]
        if label_field(cells[0]) is not None:
            return _pairs_from_cells(cells)
        return []
    pairs = _split_flat(stripped)
    return [(f, v) for f, v in pairs]


def _append(header: Header, text: str) -> None:
    fld, value = header.rows[-1]
    header.rows[-1] = (fld, f"{value}\n{text}" if value else text)


def cell_text(value: str) -> str:
    """A header value as one line of text: tags and tabs become spaces."""
    text = strip_tags(value).replace("\t", " ").replace("\n", " ")
    return collapse_letter_spacing(" ".join(text.split()))


def agenda_items(header: Header) -> list[AgendaItem]:
    """Agenda from 会議次第-like rows; the 資料 row only when the agenda says 別紙."""
    for fields in (("agenda",), ("materials",)):
        items: list[AgendaItem] = []
        for fld in fields:
            for value in header.values(fld):
                items.extend(parse_agenda(tags_to_breaks(value).replace("\t", "\n")))
        if items:
            return items
    return []


@dataclass
class Attendance:
    present: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    secretariat: list[str] = field(default_factory=list)
    staff: list[str] = field(default_factory=list)


def _group_kind(label: str) -> str:
    lab = compact(label)
    if lab.endswith("事務局"):
        return "secretariat"
    if lab in ("委員", "出席委員", "審議会委員", "委員等"):
        return "member"
    if lab.endswith(
        (
            "職員",
            "説明員",
            "説明者",
            "所管課",
            "関係課",
            "担当課",
            "理事者",
            "執行機関",
            "市",
            "区",
            "町",
            "村",
            "側",
        )
    ):
        return "staff"
    return ""


def parse_attendance(header: Header) -> Attendance:
    """Members present and absent, and staff listed alongside them (used for roles)."""
    att = Attendance()
    for fld in ("attendance", "absent", "secretariat", "staff"):
        for value in header.values(fld):
            text = tags_to_breaks(value)
            absent_text = ""
            if fld == "attendance":
                m = _ABSENT.search(text)
                if m:
                    text, absent_text = text[: m.start()], text[m.end() :]
                text = _PRESENT.sub(" ", text)
            default = {"absent": "absent", "secretariat": "secretariat", "staff": "staff"}.get(
                fld, ""
            )
            _collect(att, text, default)
            if absent_text:
                _collect(att, absent_text, "absent")
    return att


def _collect(att: Attendance, text: str, default: str) -> None:
    pos, group = 0, default
    segments: list[tuple[str, str]] = []
    for m in _GROUP.finditer(text):
        kind = _group_kind(m.group(1) or m.group(2) or "")
        if not kind:
            continue
        segments.append((group, text[pos : m.start()]))
        pos = m.end()
        group = kind if default in ("", "attendance") else default
    segments.append((group, text[pos:]))
    for grp, seg in segments:
        for entry in split_people(seg):
            if grp == "secretariat":
                att.secretariat.append(compact(entry))
            elif grp == "staff" or (grp == "" and is_staff_entry(entry)):
                att.staff.append(compact(entry))
            else:
                name = clean_person_name(entry)
                if name:
                    (att.absent if grp == "absent" else att.present).append(name)


def public_from(value: str) -> bool | None:
    """傍聴/公開 cell -> True (public), False (closed) or None (unknown)."""
    t = compact(strip_tags(value))
    if not t:
        return None
    if re.search(r"不可|非公開|できない|不許可|認めない|認めず|不公開", t):
        return False
    if re.search(r"可|公開|\d+[名人]|あり|有", t):
        return True
    if re.search(r"なし|無し|いない", t):
        return True
    return None


def secretariat_units(header: Header) -> list[str]:
    units: list[str] = []
    for fld in ("secretariat", "contact"):
        for value in header.values(fld):
            units.extend(units_in(strip_tags(value)))
    return list(dict.fromkeys(units))
