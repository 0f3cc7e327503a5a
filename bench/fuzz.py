"""Hostile-input fuzzing: the minutes parser and the imports never crash, hang or half-write.

Targets (choose with --target, default all):
  parser   pure parse of generated text and bytes (100,000 inputs by default)
  import   minutes import into a fresh SQLite database: a failed file leaves no row
  excel    the register's Excel/CSV import: generated sheets are read, validated and imported
           (all or nothing, or only the valid rows); refused imports leave no row
  json     the consultation JSON import: generated documents are parsed and stored as drafts;
           refused documents leave no row

Each input must finish within --limit seconds; any exception other than the documented
error is a crash. Prints inputs run, crashes, the slowest input's time, inputs per second.

Run: .venv/bin/python bench/fuzz.py [--target parser] [--examples 100000] [--limit 2]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SAMPLES = REPO / "tests" / "samples" / "minutes"
LINES = [
    line
    for path in sorted(SAMPLES.glob("*.txt"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
][:4000]
# Lines of generated minutes in every layout family (shingikai/minutes/parser/tests/generator).
GENERATED = [
    line
    for seed in range(40)
    for line in __import__("shingikai.minutes.parser.tests.generator", fromlist=["generate"])
    .generate(seed)[0]
    .splitlines()
    if line.strip()
][:4000]
TOKENS = [
    "○",
    "〇",
    "委員",
    "会長",
    "課長",
    "事務局",
    "説明員）",
    "委員）",
    "【",
    "】",
    "（",
    "）",
    "(",
    ")",
    "諮問第",
    "号",
    "令和",
    "平成",
    "元年",
    "年度",
    "第",
    "回",
    "年",
    "月",
    "日",
    "時",
    "分",
    "午前",
    "午後",
    "～",
    "~",
    "：",
    ":",
    "\t",
    "\n",
    "|",
    "<p>",
    "</p>",
    "<table>",
    "<td>",
    "→",
    "- ",
    "・",
    "ア",
    "イ",
    "<結論>",
    "了承",
    "承認",
    "継続審議",
    "附帯意見",
    "なお、",
    "留意されたい",
    "異議なし",
    "出席者",
    "欠席者",
    "開催日時",
    "会議名",
    "-1-",
    "１２",
    "９９",
    "\u3000",
    "\ufeff",
    "\x00",
    "\r\n",
    "&amp;",
    "<!DOCTYPE html>",
    # The layout families of issue 11: bracketed speaker labels, web and PDF furniture,
    # long 要録 lines, agenda ordinals, member notes.
    "‹",
    "›",
    "＜",
    "＞",
    "◆",
    "●",
    "◯",
    "【会長】",
    "‹B委員›",
    "◆税務課長",
    "実施機関（税務課）",
    "説明者",
    "ページの先頭です",
    "ホーム > 市政情報 > ",
    "[1,024KB PDFファイル]",
    "このページに関するお問い合わせ",
    "- 3 -",
    "2/9",
    "会 長 山 田 太 郎",
    "● 日時 ",
    "● 議題 ",
    "議題1 ",
    "審議2 ",
    "諮問第 7号",
    "報告事項 ",
    "（敬称略）",
    "10名中8名",
    "（Web出席）",
    "結果：承認",
    "報告が承認された",
    "否決",
    "以上",
    "(1) 諮問第31号から第34号まで（下表のとおり）",
    "番号\t件名\t担当課",
    "諮問第31号\t",
    "号から",
]

fragments = st.one_of(
    st.sampled_from(LINES),
    st.sampled_from(GENERATED),
    st.sampled_from(TOKENS),
    st.text(max_size=20),
    st.text(
        alphabet="○委員会長諮問第号令和年月日時分（）()【】\t\n：:～0123456789０１２", max_size=40
    ),
)
documents = st.lists(fragments, max_size=60).map("\n".join)
byte_documents = st.one_of(
    documents.map(lambda text: text.encode("utf-8", "surrogatepass")),
    documents.map(lambda text: text.encode("cp932", "replace")),
    st.binary(max_size=2000),
)


class Stats:
    """Counts inputs and keeps the slowest one, so that its own cost can be measured again.

    A single slow run can be a pause of the process (garbage collection, first use of a code
    path, another program on the machine) rather than a slow input, so an input over the limit
    is run once more and only counts as a hang when the second run is over the limit too.
    """

    def __init__(self, limit: float) -> None:
        self.limit = limit
        self.runs = 0
        self.slowest = 0.0
        self.slowest_call: tuple | None = None
        self.pauses = 0
        self.crashes: list[str] = []

    def timed(self, function, *args) -> None:
        elapsed = self._run(function, args)
        self.runs += 1
        if elapsed > self.slowest:
            self.slowest, self.slowest_call = elapsed, (function, args)
        if elapsed > self.limit:
            again = self._run(function, args)
            if again > self.limit:
                raise AssertionError(
                    f"input took {elapsed:.2f} s, then {again:.2f} s (limit {self.limit} s)"
                )
            self.pauses += 1

    def slowest_retimed(self) -> float | None:
        """The slowest input's cost when run again: the best of three runs, in seconds."""
        if self.slowest_call is None:
            return None
        function, args = self.slowest_call
        return min(self._run(function, args) for _ in range(3))

    @staticmethod
    def _run(function, args) -> float:
        started = time.perf_counter()
        try:
            function(*args)
        finally:
            elapsed = time.perf_counter() - started
        return elapsed


