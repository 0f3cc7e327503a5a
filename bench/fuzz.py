"""Hostile-input fuzzing: the minutes parser and the imports never crash, hang or half-write.

Targets (choose with --target, default all that exist):
  parser   pure parse of generated text and bytes (>= 100,000 inputs by default)
  import   minutes import into a fresh SQLite database: a failed file leaves no row
  (registers' Excel import and the consultation JSON import are added by their apps'
   FUZZ_TARGETS when present: see TARGETS below)

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
]

fragments = st.one_of(
    st.sampled_from(LINES),
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
    def __init__(self, limit: float) -> None:
        self.limit = limit
        self.runs = 0
        self.slowest = 0.0
        self.crashes: list[str] = []

    def timed(self, function, *args) -> None:
        started = time.perf_counter()
        try:
            function(*args)
        finally:
            elapsed = time.perf_counter() - started
            self.runs += 1
            self.slowest = max(self.slowest, elapsed)
        if elapsed > self.limit:
            raise AssertionError(f"input took {elapsed:.2f} s (limit {self.limit} s)")


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


def fuzz_import(examples: int, stats: Stats) -> None:
    os.environ["SHINGIKAI_DATA_DIR"] = tempfile.mkdtemp(prefix="shingikai-fuzz-")
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shingikai.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from shingikai.minutes.importer import import_bytes
    from shingikai.minutes.models import ImportedItem, ImportedUtterance, SourceFile

    call_command("migrate", verbosity=0)

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


TARGETS = {"parser": (fuzz_parser, 100_000), "import": (fuzz_import, 2_000)}


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
        function(args.examples or default, stats)
        elapsed = time.perf_counter() - started
        print(
            f"{name}: {stats.runs} inputs in {elapsed:.0f} s ({stats.runs / elapsed:.0f}/s); "
            f"crashes/hangs/partial writes: {len(stats.crashes)}; "
            f"slowest input {stats.slowest * 1000:.0f} ms"
        )
        for crash in stats.crashes:
            print(f"  {crash}")
        failed = failed or bool(stats.crashes)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
