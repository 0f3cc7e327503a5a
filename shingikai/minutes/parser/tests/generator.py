"""Generated minutes: every layout family of issue 11, with the expected JSON from the same draw.

Each document is drawn from a seeded random generator. The draw decides the *content*
(meeting, members, items, speakers, outcomes) and the *layout* (header style, agenda numbering,
speaker-label brackets, outcome wording, web or PDF debris). The expected result is built from
the content alone, so it never depends on how the parser reads the layout.

    python -m shingikai.minutes.parser.tests.generator OUTDIR [--count 60] [--seed 1]

writes ``gen_NNN.txt`` + ``gen_NNN.json`` pairs that ``shingikai minutes-accuracy --expected
OUTDIR --inputs OUTDIR`` scores. All people, places and cases are fictional.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

MUNIS = ["朝日野市", "白浜町", "川端区", "北山村", "若松市", "高森町", "水沢区", "桐生台市"]
COUNCILS = ["個人情報保護審議会", "情報公開・個人情報保護審議会", "個人情報保護運営審議会"]
SURNAMES = [
    "山田",
    "佐藤",
    "鈴木",
    "高橋",
    "田中",
    "伊藤",
    "渡辺",
    "中村",
    "小林",
    "加藤",
    "吉田",
    "松本",
    "井上",
    "木村",
    "林",
    "清水",
    "森",
    "池田",
    "橋本",
    "石川",
]
GIVEN = ["太郎", "花子", "一郎", "洋子", "健", "美咲", "誠", "由美", "翔", "和子", "浩", "恵"]
DEPTS = [
    "税務課",
    "市民課",
    "福祉課",
    "保健センター",
    "教育総務課",
    "情報政策課",
    "子育て支援課",
    "介護保険課",
    "都市計画課",
    "防災安全課",
]
PLACES = [
    "本庁舎3階 第1会議室",
    "市役所西庁舎 大会議室",
    "保健福祉センター 2階研修室",
    "第2委員会室",
]
CONSULT_TITLES = [
    "住民税の申告データの外部委託について",
    "防犯カメラの設置について",
    "健康診断結果のオンライン結合について",
    "学習用端末の利用記録の収集について",
    "避難行動要支援者名簿の外部提供について",
    "介護認定情報の電子化について",
    "子育てアプリの導入について",
    "窓口予約システムの導入について",
]
REPORT_TITLES = [
    "個人情報の漏えい事案について",
    "保有個人情報の開示請求の状況について",
    "個人情報ファイル簿の更新について",
]
KANA = "アイウエオカキク"


@dataclass
class Item:
    kind: str
    ordinal: int
    own_number: str | None  # 諮問第7号
    title: str
    department: str | None
    outcome: str
    opinion: str | None = None
    outcome_style: str = "chair"
    dept_visible: bool = True


@dataclass
class Doc:
    muni: str
    council: str
    fy: int
    session: int
    date: tuple[int, int, int]
    times: tuple[str, str]
    place: str
    present: list[str]
    absent: list[str]
    chair: str
    public: bool
    observers: str
    items: list[Item]
    layout: dict[str, str] = field(default_factory=dict)


def _reiwa(year: int) -> int:
    return year - 2018


def draw(rng: random.Random, family: str | None = None) -> Doc:
    muni = rng.choice(MUNIS)
    council = rng.choice(COUNCILS)
    year = rng.choice([2021, 2022, 2023, 2024])
    month = rng.randint(4, 12)
    day = rng.randint(1, 28)
    names = rng.sample([s + g for s in SURNAMES for g in GIVEN], 9)
    present, absent = names[:7], names[7:9] if rng.random() < 0.6 else []
    start_h = rng.choice([9, 10, 13, 14])
    start_m = rng.choice([0, 30])
    dur = rng.randint(60, 130)
    end_total = start_h * 60 + start_m + dur
    times = (f"{start_h:02d}:{start_m:02d}", f"{end_total // 60:02d}:{end_total % 60:02d}")
    items = _draw_items(rng)
    doc = Doc(
        muni=muni,
        council=council,
        fy=year,
        session=rng.randint(1, 5),
        date=(year if month >= 4 else year + 1, month, day),
        times=times,
        place=rng.choice(PLACES),
        present=present,
        absent=absent,
        chair=present[0],
        public=True,
        observers=rng.choice(["0人", "なし", "3名", "1人"]),
        items=items,
    )
    doc.layout = {
        "header": rng.choice(["colon", "tab", "flat_table", "long_lines", "numbered"]),
        "agenda": rng.choice(["paren", "kana", "shingi", "gidai", "grouped", "spaced"]),
        "speaker": rng.choice(
            ["lent", "angle", "fwangle", "paren", "circle", "circle2", "dot", "diamond"]
        ),
        "named": rng.choice(["named", "bare", "mixed"]),
        "members": rng.choice(["plain", "keisho", "gojuon", "count", "of_total", "roles", "web"]),
        "absent": rng.choice(["named", "count"]),
        "time": rng.choice(["kara_made", "jifun", "colon"]),
        "wrap": rng.choice(["web", "pdf", "plain"]),
        "dept_bracket": rng.choice(["【】", "〔〕", "none"]),
        "label_line": rng.choice(["own", "own", "same"]),
    }
    if family:
        doc.layout.update(FAMILIES[family](rng))
    if doc.layout["agenda"] == "table_ref":
        _consecutive(doc)
    return doc


def _consecutive(doc: Doc) -> None:
    """An agenda that refers to a table lists consecutive numbers: 諮問第31号から第33号まで."""
    cons = [it for it in doc.items if it.kind == "consultation"]
    if len(cons) < 2:
        doc.layout["agenda"] = "paren"
        return
    first = int(cons[0].own_number[3:-1])
    for n, item in enumerate(cons):
        item.own_number = f"諮問第{first + n}号"


def _draw_items(rng: random.Random) -> list[Item]:
    items: list[Item] = []
    n_consult = rng.randint(1, 3)
    numbers = sorted(rng.sample(range(3, 60), n_consult))
    titles = rng.sample(CONSULT_TITLES, n_consult)
    for i in range(n_consult):
        outcome = rng.choice(
            [
                "approved",
                "approved",
                "approved_with_opinion",
                "continued",
                "rejected",
                "unknown",
                "conditional",
            ]
        )
        opinion = None
        if outcome == "approved_with_opinion":
            opinion = "なお、委託先における安全管理措置の実施状況を確認するよう留意されたい。"
        if outcome == "conditional":
            opinion = "・利用目的以外に利用しないこと。\n・委託先に再委託させないこと。"
        styles = OUTCOME_STYLES[outcome]
        items.append(
            Item(
                "consultation",
                len(items) + 1,
                f"諮問第{numbers[i]}号",
                titles[i],
                rng.choice(DEPTS),
                outcome,
                opinion,
                rng.choice(styles),
            )
        )
    if rng.random() < 0.7:
        outcome = rng.choice(["approved", "unknown"])
        items.append(
            Item(
                "report",
                len(items) + 1,
                None,
                rng.choice(REPORT_TITLES),
                rng.choice(DEPTS),
                outcome,
                None,
                rng.choice(OUTCOME_STYLES["report_" + outcome]),
            )
        )
    return items


# --- outcome wordings: each one states exactly the drawn outcome ------------------------------
OUTCOME_STYLES = {
    "approved": ["result_row", "conclusion", "no_toori", "ryosho", "gen_an", "igi_nashi"],
    "approved_with_opinion": ["opinion_block"],
    "conditional": ["condition"],
    "continued": ["keizoku", "result_row_keizoku"],
    "rejected": ["hiketsu", "result_row_hi"],
    "unknown": ["none"],
    "report_approved": ["report_shonin", "ryosho"],
    "report_unknown": ["none"],
}


def _outcome_lines(item: Item, chair: str) -> tuple[list[tuple[str, str]], list[str]]:
    """(turns of the chair to add, plain lines after the discussion) for the item's outcome."""
    s = item.outcome_style
    chair_turns: list[str] = []
    plain: list[str] = []
    if s == "result_row":
        plain = ["結果：承認"]
    elif s == "conclusion":
        plain = ["結論：諮問のとおり承認する。"]
    elif s == "no_toori":
        chair_turns = ["それでは、本件は諮問のとおり承認といたします。"]
    elif s == "ryosho":
        chair_turns = ["それでは、本件は了承といたします。"]
    elif s == "gen_an":
        chair_turns = [
            "本件は原案のとおり承認することとしてよろしいでしょうか。",
            "それでは、原案のとおり承認といたします。",
        ]
    elif s == "igi_nashi":
        chair_turns = ["本件について、ご異議はございませんか。"]
        plain = ["（「異議なし」の声あり）"]
    elif s == "opinion_block":
        chair_turns = ["それでは、附帯意見を付して承認といたします。"]
        plain = ["【附帯意見】", item.opinion or ""]
    elif s == "condition":
        chair_turns = ["それでは、次の条件を付して承認といたします。"]
        plain = ["<結論>", "次の条件を付して承認する。", *(item.opinion or "").split("\n")]
    elif s == "keizoku":
        chair_turns = ["本件は、追加の資料を求めたうえで継続審議といたします。"]
    elif s == "result_row_keizoku":
        plain = ["結果：継続審議"]
    elif s == "hiketsu":
        chair_turns = ["採決の結果、本件は否決といたします。"]
    elif s == "result_row_hi":
        plain = ["結果：不承認"]
    elif s == "report_shonin":
        plain = ["以上のとおり、報告が承認された。"]
    return [("chair", t) for t in chair_turns], plain


