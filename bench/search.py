"""Search benchmark: index build and query latency at national scale, both backends + baseline.

For each backend (SQLite in a temporary file; PostgreSQL in a throwaway cluster on loopback,
started like scripts/test.sh and removed at the end) a child process:
  1. migrates a fresh database and stores the synthetic corpus of bench/corpus.py as
     imported minutes (1,000,000 utterances, ~50,000 consultations, ~1,700 municipalities
     at --scale 1);
  2. builds the index with the real `rebuild()` (what `shingikai reindex` runs): build time,
     MB of text per second, index size and its ratio to the text;
  3. runs a fixed query mix (rare terms, common terms, two-term queries, phrases, parts of
     unknown words, plain-language questions, each without and with facets) through the
     real `search()` (ranking,
     total, facets, first page with highlighted snippets) as a secretariat user, and
     through the ranking query alone: p50/p95/p99.
The SQLite child also builds the baseline: a plain FTS5 trigram table over the same text,
one row per consultation, queried with MATCH and ORDER BY rank (default bm25).

Run:  .venv/bin/python bench/search.py [--scale 0.01] [--backends sqlite,postgresql]
Targets (issue 10): embedded p95 <= 50 ms over the whole mix, questions included, and <= 0.5x
the baseline's p95; PostgreSQL p95 <= 100 ms; index build no slower than the baseline's.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

# (label, query, facets) – facets use names resolved in the child: "municipality" is the
# municipality with the most consultations, the others are fixed values.
COMMON = ["個人情報", "委託", "パスワード", "確認"]
AND_PAIRS = ["パスワード 管理", "データ 消去", "個人情報 委託", "サーバー 国内", "メール 誤送信"]
PHRASES = ['"個人情報の取扱い"', '"情報セキュリティ"', '"データ消去証明書"']
# Plain-language questions (10–40 characters, no spaces), as a secretariat types them.
QUESTIONS = [
    "委託先のデータ消去を確認する方法",
    "防犯カメラの映像を警察に提供した事例",
    "コンビニ交付のクラウド化について",
    "パスワードを職員ごとに管理しているか",
    "個人情報を海外のサーバーに保存する場合",
    "メールの誤送信を防ぐための対策を知りたい",
    "テレワークで個人情報を扱うときのルール",
    "再委託を認めるときの条件はどうなっているか",
]
FACETS = [
    {"municipality": True},
    {"fiscal_year": 2021},
    {"outcome": "approved_with_opinion"},
    {"kind": "question"},
]


def _cpu(built: dict) -> str:
    """ " [CPU n s = x MB per CPU-second]" when the build's CPU was measured."""
    cpu = built.get("build_cpu_s")
    if not cpu:
        return ""
    return f" [CPU {cpu:.1f} s = {built['text_bytes'] / 1e6 / cpu:.2f} MB per CPU-second]"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def summary(values: list[float]) -> str:
    p50, p95, p99 = (percentile(values, share) * 1000 for share in (0.50, 0.95, 0.99))
    return f"p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   p99 {p99:6.1f} ms   (n={len(values)})"


# --- child: one backend --------------------------------------------------------------------


def load_corpus(generator) -> tuple[int, int, int]:
    """Store the synthetic meetings as imported minutes, in bulk (no signals fire)."""
    import hashlib

    from shingikai.councils.models import Municipality
    from shingikai.minutes.models import (
        ImportedItem,
        ImportedMeeting,
        ImportedUtterance,
        SourceFile,
    )

    cities = {name: Municipality.objects.create(name=name) for name in generator.municipality_names}
    meetings = items = utterances = 0
    batch_items: list = []
    batch_turns: list = []

    def flush():
        nonlocal batch_items, batch_turns
        created = ImportedItem.objects.bulk_create([item for item, _turns in batch_items])
        rows = []
        for item, (_unsaved, turns) in zip(created, batch_items, strict=True):
            rows.extend(
                ImportedUtterance(
                    item_id=item.pk,
                    order=n,
                    role=t.role,
                    speaker=t.speaker,
                    act=t.act,
                    text=t.text,
                )
                for n, t in enumerate(turns, start=1)
            )
        ImportedUtterance.objects.bulk_create(rows, batch_size=5000)
        batch_items, batch_turns = [], []

    for number, meeting in enumerate(generator.meetings()):
        city = cities[meeting.municipality]
        digest = hashlib.sha256(f"bench-{number}".encode()).hexdigest()
        source = SourceFile.objects.create(
            municipality=city,
            name=f"bench-{number}.txt",
            content_hash=digest,
            file_type="txt",
            size=0,
            text="",
        )
        stored = ImportedMeeting.objects.create(
            source=source,
            municipality=city,
            council_name=meeting.council,
            title=meeting.title,
            date=meeting.date,
            identity=f"{meeting.municipality}|bench|{number}",
        )
        meetings += 1
        for order, item in enumerate(meeting.items, start=1):
            batch_items.append(
                (
                    ImportedItem(
                        meeting=stored,
                        order=order,
                        kind=item.kind,
                        number=item.number,
                        title=item.title,
                        department=item.department,
                        grounds=item.grounds,
                        outcome=item.outcome,
                        opinion=item.opinion,
                        followups=item.followups,
                    ),
                    item.utterances,
                )
            )
            items += 1
            utterances += len(item.utterances)
        if len(batch_items) >= 500:
            flush()
    if batch_items:
        flush()
    return meetings, items, utterances