def fuzz_parser(examples: int, stats: Stats) -> None:
    from shingikai.minutes.parser import MinutesError, parse_minutes, parse_minutes_bytes

    def parse_text(text: str) -> None:
        try:
            parse_minutes(text)
        except MinutesError:
            pass

    def parse_bytes(data: bytes) -> None:
        try:
            parse_minutes_bytes(data)
        except MinutesError:
            pass

    @settings(
        max_examples=examples // 2,
        database=None,
        deadline=None,
        derandomize=False,
        suppress_health_check=list(HealthCheck),
    )
    @given(documents)
    def text_inputs(text):
        stats.timed(parse_text, text)

    @settings(
        max_examples=examples - examples // 2,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(byte_documents)
    def byte_inputs(data):
        stats.timed(parse_bytes, data)

    for run in (text_inputs, byte_inputs):
        try:
            run()
        except Exception as exc:  # the falsifying example is printed by hypothesis
            stats.crashes.append(f"{run.__name__}: {type(exc).__name__}: {exc}"[:500])


_database_ready = False


def setup_database() -> None:
    """A fresh SQLite database with the demo, once per process."""
    global _database_ready
    if _database_ready:
        return
    os.environ["SHINGIKAI_DATA_DIR"] = tempfile.mkdtemp(prefix="shingikai-fuzz-")
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shingikai.settings")
    import django

    django.setup()
    import logging

    from django.core.management import call_command

    from shingikai.front.demo import load_demo

    # Refused inputs are expected by the thousand; their warnings would drown the summary.
    logging.disable(logging.WARNING)
    call_command("migrate", verbosity=0)
    load_demo()
    _database_ready = True


def fuzz_import(examples: int, stats: Stats) -> None:
    setup_database()
    from shingikai.minutes.importer import import_bytes
    from shingikai.minutes.models import ImportedItem, ImportedUtterance, SourceFile

    def counts() -> tuple[int, int, int]:
        return (
            SourceFile.objects.count(),
            ImportedItem.objects.count(),
            ImportedUtterance.objects.count(),
        )

    def one(data: bytes) -> None:
        before = counts()
        result = import_bytes(data, "fuzz.txt", municipality="テスト市")
        if result.status == "failed" and counts() != before:
            raise AssertionError(f"a failed import changed the database: {result.message}")
        if "unexpected error" in result.message:
            raise AssertionError(result.message)

    @settings(
        max_examples=examples, database=None, deadline=None, suppress_health_check=list(HealthCheck)
    )
    @given(byte_documents)
    def inputs(data):
        stats.timed(one, data)

    try:
        inputs()
    except Exception as exc:
        stats.crashes.append(f"import: {type(exc).__name__}: {exc}"[:500])


HEADERS = [
    "番号",
    "個人情報ファイルの名称",
    "所管課",
    "利用目的",
    "記録される項目",
    "本人の範囲",
    "収集方法",
    "開始日",
    "廃止日",
    "電子",
    "委託",
    "備考",
    "要配慮個人情報",
]
cells = st.one_of(
    st.none(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True),
    st.booleans(),
    st.dates(),
    st.sampled_from(
        [
            "令和2年4月1日",
            "R2.4.1",
            "H31.4.1",
            "2020/4/1",
            "市民課",
            "氏名、住所",
            "はい",
            "いいえ",
            "電子",
            "紙",
            "=1+1",
            "#N/A",
        ]
    ),
    st.text(max_size=30),
)
sheets = st.tuples(
    st.lists(st.one_of(st.sampled_from(HEADERS), st.text(max_size=12)), min_size=1, max_size=14),
    st.lists(st.lists(cells, max_size=14), max_size=25),
)


def _xlsx(headers: list, rows: list) -> bytes:
    import io

    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def cell(value):
        # Excel itself cannot hold control characters; a real sheet never has them.
        return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value

    workbook = Workbook()
    sheet = workbook.active
    sheet.append([cell(str(h)) for h in headers])
    for row in rows:
        sheet.append([cell(value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def fuzz_excel(examples: int, stats: Stats) -> None:
    setup_database()
    import csv
    import io

    from shingikai.accounts.models import User
    from shingikai.councils.models import Department, Municipality
    from shingikai.registers import importer, sheet
    from shingikai.registers.models import ImportBatch, Operation

    city = Municipality.objects.get(name="さくら市")
    actor = User.objects.get(username="jimukyoku")
    default_department = Department.objects.get(municipality=city, name="市民課")

    def one(kind: str, headers: list, rows: list, only_valid: bool) -> None:
        if kind == "xlsx":
            data, name = _xlsx(headers, rows), "台帳.xlsx"
        else:
            buffer = io.StringIO()
            csv.writer(buffer).writerows([headers, *rows])
            data, name = buffer.getvalue().encode("cp932", "replace"), "台帳.csv"
        try:
            table = sheet.read_table(data, name, importer.KNOWN_HEADERS)
        except sheet.SheetError:
            return
        batch = ImportBatch.objects.create(
            municipality=city,
            filename=name,
            data=data,
            mapping=importer.guess_mapping(table.headers),
            uploaded_by=actor,
        )
        before = Operation.objects.count()
        try:
            results = importer.import_batch(
                batch,
                batch.mapping,
                actor,
                default_department=default_department,
                only_valid=only_valid,
            )
        except (importer.RegisterImportRefused, sheet.SheetError):
            if Operation.objects.count() != before:
                raise AssertionError("a refused import stored rows") from None
            return
        stored = Operation.objects.count() - before
        if stored != sum(r.ok for r in results):
            raise AssertionError(f"stored {stored} rows, {sum(r.ok for r in results)} were valid")

    @settings(
        max_examples=examples, database=None, deadline=None, suppress_health_check=list(HealthCheck)
    )
    @given(st.sampled_from(["xlsx", "csv"]), sheets, st.booleans())
    def inputs(kind, table, only_valid):
        stats.timed(one, kind, table[0], table[1], only_valid)

    try:
        inputs()
    except Exception as exc:
        stats.crashes.append(f"excel: {type(exc).__name__}: {exc}"[:500])


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=20,
)
FIELDS = [
    "title",
    "department",
    "grounds",
    "outline",
    "start_date",
    "personal_items",
    "contractor",
    "retention_period",
    "disposal_method",
    "datacenter_location",
    "format",
]
json_documents = st.one_of(
    st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=11),
    json_values,
)


def fuzz_json(examples: int, stats: Stats) -> None:
    setup_database()
    import json

    from shingikai.accounts.models import User
    from shingikai.checklist import jsonio, services
    from shingikai.consultations.models import Consultation
    from shingikai.councils.models import Council

    council = Council.objects.get()
    users = [User.objects.get(username=name) for name in ("shokanka", "jimukyoku")]

    def one(document, raw_text: str | None, user_index: int) -> None:
        text = raw_text if raw_text is not None else json.dumps(document, ensure_ascii=False)
        before = Consultation.objects.count()
        try:
            content = jsonio.loads(text.encode("utf-8", "surrogatepass"))
            services.import_consultation(content, user=users[user_index], council=council)
        except (jsonio.JsonError, services.ConsultationImportRefused):
            if Consultation.objects.count() != before:
                raise AssertionError("a refused JSON import stored a draft") from None

    @settings(
        max_examples=examples, database=None, deadline=None, suppress_health_check=list(HealthCheck)
    )
    @given(json_documents, st.one_of(st.none(), st.text(max_size=200)), st.integers(0, 1))
    def inputs(document, raw_text, user_index):
        stats.timed(one, document, raw_text, user_index)

    try:
        inputs()
    except Exception as exc:
        stats.crashes.append(f"json: {type(exc).__name__}: {exc}"[:500])


TARGETS = {
    "parser": (fuzz_parser, 100_000),
    "import": (fuzz_import, 2_000),
    "excel": (fuzz_excel, 3_000),
    "json": (fuzz_json, 20_000),
}


def _retimed(stats: Stats) -> str:
    try:
        again = stats.slowest_retimed()
    except Exception:  # a crashing slowest input is already counted among the crashes
        return ""
    return "" if again is None else f" (the same input run again: {again * 1000:.0f} ms)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", choices=sorted(TARGETS), action="append")
    parser.add_argument("--examples", type=int, help="inputs per target (default per target)")
    parser.add_argument("--limit", type=float, default=2.0, help="seconds allowed per input")
    args = parser.parse_args()
    failed = False
    for name in args.target or list(TARGETS):
        function, default = TARGETS[name]
        stats = Stats(args.limit)
        started = time.perf_counter()
        try:
            function(args.examples or default, stats)
        except KeyboardInterrupt:  # Ctrl-C (or SIGINT) ends the run; what ran is reported
            print(f"{name}: interrupted")
        elapsed = time.perf_counter() - started
        print(
            f"{name}: {stats.runs} inputs in {elapsed:.0f} s ({stats.runs / elapsed:.0f}/s); "
            f"crashes/hangs/partial writes: {len(stats.crashes)}; "
            f"slowest input {stats.slowest * 1000:.0f} ms"
            f"{_retimed(stats)}; over the limit once but not when run again: {stats.pauses}"
        )
        for crash in stats.crashes:
            print(f"  {crash}")
        failed = failed or bool(stats.crashes)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