# --- layout families: the features each family test forces --------------------------------
FAMILIES: dict[str, Any] = {
    "speaker_labels": lambda r: {
        "speaker": r.choice(
            ["lent", "angle", "fwangle", "paren", "circle", "circle2", "dot", "diamond"]
        ),
        "wrap": "plain",
    },
    "web_page": lambda r: {"wrap": "web", "header": "flat_table"},
    "pdf_text": lambda r: {"wrap": "pdf"},
    "long_lines": lambda r: {"header": "long_lines"},
    "agenda_numbering": lambda r: {
        "agenda": r.choice(["kana", "shingi", "gidai", "grouped", "spaced", "paren", "table_ref"])
    },
    "members_times": lambda r: {
        "members": r.choice(
            ["keisho", "gojuon", "count", "of_total", "roles", "web", "count_label"]
        ),
        "time": r.choice(["kara_made", "jifun", "colon"]),
    },
    "outcomes": lambda r: {},
}


def _label(doc: Doc, role: str, who: str | None, rng: random.Random) -> str:
    named = doc.layout["named"] == "named" or (
        doc.layout["named"] == "mixed" and rng.random() < 0.5
    )
    if role == "chair":
        return f"{doc.chair[:2]}会長" if named else "会長"
    if role == "member":
        if named and who:
            return f"{who[:2]}委員"
        return rng.choice(["委員", "B委員", "C委員"])
    if role == "department":
        dept = who or "税務課"
        return (
            rng.choice([f"{dept}長", f"実施機関({dept})", "説明者"])
            if dept.endswith("課")
            else rng.choice([f"実施機関({dept})", "説明者"])
        )
    return "事務局"


