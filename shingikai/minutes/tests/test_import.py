import io
import shutil

import pytest
from django.core.management import CommandError, call_command

from shingikai.minutes import importer
from shingikai.minutes.importer import collect_files, import_bytes, import_paths
from shingikai.minutes.models import ImportedItem, ImportedMeeting, ImportedUtterance, SourceFile


def _counts() -> tuple[int, ...]:
    return tuple(
        model.objects.count()
        for model in (SourceFile, ImportedMeeting, ImportedItem, ImportedUtterance)
    )


def test_importing_the_same_folder_twice_stores_nothing_new(db, samples):
    """Idempotent by content hash: the second run finds every file unchanged."""
    first = list(import_paths(collect_files([samples])))
    assert [r.status for r in first] == ["created"] * 3
    counts = _counts()
    assert counts[1] == 3 and counts[3] > 100
    second = list(import_paths(collect_files([samples])))
    assert [r.status for r in second] == ["unchanged"] * 3
    assert _counts() == counts


def test_a_corrected_file_replaces_its_earlier_version(db, samples):
    path = samples / "higashimurayama_2022-02-02.txt"
    original = path.read_bytes()
    import_bytes(original, path.name)
    corrected = original.replace("マイナ・アシスト".encode(), "マイナアシスト".encode())
    result = import_bytes(corrected, path.name)
    assert result.status == "replaced"
    assert ImportedMeeting.objects.count() == 1
    assert ImportedItem.objects.filter(title__contains="マイナアシスト").exists()
    assert not ImportedItem.objects.filter(title__contains="マイナ・アシスト").exists()


def test_a_file_failing_midway_leaves_nothing_of_itself(db, samples, monkeypatch):
    """The file's transaction rolls back: no source, meeting or item remains."""
    import_bytes((samples / "adachi_2022-12-27.txt").read_bytes(), "adachi.txt")
    before = _counts()

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    # The turns are written last, after the source, meeting and items: fail there.
    monkeypatch.setattr(importer, "_insert_utterances", explode)
    result = import_bytes(
        (samples / "higashimurayama_2015-01-21.txt").read_bytes(), "higashimurayama.txt"
    )
    assert result.status == "failed" and "disk full" in result.message
    assert _counts() == before


def test_a_shift_jis_copy_imports_like_the_utf8_original(db, samples):
    text = (samples / "adachi_2022-12-27.txt").read_text(encoding="utf-8")
    # The sample holds a few characters CP932 lacks (✓); both copies get the same substitute.
    text = text.encode("cp932", errors="replace").decode("cp932")
    utf8 = import_bytes(text.encode("utf-8"), "utf8.txt")
    sjis_parsed = SourceFile.objects.get().parsed
    SourceFile.objects.all().delete()
    sjis = import_bytes(text.encode("cp932"), "sjis.txt")
    assert (sjis.items, sjis.utterances) == (utf8.items, utf8.utterances)
    parsed = SourceFile.objects.get().parsed
    assert {k: v for k, v in parsed.items() if k != "source"} == {
        k: v for k, v in sjis_parsed.items() if k != "source"
    }


def _blank_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (bytes(range(256)) * 40, ""),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "PNG"),
        (_blank_pdf(), "OCR"),
        ("令和4年12月27日 審議会".encode("utf-16-be"), ""),
    ],
    ids=["empty", "blank", "binary", "image", "pdf-without-text", "utf16-no-bom"],
)
def test_bad_input_fails_clearly_and_stores_nothing(db, data, reason):
    result = import_bytes(data, "bad.txt", municipality="テスト市")
    assert result.status == "failed"
    assert reason in result.message
    assert _counts() == (0, 0, 0, 0)