def query_mix(generator) -> list[tuple[str, str, dict]]:
    """The fixed mix: every query once without facets and once with a facet."""
    tail = sorted(
        (count, term) for term, count in generator.tail_counts.items() if 3 <= count <= 40
    )
    # Rare compounds of kanji and katakana (a generated compound with hiragana, such as
    # 学び+副本, is read differently in every sentence and would measure nothing).
    words = [term for _count, term in tail if re.fullmatch(r"[ァ-ヶー一-龯々]{3,}", term)]
    katakana = [t for t in words if all("ァ" <= ch <= "ヶ" or ch == "ー" for ch in t)]
    compounds = [t for t in words if t not in katakana]
    rare = compounds[:: max(1, len(compounds) // 4)][:4] if compounds else []
    unknown = katakana[len(katakana) // 2 : len(katakana) // 2 + 2]
    queries = [("rare", q) for q in rare]
    queries += [("part of unknown word", q[1:4]) for q in unknown if len(q) >= 4]
    queries += [("common", q) for q in COMMON]
    queries += [("two-term AND", q) for q in AND_PAIRS]
    queries += [("phrase", q) for q in PHRASES]
    queries += [("question", q) for q in QUESTIONS]
    mix = []
    for n, (label, text) in enumerate(queries):
        mix.append((label, text, {}))
        mix.append((label + " + facet", text, FACETS[n % len(FACETS)]))
    return mix


def baseline(mix, municipality_id: int, rounds: int, args=None) -> dict:
    """A plain FTS5 trigram table, default bm25, over the same text."""
    from django.db import connection

    from shingikai.search import _sources

    marker = Path(args.keep) / f"baseline-{args.scale}.json" if args and args.keep else None
    if args and args.reuse_index and marker is not None and marker.exists():
        built = json.loads(marker.read_text())
        timings = _baseline_queries(mix, municipality_id, rounds)
        return {**built, "timings": timings}
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS bench_trigram")
        cursor.execute(
            "CREATE VIRTUAL TABLE bench_trigram USING fts5(body, municipality UNINDEXED, "
            "fiscal_year UNINDEXED, outcome UNINDEXED, tokenize='trigram')"
        )
    started, cpu = time.perf_counter(), time.process_time()
    text_bytes = 0
    rows = []
    with connection.cursor() as cursor:
        for document in _sources.all_documents():
            text = "\n".join(e.text for e in document.entries if e.text)
            text_bytes += len(text.encode())
            rows.append((document.municipality_id, document.fiscal_year, document.outcome, text))
            if len(rows) >= 1000:
                cursor.executemany(
                    "INSERT INTO bench_trigram(municipality, fiscal_year, outcome, body) "
                    "VALUES (%s, %s, %s, %s)",
                    rows,
                )
                rows = []
        if rows:
            cursor.executemany(
                "INSERT INTO bench_trigram(municipality, fiscal_year, outcome, body) "
                "VALUES (%s, %s, %s, %s)",
                rows,
            )
        cursor.execute("INSERT INTO bench_trigram(bench_trigram) VALUES ('optimize')")
    build, build_cpu = time.perf_counter() - started, time.process_time() - cpu
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name IN "
            "(SELECT name FROM sqlite_master WHERE tbl_name LIKE %s)",
            ["bench_trigram%"],
        )
        size = cursor.fetchone()[0]
    built = {"build_s": build, "build_cpu_s": build_cpu, "text_bytes": text_bytes, "size": size}
    if marker is not None:
        marker.write_text(json.dumps(built))
    return {**built, "timings": _baseline_queries(mix, municipality_id, rounds)}


def _baseline_queries(mix, municipality_id: int, rounds: int) -> list[float]:
    from django.db import connection

    timings: list[float] = []
    for round_ in range(rounds + 1):
        for _label, text, facets in mix:
            terms = (
                text.replace('"', " ").split() if not text.startswith('"') else [text.strip('"')]
            )
            match = " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)
            sql = "SELECT rowid FROM bench_trigram WHERE bench_trigram MATCH %s"
            params: list = [match]
            if facets.get("municipality"):
                sql += " AND municipality = %s"
                params.append(municipality_id)
            if "fiscal_year" in facets:
                sql += " AND fiscal_year = %s"
                params.append(facets["fiscal_year"])
            if "outcome" in facets:
                sql += " AND outcome = %s"
                params.append(facets["outcome"])
            sql += " ORDER BY rank LIMIT 20"
            begin = time.perf_counter()
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                cursor.fetchall()
            if round_:
                timings.append(time.perf_counter() - begin)
    return timings


def child(args) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "shingikai.settings"
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from bench.corpus import Generator
    from shingikai.accounts.models import User
    from shingikai.councils.models import Council, Municipality
    from shingikai.search import Filters, rebuild, search
    from shingikai.search._backend import backend_for
    from shingikai.search._search import access_for, ranked_ids
    from shingikai.search._synonyms import seed
    from shingikai.search.models import Document

    vendor = connection.vendor
    out: dict = {"backend": vendor, "scale": args.scale}
    call_command("migrate", verbosity=0)
    # --keep: the stored corpus (and the query mix drawn from it) is reused across runs.
    marker = Path(args.keep) / f"corpus-{vendor}-{args.scale}.json" if args.keep else None
    if marker is not None and marker.exists():
        stored = json.loads(marker.read_text())
        out.update(stored["counts"])
        stored_mix = [tuple(entry) for entry in stored["mix"]]
        generator = None
    else:
        generator = Generator(args.scale, seed=1)
        started = time.perf_counter()
        meetings, items, utterances = load_corpus(generator)
        out["load_s"] = time.perf_counter() - started
        out.update(meetings=meetings, items=items, utterances=utterances)
        stored_mix = query_mix(generator)
        if marker is not None:
            counts = {k: out[k] for k in ("load_s", "meetings", "items", "utterances")}
            marker.write_text(json.dumps({"counts": counts, "mix": stored_mix}, ensure_ascii=False))
    meetings, items, utterances = out["meetings"], out["items"], out["utterances"]
    out["municipalities"] = Municipality.objects.count()
    print(
        f"[{vendor}] corpus stored: {meetings} meetings, {items} consultations, "
        f"{utterances} utterances, {out['municipalities']} municipalities "
        f"in {out['load_s']:.1f} s",
        flush=True,
    )

    if args.load_only:
        return
    seed()  # the vocabulary a real installation has
    out["load_before_build"] = os.getloadavg()[0]
    build_marker = Path(args.keep) / f"build-{vendor}-{args.scale}.json" if args.keep else None
    if args.reuse_index and build_marker is not None and build_marker.exists():
        out.update(json.loads(build_marker.read_text()))
        print(f"[{vendor}] index reused (built earlier; its build figures are shown)", flush=True)
    else:
        cpu, before = time.process_time(), os.times()
        stats = rebuild(workers=args.workers)
        after = os.times()
        # CPU of this process and of the analysis workers (waited for when the pool closes):
        # on a shared machine it says more than the wall time, which others' load stretches.
        out["build_cpu_s"] = (
            time.process_time()
            - cpu
            + (after.children_user - before.children_user)
            + (after.children_system - before.children_system)
        )
        out["build_s"] = stats.seconds
        out["text_bytes"] = stats.text_bytes
        out["documents"] = stats.documents
        if build_marker is not None:
            keys = ("build_s", "build_cpu_s", "text_bytes", "documents", "load_before_build")
            build_marker.write_text(json.dumps({k: out[k] for k in keys}))
    backend = backend_for()
    out["index_bytes"] = backend.size_bytes()
    print(
        f"[{vendor}] index built: {out['documents']} documents, "
        f"{out['text_bytes'] / 1e6:.1f} MB of text in {out['build_s']:.1f} s = "
        f"{out['text_bytes'] / 1e6 / out['build_s']:.2f} MB/s{_cpu(out)}; "
        f"index {out['index_bytes'] / 1e6:.1f} MB = {out['index_bytes'] / out['text_bytes']:.2f}x "
        f"the text (load average {out['load_before_build']:.2f} before the build, "
        f"{os.getloadavg()[0]:.2f} after)",
        flush=True,
    )

    city, _ = Municipality.objects.get_or_create(name="ベンチ市")
    council, _ = Council.objects.get_or_create(municipality=city, name="ベンチ市個人情報保護審議会")
    user, _ = User.objects.get_or_create(
        username="bench", defaults={"role": User.Role.SECRETARIAT, "council": council}
    )
    busiest = (
        Document.objects.values("municipality_id")
        .annotate(n=django.db.models.Count("pk"))
        .order_by("-n")
        .first()["municipality_id"]
    )
    mix = stored_mix
    out["load_before_queries"] = os.getloadavg()[0]
    out["mix"] = [(label, text, facets) for label, text, facets in mix]
    full: list[float] = []
    ranking: list[float] = []
    by_label: dict[str, list[float]] = {}
    access = access_for(user)
    for round_ in range(args.rounds + 1):
        for label, text, facets in mix:
            filters = Filters(
                municipality=busiest if facets.get("municipality") else None,
                fiscal_year=facets.get("fiscal_year"),
                outcome=facets.get("outcome"),
                kind=facets.get("kind"),
            )
            begin = time.perf_counter()
            results = search(text, user=user, filters=filters)
            elapsed = time.perf_counter() - begin
            begin = time.perf_counter()
            ranked_ids(text, access, 20)
            ranked = time.perf_counter() - begin
            if round_:  # the first round warms the caches
                full.append(elapsed)
                ranking.append(ranked)
                by_label.setdefault(label.split(" + ")[0], []).append(elapsed)
            elif args.verbose:
                print(f"   {label:28s} {text:24s} {facets} -> {results.total} matches")
    out["full"] = full
    out["ranking"] = ranking
    out["by_label"] = by_label
    print(f"[{vendor}] search(), first page with facets and snippets: {summary(full)}")
    print(f"[{vendor}] ranking query alone (top 20):                  {summary(ranking)}")
    for label, values in by_label.items():
        print(f"[{vendor}]   {label:22s} {summary(values)}")
    if vendor == "sqlite" and not args.no_baseline:
        base = baseline(mix, busiest, args.rounds, args)
        out["baseline"] = base
        print(
            f"[baseline] trigram FTS5 built in {base['build_s']:.1f} s = "
            f"{base['text_bytes'] / 1e6 / base['build_s']:.2f} MB/s{_cpu(base)}; size "
            f"{base['size'] / 1e6:.1f} MB = {base['size'] / base['text_bytes']:.2f}x the text"
        )
        print(
            f"[baseline] MATCH ... ORDER BY rank LIMIT 20:             {summary(base['timings'])}"
        )
    Path(args.result).write_text(json.dumps(out, ensure_ascii=False, default=str))


# --- parent: orchestration -----------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ThrowawayPostgres:
    """initdb into a temporary directory as the postgres user, loopback only, a free port."""

    def __init__(self, keep: str | None = None) -> None:
        bins = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: p.parent.name)
        if not bins:
            raise SystemExit("PostgreSQL is not installed (bash scripts/system-packages.sh test)")
        self.bin = bins[-1]
        self.port = free_port()
        self.keep = keep is not None
        if keep is not None:
            self.dir = Path(keep) / "pg"
            self.dir.mkdir(parents=True, exist_ok=True)
        else:
            self.dir = Path(tempfile.mkdtemp(prefix="shingikai-bench-pg."))

    def _run(self, *args: str) -> None:
        command = [str(self.bin / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)

    def __enter__(self) -> str:
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres")
        fresh = not (self.dir / "data").exists()
        if fresh:
            self._run(
                "initdb", "-D", f"{self.dir}/data", "-U", "postgres", "-A", "trust", "-E", "UTF8",
                "--locale=C.UTF-8",
            )  # fmt: skip
        options = (
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c shared_buffers=512MB -c work_mem=64MB -c maintenance_work_mem=512MB"
        )
        self._run(
            "pg_ctl",
            "-D",
            f"{self.dir}/data",
            "-l",
            f"{self.dir}/log",
            "-w",
            "start",
            "-o",
            options,
        )
        import psycopg

        with psycopg.connect(
            f"postgresql://postgres@127.0.0.1:{self.port}/postgres", autocommit=True
        ) as conn:
            if fresh:
                conn.execute("CREATE DATABASE bench")
        return f"postgres://postgres@127.0.0.1:{self.port}/bench"

    def __exit__(self, *exc) -> None:
        try:
            self._run(
                "pg_ctl",
                "-D",
                f"{self.dir}/data",
                "-m",
                "fast" if self.keep else "immediate",
                "stop",
            )
        finally:
            if not self.keep:
                shutil.rmtree(self.dir, ignore_errors=True)


def run_child(args, backend: str, database_url: str, data_dir: str) -> dict:
    result = Path(data_dir) / f"result-{backend}.json"
    env = dict(os.environ, DATABASE_URL=database_url, SHINGIKAI_DATA_DIR=data_dir)
    command = [
        sys.executable, __file__, "--child", "--scale", str(args.scale), "--rounds",
        str(args.rounds), "--result", str(result),
    ]  # fmt: skip
    if args.workers:
        command += ["--workers", str(args.workers)]
    if args.no_baseline:
        command.append("--no-baseline")
    if args.keep:
        command += ["--keep", args.keep]
    if args.reuse_index:
        command.append("--reuse-index")
    if args.load_only:
        command.append("--load-only")
    if args.verbose:
        command.append("--verbose")
    subprocess.run(command, check=True, env=env)
    return json.loads(result.read_text()) if result.exists() else {}


def report(results: list[dict]) -> None:
    print("\n=== Summary ===")
    for r in results:
        text = r["text_bytes"]
        print(
            f"{r['backend']:10s} scale {r['scale']}: {r['utterances']} utterances, {r['items']} "
            f"consultations, {r['municipalities']} municipalities; text {text / 1e6:.1f} MB"
        )
        print(
            f"{'':10s} build {r['build_s']:.1f} s = {text / 1e6 / r['build_s']:.2f} MB/s{_cpu(r)}; "
            "index "
            f"{r['index_bytes'] / 1e6:.1f} MB = {r['index_bytes'] / text:.2f}x text"
        )
        print(f"{'':10s} search():     {summary(r['full'])}")
        if r["backend"] == "postgresql":
            verdict = {True: "met", False: "MISSED"}
            print(
                f"targets (server backend): search() p95 <= 100 ms "
                f"{verdict[percentile(r['full'], 0.95) <= 0.100]}"
            )
        print(f"{'':10s} ranking only: {summary(r['ranking'])}")
        if "baseline" in r:
            b = r["baseline"]
            print(
                f"{'baseline':10s} build {b['build_s']:.1f} s = "
                f"{b['text_bytes'] / 1e6 / b['build_s']:.2f} MB/s{_cpu(b)}; "
                f"index {b['size'] / 1e6:.1f} MB "
                f"= {b['size'] / b['text_bytes']:.2f}x text"
            )
            print(f"{'':10s} trigram MATCH: {summary(b['timings'])}")
            base95 = percentile(b["timings"], 0.95)
            if "question" in r.get("by_label", {}):
                print(f"{'':10s} questions alone, search(): {summary(r['by_label']['question'])}")
            verdict = {True: "met", False: "MISSED"}
            print(
                "targets (embedded backend): "
                f"search() p95 <= 50 ms {verdict[percentile(r['full'], 0.95) <= 0.050]}; "
                f"search() p95 <= 0.5x baseline p95 "
                f"{verdict[percentile(r['full'], 0.95) <= 0.5 * base95]}; "
                f"ranking p95 <= baseline p95 {verdict[percentile(r['ranking'], 0.95) <= base95]}; "
                f"build no slower than the baseline {verdict[r['build_s'] <= b['build_s']]}; "
                f"build >= 2 MB/s {verdict[text / 1e6 / r['build_s'] >= 2.0]}; "
                f"index <= 3x text {verdict[r['index_bytes'] <= 3 * text]}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1 = 1,000,000 utterances")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds of the query mix")
    parser.add_argument("--workers", type=int, help="analysis processes of the index build")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument(
        "--keep",
        help="a folder that keeps the stored corpus (and the PostgreSQL cluster) "
        "between runs: the corpus is generated once",
    )
    parser.add_argument(
        "--reuse-index",
        action="store_true",
        help="with --keep: query the index built by an earlier run (its build figures shown)",
    )
    parser.add_argument("--load-only", action="store_true", help="store the corpus and stop")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    print(
        f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f} at the start; "
        f"scale {args.scale}"
    )
    results = []
    for backend in args.backends.split(","):
        if args.keep:
            Path(args.keep).mkdir(parents=True, exist_ok=True)
        data_dir = args.keep or tempfile.mkdtemp(prefix="shingikai-bench-")
        try:
            if backend == "sqlite":
                url = f"sqlite:///{data_dir}/bench-{args.scale}.sqlite3"
                results.append(run_child(args, backend, url, data_dir))
            elif backend == "postgresql":
                with ThrowawayPostgres(args.keep) as url:
                    results.append(run_child(args, backend, url, data_dir))
            else:
                raise SystemExit(f"unknown backend {backend!r}")
        finally:
            if not args.keep:
                shutil.rmtree(data_dir, ignore_errors=True)
    report([r for r in results if r])


if __name__ == "__main__":
    main()