def _speaker_lines(doc: Doc, label: str, text: str) -> list[str]:
    style = doc.layout["speaker"]
    wrapped = {
        "lent": f"【{label}】",
        "angle": f"‹{label}›",
        "fwangle": f"＜{label}＞",
        "paren": f"（{label}）",
        "circle": f"○{label}",
        "circle2": f"◯{label}",
        "dot": f"●{label}",
        "diamond": f"◆{label}",
    }[style]
    if doc.layout.get("label_line") == "same":
        return [f"{wrapped}　{text}"]  # the label before the words on the same line
    return [wrapped, text]


def _time_text(doc: Doc) -> str:
    (sh, sm), (eh, em) = ([int(x) for x in t.split(":")] for t in doc.times)
    style = doc.layout["time"]
    if style == "kara_made":

        def ja(h: int, m: int) -> str:
            ampm = "午前" if h < 12 else "午後"
            hh = h if h < 12 else h - 12  # 12:30 is 午後0時30分
            return f"{ampm}{hh}時" + (f"{m}分" if m else "")

        return f"{ja(sh, sm)}から{ja(eh, em)}まで"
    if style == "jifun":
        return f"{sh}時{sm:02d}分～{eh}時{em:02d}分"
    return f"{sh}:{sm:02d}-{eh}:{em:02d}"