def test_a_file_over_the_limit_is_refused_before_reading(db, tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing them
    [result] = import_paths([big])
    assert result.status == "failed" and "limit" in result.message
    assert _counts() == (0, 0, 0, 0)


def test_a_pdf_with_a_text_layer_imports(db, samples, settings):
    """A sample rendered to PDF gives the same meeting as its text."""
    from weasyprint import HTML

    settings.MINUTES_MAX_BYTES = 20_000_000
    text = (samples / "higashimurayama_2022-02-02.txt").read_text(encoding="utf-8")
    html = "<pre style='font-family: Noto Sans CJK JP; white-space: pre-wrap'>{}</pre>".format(
        text.replace("&", "&amp;").replace("<", "&lt;")
    )
    result = import_bytes(HTML(string=html).write_pdf(), "minutes.pdf")
    assert result.status == "created", result.message
    meeting = ImportedMeeting.objects.get()
    assert meeting.date.isoformat() == "2022-02-02"
    assert meeting.municipality.name == "東村山市"
    assert result.items >= 1


def test_the_import_command_summarises_and_fails_on_bad_files(db, samples, tmp_path, capsys):
    folder = tmp_path / "in"
    shutil.copytree(samples, folder)
    (folder / "empty.txt").write_bytes(b"")
    with pytest.raises(CommandError, match="1 file"):
        call_command("import-minutes", str(folder))
    out, err = capsys.readouterr()
    assert "files: 4  created: 3" in out
    assert "FAILED" in err and "empty.txt" in err
    assert ImportedMeeting.objects.count() == 3
    flagged = ImportedMeeting.objects.filter(to_check__gt=0).count()
    if flagged:
        assert f"meetings with points to check: {flagged} " in out
    else:
        assert "points to check" not in out


def test_the_import_command_counts_the_meetings_left_to_check(db, tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    unsure = "議題：(1) 窓口予約システムの導入について【市民課】"  # names no kind
    (folder / "a.txt").write_text(
        "会議名：令和5年度第1回テスト市個人情報保護審議会\n日時：令和5年6月1日 午前10時～午前11時\n"
        f"{unsure}\n会議経過\n(1) 窓口予約システムの導入について【市民課】\n"
        "【会長】\n異議なしと認め、原案のとおり承認します。\n",
        encoding="utf-8",
    )
    call_command("import-minutes", str(folder))
    out = capsys.readouterr().out
    assert "meetings with points to check: 1 " in out
    assert ImportedMeeting.objects.get().to_check == 1  # the guessed kind


def test_parse_minutes_prints_the_json_contract_and_stores_nothing(db, samples, capsys):
    import json

    call_command("parse-minutes", str(samples / "adachi_2022-12-27.txt"))
    parsed = json.loads(capsys.readouterr().out)
    assert parsed["municipality"] == "足立区"
    assert parsed["meeting"]["date"] == "2022-12-27"
    assert {"source", "council", "members_present", "members_absent", "items", "warnings"} <= set(
        parsed
    )
    assert _counts() == (0, 0, 0, 0)


def test_parse_minutes_reports_bad_input_without_a_traceback(tmp_path):
    import subprocess
    import sys

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    run = subprocess.run(
        [sys.executable, "-m", "shingikai.cli", "parse-minutes", str(empty)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 1
    assert "empty" in run.stderr and "Traceback" not in run.stderr


def test_bulk_import_indexes_once_at_the_end(db, samples, monkeypatch, capsys):
    """No refresh per file: one catch-up after the batch, and then every item is indexed."""
    from shingikai.search import _index, _sources
    from shingikai.search.models import Document

    calls = []
    refresh = _index.refresh

    def counting(keys):
        calls.append(len(set(keys)))
        return refresh(keys)

    monkeypatch.setattr(_index, "refresh", counting)
    call_command("import-minutes", str(samples), "--progress")
    assert len(calls) <= 1
    indexed = Document.objects.filter(source=_sources.IMPORTED, audience=_sources.INTERNAL)
    items = ImportedItem.objects.filter(kind__in=_sources.IMPORTED_KINDS)
    assert items.count() > 10
    assert indexed.count() == items.count()
    assert "B" in capsys.readouterr().err  # the progress bar, in bytes


def test_a_file_is_stored_in_a_few_queries_however_many_turns_it_has(db, samples):
    """No query per item or turn: the turns go in one prepared INSERT per 500 rows, so a
    file of hundreds of turns costs the queries of a short one (plus those batches)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    import_bytes("令和5年1月1日 テスト市審議会\n".encode(), "warm.txt")  # the city exists
    counts = {}
    for name in ("adachi_2022-12-27.txt", "higashimurayama_2015-01-21.txt"):
        data = (samples / name).read_bytes()
        with CaptureQueriesContext(connection) as queries:
            result = import_bytes(data, name)
        assert result.status == "created" and result.utterances > 20
        batches = -(-result.utterances // 500)
        counts[name] = len(queries) - batches
    assert max(counts.values()) <= 14, counts


def test_a_corrected_file_replaces_only_its_own_meeting(db, samples):
    """The earlier version is found by the meeting's identity: other meetings, of the same
    municipality or not, stay."""
    for name in ("higashimurayama_2015-01-21.txt", "higashimurayama_2022-02-02.txt"):
        import_bytes((samples / name).read_bytes(), name)
    import_bytes((samples / "adachi_2022-12-27.txt").read_bytes(), "adachi.txt")
    corrected = (samples / "higashimurayama_2022-02-02.txt").read_bytes() + "\n以上\n".encode()
    result = import_bytes(corrected, "higashimurayama_2022-02-02.txt")
    assert result.status == "replaced"
    dates = sorted(m.date.isoformat() for m in ImportedMeeting.objects.all())
    assert dates == ["2015-01-21", "2022-02-02", "2022-12-27"]
    assert SourceFile.objects.count() == 3
