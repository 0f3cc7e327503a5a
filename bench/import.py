"""Import benchmark: throughput (MB of text per second) and peak memory, parse and store.

Builds a ~10 MB input from the sample minutes (repeated), then measures
  1. parsing the whole 10 MB text as one file (throughput, peak memory of the process),
  2. importing the sample files into a fresh SQLite database (parse + store throughput),
  3. `shingikai import-minutes DIR` over copies of the samples and generated minutes
     (parse + store + the one search-index catch-up at the end).

Run: .venv/bin/python bench/import.py [--mb 10]
Targets (issue 3): >= 1 MB/s per core; peak memory < 300 MB on a 10 MB input.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "tests" / "samples" / "minutes"
sys.path.insert(0, str(REPO))


def build_input(megabytes: float) -> str:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    parts, size, copy = [], 0, 0
    while size < megabytes * 1_000_000:
        text = texts[copy % len(texts)]
        parts.append(text)
        size += len(text.encode("utf-8"))
        copy += 1
    return "\n".join(parts)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_parse(text: str) -> None:
    from shingikai.minutes.parser import parse_minutes

    size_mb = len(text.encode("utf-8")) / 1e6
    before = peak_rss_mb()
    started, cpu = time.perf_counter(), time.process_time()
    parsed = parse_minutes(text, source="bench")
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(
        f"parse   one file of {size_mb:.1f} MB: {elapsed:.2f} s = {size_mb / elapsed:.2f} MB/s "
        f"[CPU {cpu:.2f} s = {size_mb / cpu:.2f} MB per CPU-second] "
        f"(items {len(parsed['items'])}); peak RSS {peak_rss_mb():.0f} MB "
        f"(before {before:.0f} MB)"
    )


def bench_parse_files(folder: Path) -> None:
    """The bulk corpus parsed file by file, as the import reads it (decode, parse, plain text).

    Its figure is lower than the one-file figure above: the 10 MB file is the samples run
    together (one header, fewer items per MB), while the generated files are short and dense
    (a header, an agenda and labelled turns in about 2.6 KB) and cost more CPU per MB.
    """
    from shingikai.minutes import extract

    groups: dict[str, list[float]] = {"samples": [0.0, 0.0], "generated": [0.0, 0.0]}
    for path in sorted(folder.iterdir()):
        data = path.read_bytes()
        began = time.process_time()
        extract.extract(data, path.name)
        group = groups["generated" if path.name.startswith("gen-") else "samples"]
        group[0] += len(data) / 1e6
        group[1] += time.process_time() - began
    size, cpu = (sum(g[i] for g in groups.values()) for i in (0, 1))
    print(
        f"parse   the bulk corpus file by file, {size:.1f} MB: CPU {cpu:.2f} s = "
        f"{size / cpu:.2f} MB per CPU-second ("
        + ", ".join(f"{k} {mb:.1f} MB at {mb / t:.2f}" for k, (mb, t) in groups.items())
        + ")"
    )


def _setup_django() -> None:
    os.environ["SHINGIKAI_DATA_DIR"] = tempfile.mkdtemp(prefix="shingikai-bench-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shingikai.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def bench_store(copies: int) -> None:
    _setup_django()

    from shingikai.minutes.importer import import_bytes

    files = [(p.name, p.read_bytes()) for p in sorted(SAMPLES.glob("*.txt"))]
    from shingikai.search import _signals

    index_update = _signals.schedule
    for label, indexing in (("parse + store", False), ("parse + store + search index", True)):
        # The search index is refreshed after each file's commit; measured apart, since a
        # bulk import could index once at the end instead.
        _signals.schedule = index_update if indexing else (lambda kind, pk: None)
        total = 0
        started, cpu = time.perf_counter(), time.process_time()
        for i in range(copies):
            for name, data in files:
                # A trailing line changes the hash; the same meeting is then replaced, which
                # exercises delete + insert, the heavier path of a store.
                varied = data + f"\n（写し {label} {i}）\n".encode()
                result = import_bytes(varied, f"{i}-{name}", municipality=None)
                assert result.status in {"created", "replaced"}, result.message
                total += len(varied)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        print(
            f"import  {copies * len(files)} files, {total / 1e6:.1f} MB into SQLite: "
            f"{elapsed:.2f} s = {total / 1e6 / elapsed:.2f} MB/s ({label}) "
            f"[CPU {cpu:.2f} s = {total / 1e6 / cpu:.2f} MB per CPU-second]; "
            f"peak RSS {peak_rss_mb():.0f} MB"
        )
    _signals.schedule = index_update


def build_bulk_folder(copies: int) -> Path:
    """Copies of the samples and generated minutes: the corpus of the bulk import."""
    from shingikai.minutes.parser.tests.generator import generate

    folder = Path(tempfile.mkdtemp(prefix="shingikai-bulk-"))
    for i in range(copies):
        for path in sorted(SAMPLES.glob("*.txt")):
            data = path.read_bytes() + f"\n（写し {i}）\n".encode()
            # A different meeting each copy: the date line is rewritten per copy.
            target = folder / f"{i:03d}-{path.name}"
            target.write_bytes(data)
    for n in range(copies * 20):
        text, _expected, _doc = generate(50_000 + n)
        target = folder / f"gen-{n:05d}.txt"
        target.write_text(text, encoding="utf-8")
    return folder


def bench_bulk(folder: Path) -> None:
    """`shingikai import-minutes DIR`: parse + store + one index catch-up at the end."""
    from django.core.management import call_command

    total = sum(path.stat().st_size for path in folder.iterdir())
    import shingikai.search as search
    from shingikai.minutes import importer

    stages = {"parse": 0.0, "store": 0.0, "index": 0.0}
    originals = (importer.read, importer._store, search.reindex_if_needed)

    def timed(stage, fn):
        def run(*args, **kwargs):
            began = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                stages[stage] += time.process_time() - began

        return run

    # CPU per stage, to say where a bulk import's time goes (the index belongs to search).
    importer.read = timed("parse", importer.read)
    importer._store = timed("store", importer._store)
    search.reindex_if_needed = timed("index", search.reindex_if_needed)
    started, cpu, before = time.perf_counter(), time.process_time(), os.times()
    try:
        call_command("import-minutes", str(folder), verbosity=0, stdout=io.StringIO())
    finally:
        importer.read, importer._store, search.reindex_if_needed = originals
    elapsed, cpu, after = time.perf_counter() - started, time.process_time() - cpu, os.times()
    # The index analysis may run in worker processes: their CPU counts too.
    children = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    # CPU time says what one core does when the machine is shared; SQLite's own I/O waits
    # are in the wall time only.
    print(
        f"bulk    import-minutes DIR, {len(list(folder.iterdir()))} files, {total / 1e6:.1f} MB: "
        f"{elapsed:.2f} s = {total / 1e6 / elapsed:.2f} MB/s (parse + store + one index "
        f"catch-up) [CPU {cpu + children:.2f} s (this process {cpu:.2f} s, index workers "
        f"{children:.2f} s) = {total / 1e6 / (cpu + children):.2f} MB per CPU-second]; "
        f"peak RSS {peak_rss_mb():.0f} MB"
    )
    mb = total / 1e6
    stages["index"] += children
    print(
        "        CPU by stage: "
        + ", ".join(f"{k} {v:.2f} s ({mb / v:.2f} MB/s)" for k, v in stages.items() if v)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="size of the parse input")
    parser.add_argument("--copies", type=int, default=10, help="copies of the samples to store")
    parser.add_argument("--only-bulk", action="store_true", help="just the import-minutes run")
    args = parser.parse_args()
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    print(f"machine: {os.cpu_count()} cores, load average {load}; single process (one core)")
    folder = build_bulk_folder(args.copies)
    if not args.only_bulk:
        bench_parse(build_input(args.mb))
        bench_parse_files(folder)
        bench_store(args.copies)
    else:
        _setup_django()
    bench_bulk(folder)
    print(f"load average after: {', '.join(f'{v:.2f}' for v in os.getloadavg())}")


if __name__ == "__main__":
    main()