def _member_text(doc: Doc) -> str:
    style = doc.layout["members"]
    names = [f"{n[:2]} {n[2:]}" for n in doc.present]
    if style == "keisho":
        return "、".join(names) + "（敬称略）"
    if style == "gojuon":
        return "（五十音順）" + "、".join(names)
    if style == "count":
        return f"（{len(names)}名）" + "、".join(names)
    if style == "of_total":
        total = len(doc.present) + len(doc.absent)
        return f"{total}名中{len(names)}名 " + "、".join(names)
    if style == "roles":
        return f"会長 {names[0]}、副会長 {names[1]}、委員 " + "、".join(names[2:])
    if style == "web":
        return "、".join(names[:-2]) + "、" + "、".join(names[-2:]) + "（Web出席）"
    return "、".join(names)


def _agenda_entry(doc: Doc, item: Item, index: int) -> str:
    style = doc.layout["agenda"]
    dept = _dept_suffix(doc, item)
    num = item.own_number or ""
    if item.kind == "report" and style not in ("grouped", "shingi"):
        num = "報告事項"  # the category word says what a numberless item is
    if style == "spaced" and num:
        num = num.replace("第", "第 ")
    body = f"{num} {item.title}{dept}".strip() if num else f"{item.title}{dept}"
    if style == "table_ref":
        # Consultations are headed by their number; the report keeps the agenda's (2).
        return f"(2) {body}" if item.kind == "report" else body
    mark = {
        "paren": f"({index})",
        "kana": KANA[index - 1],
        "shingi": f"審議{index}",
        "gidai": f"議題{index}",
        "grouped": f"({index})",
        "spaced": f"({index})",
    }[style]
    if style == "shingi" and item.kind == "report":
        mark = f"報告{index}"
    return f"{mark} {body}"


def _dept_suffix(doc: Doc, item: Item) -> str:
    b = doc.layout["dept_bracket"]
    if b == "none" or not item.department:
        return ""
    return f"{b[0]}{item.department}{b[1]}"


def expected_number(doc: Doc, item: Item, index: int) -> str:
    if item.own_number:
        return item.own_number
    style = doc.layout["agenda"]
    if style == "table_ref":
        return "(2)"
    return {
        "paren": f"({index})",
        "kana": KANA[index - 1],
        "shingi": f"報告{index}",
        "gidai": f"議題{index}",
        "grouped": f"({index})",
        "spaced": f"({index})",
    }[style]


