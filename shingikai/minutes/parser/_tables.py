"""Result tables with a header row: ``番号 | 件名 | 担当課 | 結果`` or ``議題<TAB>審議結果``.

Result-only reports (会議結果報告書, 答申一覧) list each item once with its verdict, and
sometimes the responsible section only there.  Columns are found by their header words;
rows are pipe or tab separated.  A row's verdict is read from its own result cell only, so
a title such as 「…の承認について」 never decides the outcome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._agenda import number_key, split_entry
from ._normalize import compact
from ._outcome import REQUEST_END, classify

_COLUMNS = (
    ("kind", re.compile(r"^(?:区分|種別|種類)$")),
    (
        "number",
        re.compile(r"^(?:番号|諮問番号|案件番号|No\.?|№|項番|整理番号)$", re.IGNORECASE),
    ),
    (
        "title",
        re.compile(r"^(?:件名|案件|案件名|議題|議案|諮問事項|名称|事案|事項|諮問内容|審議事項)$"),
    ),
    (
        "department",
        re.compile(
            r"^(?:担当課|所管課|担当部署|所管|担当|実施機関|実施機関名|担当部課|所管部署|課名)$"
        ),
    ),
    ("result", re.compile(r"^(?:結果|審議結果|答申|答申結果|判定|結論|審査結果|決定|可否)$")),
    # a column of the opinions or conditions attached: 附帯意見, 付した条件, 附帯意見等
    (
        "opinion",
        re.compile(r"^(?:附帯|付帯)?(?:意見|条件)(?:等|・条件|及び条件)?$|^(?:付|附)した条件$"),
    ),
)


@dataclass
class TableRow:
    number: str | None
    ordinal: str | None
    title: str
    department: str | None
    outcome: str | None
    opinion: str | None = None  # the row's opinion column, when it holds a request


def _cells(line: str) -> list[str] | None:
    s = line.strip()
    if s.startswith("|"):
        return [c.strip() for c in s.strip("|").split("|")]
    if "\t" in line:
        return [c.strip() for c in line.rstrip().split("\t")]
    return None


def _header(cells: list[str]) -> dict[str, int] | None:
    cols: dict[str, int] = {}
    for i, cell in enumerate(cells):
        for name, pattern in _COLUMNS:
            if name not in cols and pattern.match(compact(cell)):
                cols[name] = i
                break
    if "kind" in cols and "number" not in cols:
        cols["number"] = cols.pop("kind")  # 区分 alone numbers the rows (諮問1, 報告1)
    if "result" in cols and ("number" in cols or "title" in cols):
        return cols
    return None


def result_columns(line: str) -> bool:
    """A result table's column heads laid out with spaces or tabs: 「番号 件名 結果」."""
    cells = line.split()
    return 3 <= len(cells) <= 6 and len(line) <= 40 and _header(cells) is not None


def result_rows(lines: list[str]) -> list[TableRow]:
    """Rows of every result table with a recognisable header row."""
    rows: list[TableRow] = []
    cols: dict[str, int] | None = None
    for line in lines:
        if not line.strip():
            continue  # a blank line between rows (an HTML table lifted to text) ends nothing
        cells = _cells(line) if ("|" in line or "\t" in line) else None
        if not cells:
            cols = None
            continue
        if all(set(c) <= set("-: ") for c in cells):
            continue  # |---|---| separator
        header = _header(cells)
        if header is not None:
            cols = header
            continue
        if cols is not None:
            row = _row(cells, cols)
            if row is not None:
                rows.append(row)
    return rows


def _row(cells: list[str], cols: dict[str, int]) -> TableRow | None:
    def cell(name: str) -> str:
        i = cols.get(name)
        return cells[i] if i is not None and i < len(cells) else ""

    result = cell("result")
    if not result:
        return None
    number_cell = cell("number")
    if cell("kind") and number_cell.startswith("第"):
        number_cell = cell("kind") + number_cell  # 区分 諮問 + 番号 第14号 = 諮問第14号
    ordinal, number, title, dept = split_entry(f"{number_cell} {cell('title')}".strip())
    if not number and not title:
        return None
    department = cell("department") or dept
    outcome = classify_verdict(result)
    opinion = cell("opinion") if REQUEST_END.search(cell("opinion")) else None
    if opinion and outcome == "approved":
        # 承認 in the result column, the opinion in its own: approved with it
        outcome = "approved_with_opinion"
    return TableRow(number, ordinal, title, department or None, outcome, opinion)


_BARE_VERDICTS = {"可": "approved", "否": "rejected", "不可": "rejected", "継続": "continued"}


def classify_verdict(cell: str) -> str | None:
    """A result cell: a bare 可 / 否 is a verdict here, unlike in running text (可否)."""
    bare = compact(cell).strip("「」")
    conditioned = _CONDITIONED.match(bare)
    if conditioned and _BARE_VERDICTS.get(conditioned.group(1).strip("「」")) == "approved":
        return "conditional"  # 条件付きで可 / 条件付き「可」
    return _BARE_VERDICTS.get(bare) or classify(cell)


_CONDITIONED = re.compile(r"^(?:附帯|付帯)?条件付き?(?:で|にて)?(.+)$")


def outcomes_by_number(rows: list[TableRow]) -> dict[str, str]:
    return {number_key(r.number): r.outcome for r in rows if r.number and r.outcome}


def departments_by_number(rows: list[TableRow]) -> dict[str, str]:
    return {number_key(r.number): r.department for r in rows if r.number and r.department}