def render(doc: Doc, rng: random.Random) -> str:
    lay = doc.layout
    y, m, d = doc.date
    title = f"令和{_reiwa(doc.fy)}年度第{doc.session}回{doc.muni}{doc.council}"
    date_text = f"令和{_reiwa(y)}年{m}月{d}日（{'月火水木金土日'[date(y, m, d).weekday()]}）"
    agenda = [_agenda_entry(doc, it, i) for i, it in enumerate(doc.items, 1)]
    if lay["agenda"] == "grouped":
        cons = [a for a, it in zip(agenda, doc.items, strict=True) if it.kind == "consultation"]
        reps = [a for a, it in zip(agenda, doc.items, strict=True) if it.kind == "report"]
        agenda = ["諮問事項", *cons] + (["報告事項", *reps] if reps else [])
    table: list[str] = []
    if lay["agenda"] == "table_ref":
        cons_items = [it for it in doc.items if it.kind == "consultation"]
        last = cons_items[-1].own_number.removeprefix("諮問")
        ref = f"(1) {cons_items[0].own_number}から{last}まで（下表のとおり）"
        reps = [a for a, it in zip(agenda, doc.items, strict=True) if it.kind == "report"]
        agenda = [ref, *reps]
        table = ["", "番号\t件名\t担当課"]
        table += [f"{it.own_number}\t{it.title}\t{it.department}" for it in cons_items]
    absent = (
        (
            "、".join(f"{n[:2]} {n[2:]}" for n in doc.absent)
            if lay["absent"] == "named"
            else f"{len(doc.absent)}名"
        )
        if doc.absent
        else "なし"
    )
    fields = [
        ("日時", f"{date_text} {_time_text(doc)}"),
        ("場所", doc.place),
        (
            f"出席委員（{len(doc.present)}名）" if lay["members"] == "count_label" else "出席委員",
            _member_text(doc),
        ),
        ("欠席委員", absent),
        ("事務局", f"総務課長 {rng.choice(SURNAMES)}、総務課 {rng.choice(SURNAMES)}"),
        ("傍聴者", doc.observers),
    ]
    head = _header(lay["header"], title, fields, agenda) + table
    body = ["", "会議経過" if rng.random() < 0.5 else "審議の内容", ""]
    for i, item in enumerate(doc.items, 1):
        body += _item_body(doc, item, i, rng)
    body += ["", "以上"]
    lines = head + body
    if lay["wrap"] == "web":
        lines = _web(lines, doc, rng)
    elif lay["wrap"] == "pdf":
        lines = _pdf(lines, title, rng)
    return "\n".join(lines) + "\n"


def _header(style: str, title: str, fields: list[tuple[str, str]], agenda: list[str]) -> list[str]:
    if style == "long_lines":
        one = "　".join(f"● {k}　{v}" for k, v in fields)
        return [f"{title}　要録", one, "● 議題　" + "　".join(agenda)]
    if style == "tab":
        rows = [f"{k}\t{v}" for k, v in fields]
        return [
            f"{title}　会議録",
            "",
            *rows,
            f"議題\t{agenda[0]}",
            *(f"\t{a}" for a in agenda[1:]),
        ]
    if style == "flat_table":  # a two-column table flattened: label line, value line
        out = [f"{title}　会議録"]
        for k, v in fields:
            out += [k, v]
        return out + ["議題", *agenda]
    if style == "numbered":
        out = [f"{title}　会議録", ""]
        for n, (k, v) in enumerate(fields, 1):
            out.append(f"{n}　{k}　{v}")
        return out + [f"{len(fields) + 1}　議題", *(f"　{a}" for a in agenda)]
    return [f"{title} 会議録", "", *(f"{k}：{v}" for k, v in fields), "議題：", *agenda]


def _item_body(doc: Doc, item: Item, index: int, rng: random.Random) -> list[str]:
    heading = _agenda_entry(doc, item, index)
    if doc.layout["agenda"] == "grouped":
        heading = heading.split(" ", 1)[1] if " " in heading else heading
        heading = f"({index}) {heading}"
    out = ["", heading]
    dept_label = _label(doc, "department", item.department, rng)
    # Without a bracket after the title the department is known only from a label naming it.
    item.dept_visible = (
        doc.layout["dept_bracket"] != "none"
        or dept_label != "説明者"
        or (doc.layout["agenda"] == "table_ref" and item.kind == "consultation")
    )
    member = rng.choice(doc.present[1:])
    turns = [
        ("chair", f"{item.title.removesuffix('について')}について、説明をお願いします。"),
        (
            "department",
            "本件は、" + item.title.removesuffix("について") + "を行うものです。"
            "対象となる個人情報は氏名、住所及び生年月日であり、安全管理措置を講じます。",
        ),
        ("member", "委託先での管理はどのように確認するのですか。"),
        ("department", "定期的に実地調査を行い、報告書を提出させます。"),
    ]
    chair_turns, plain = _outcome_lines(item, doc.chair)
    turns += chair_turns
    for role, text in turns:
        label = (
            dept_label
            if role == "department"
            else _label(doc, role, member if role == "member" else None, rng)
        )
        out += _speaker_lines(doc, label, text)
    return out + plain


def _web(lines: list[str], doc: Doc, rng: random.Random) -> list[str]:
    top = [
        "ページの先頭です",
        "メニューを飛ばして本文へ",
        f"ホーム > 市政情報 > 審議会 > {doc.council}",
        "暮らし・手続き　子育て・教育　健康・福祉　市政情報",
        f"更新日：{doc.date[0]}年{doc.date[1] + 0}月{doc.date[2]}日",
    ]
    bottom = [
        "",
        f"会議録（PDF）[{rng.randint(100, 2000):,}KB PDFファイル]",
        "Adobe Acrobat Readerのダウンロードへ",
        "ページの先頭へ戻る",
        "このページに関するお問い合わせ",
        "総務課 電話：000-000-0000",
        "ページの先頭です",
    ]
    return top + lines + bottom


def _pdf(lines: list[str], title: str, rng: random.Random) -> list[str]:
    out: list[str] = []
    page = 1
    per = rng.randint(14, 22)
    style = rng.choice(["dash", "slash"])
    pages_total = len(lines) // per + 1
    for i, line in enumerate(lines):
        if i == 0 and rng.random() < 0.5:
            line = " ".join(line.replace(" ", "").replace("　", ""))  # letter-spaced
        if (
            i > 12
            and "について" in line
            and "\t" not in line
            and not line.endswith("。")
            and rng.random() < 0.5
        ):
            cut = line.index("について") - rng.randint(2, 6)
            out += [line[:cut], line[cut:]]  # a title broken mid-word by the PDF layout
            continue
        out.append(line)
        if i and i % per == 0:
            out.append(f"- {page} -" if style == "dash" else f"{page}/{pages_total}")
            page += 1
            out.append(title + " 会議録")  # running header
    return out


def expected(doc: Doc) -> dict[str, Any]:
    y, m, d = doc.date
    title = f"令和{_reiwa(doc.fy)}年度第{doc.session}回{doc.muni}{doc.council}"
    return {
        "source": "",
        "municipality": doc.muni,
        "council": doc.council,
        "meeting": {
            "title": title,
            "date": f"{y:04d}-{m:02d}-{d:02d}",
            "start_time": doc.times[0],
            "end_time": doc.times[1],
            "place": doc.place,
            "public_attendance": True,
        },
        "members_present": list(doc.present),
        "members_absent": list(doc.absent) if doc.layout["absent"] == "named" else [],
        "items": [
            {
                "kind": it.kind,
                "number": expected_number(doc, it, i),
                "title": it.title,
                "department": it.department if it.dept_visible else None,
                "grounds": [],
                "outcome": it.outcome,
                "opinion": it.opinion,
                "followups": [],
                "utterances": [],
            }
            for i, it in enumerate(doc.items, 1)
        ],
        "warnings": [],
    }


def generate(seed: int, family: str | None = None) -> tuple[str, dict[str, Any], Doc]:
    rng = random.Random(seed)
    doc = draw(rng, family)
    return render(doc, rng), expected(doc), doc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--count", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    fams = [None, *FAMILIES]
    for n in range(args.count):
        text, exp, _ = generate(args.seed * 100_000 + n, fams[n % len(fams)])
        exp["source"] = f"gen_{n:03d}.txt"
        (args.outdir / f"gen_{n:03d}.txt").write_text(text, encoding="utf-8")
        (args.outdir / f"gen_{n:03d}.json").write_text(
            json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8"
        )


if __name__ == "__main__":
    main()
