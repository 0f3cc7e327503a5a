"""The index follows the data: saving, deciding, deleting, importing, and `reindex`."""

import io

import pytest
from django.core.management import call_command
from django.db import transaction

from shingikai.minutes.importer import import_bytes
from shingikai.search import search
from shingikai.search.models import Document


def titles(text, user) -> list[str]:
    return [hit.title for hit in search(text, user=user).hits]


def test_saving_a_consultation_updates_the_index(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        consultation = world.consultation(title="学童メールシステムの導入")
    assert titles("学童", world.bob) == ["学童メールシステムの導入"]

    with django_capture_on_commit_callbacks(execute=True):
        consultation.title = "学童保育室の入室管理システムの導入"
        consultation.outline = "ＩＣカードで入退室を記録する。"
        consultation.save()
    assert titles("メール", world.bob) == []
    assert titles("入退室 ICカード", world.bob) == ["学童保育室の入室管理システムの導入"]

    with django_capture_on_commit_callbacks(execute=True):
        consultation.delete()
    assert titles("学童", world.bob) == []
    assert not Document.objects.exists()


def test_a_decision_makes_a_consultation_visible_to_other_departments(
    world, django_capture_on_commit_callbacks
):
    import datetime

    from shingikai.consultations import services
    from shingikai.consultations.models import Outcome, Utterance
    from shingikai.meetings.models import Meeting

    with django_capture_on_commit_callbacks(execute=True):
        meeting = Meeting.objects.create(
            council=world.council,
            fiscal_year=2024,
            number=1,
            date=datetime.date(2024, 6, 10),
            start_time=datetime.time(10),
            place="第1会議室",
        )
        consultation = world.consultation(title="ふるさと納税支援業務委託")
        services.submit(consultation, world.bob)
        services.put_on_agenda(consultation, meeting, world.alice)
    assert titles("ふるさと納税", world.carol) == []
    with django_capture_on_commit_callbacks(execute=True):
        services.record_utterance(
            consultation,
            meeting,
            speaker="鈴木委員",
            role=Utterance.Role.MEMBER,
            act=Utterance.Act.QUESTION,
            text="コールセンターの個人情報の取扱いはどうなるのか。",
        )
        services.record_decision(
            consultation,
            meeting,
            Outcome.APPROVED_WITH_OPINION,
            "委託先を監督されたい。",
            world.alice,
        )
    hits = search("コールセンター", user=world.carol).hits
    assert [h.title for h in hits] == ["ふるさと納税支援業務委託"]
    assert hits[0].outcome == "approved_with_opinion"
    assert hits[0].snippets[0].field == "question"


def test_a_rolled_back_change_does_not_stop_later_updates(
    world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        consultation = world.consultation(title="学童メールシステムの導入")
    with pytest.raises(RuntimeError), transaction.atomic():
        consultation.title = "取り消される件名"
        consultation.save()
        raise RuntimeError
    with django_capture_on_commit_callbacks(execute=True):
        consultation.title = "電子契約サービスの導入"
        consultation.save()
    assert titles("電子契約", world.bob) == ["電子契約サービスの導入"]


def test_imported_minutes_are_indexed_and_replaced(
    world, samples, django_capture_on_commit_callbacks
):
    path = samples / "higashimurayama_2022-02-02.txt"
    original = path.read_bytes()
    with django_capture_on_commit_callbacks(execute=True):
        import_bytes(original, path.name)
    # The item first; the meeting too, by its agenda (text placed in no item).
    assert titles("マイナ・アシスト", world.alice)[0] == "マイナ・アシストの利用"

    corrected = original.replace("マイナ・アシスト".encode(), "マイナアシスト".encode())
    with django_capture_on_commit_callbacks(execute=True):
        assert import_bytes(corrected, path.name).status == "replaced"
    # The punctuation is not a word: both spellings find the one current version.
    assert titles("マイナ・アシスト", world.alice)[0] == "マイナアシストの利用"
    assert titles("マイナアシスト", world.alice)[0] == "マイナアシストの利用"
    assert "マイナ・アシストの利用" not in titles("マイナアシスト", world.alice)
    # Four items and the meeting's own document.
    assert Document.objects.count() == 6


def test_reindex_rebuilds_and_if_needed_catches_up(world, precedent):
    precedent(
        title="都市計画情報等提供システムの構築", turns=(("answer", "ゼンリンの地図を使う。"),)
    )
    world.consultation(title="学童メールシステムの導入")
    out = io.StringIO()
    call_command("reindex", stdout=out)
    assert "rebuilt: 3 documents" in out.getvalue()  # two items and their meeting
    assert titles("ゼンリン", world.alice) == ["都市計画情報等提供システムの構築"]

    out = io.StringIO()
    call_command("reindex", "--if-needed", stdout=out)
    assert "up to date" in out.getvalue()

    # A document lost while indexing was not running comes back.
    from shingikai.search._index import delete_documents

    delete_documents(list(Document.objects.filter(source="imported")))
    out = io.StringIO()
    call_command("reindex", "--if-needed", stdout=out)
    assert "caught up: 1 refreshed" in out.getvalue()
    assert titles("ゼンリン", world.alice) == ["都市計画情報等提供システムの構築"]


def test_a_flush_empties_the_index(transactional_db, precedent):
    """flush (as between transactional tests) deletes the documents; their index rows go too."""
    from shingikai.search._backend import backend_for
    from shingikai.search._index import rebuild
    from shingikai.search._query import Access, Query
    from shingikai.search._schema import META_INTERNAL

    precedent(
        title="都市計画情報等提供システムの構築", turns=(("answer", "ゼンリンの地図を使う。"),)
    )
    rebuild(workers=1)
    query, everyone = Query.parse("ゼンリン"), Access((META_INTERNAL,))
    assert len(backend_for().ranked(query, everyone, 10)) == 1
    call_command("flush", interactive=False, verbosity=0)
    assert backend_for().ranked(query, everyone, 10) == []


def test_text_the_parser_placed_in_no_item_finds_its_meeting(db, samples):
    """Header lines (attendees, places) belong to no item: the meeting is found by them."""
    from shingikai.search._index import refresh
    from shingikai.search._signals import _expand

    path = samples / "higashimurayama_2022-02-02.txt"
    result = import_bytes(path.read_bytes(), path.name)
    refresh(_expand({("imported_meeting", result.meeting_id)}))
    document = Document.objects.get(source="meeting", object_id=result.meeting_id)
    assert "個人情報保護運営審議会" in document.title

    class Admin:
        is_authenticated = True
        is_admin_role = True

    hits = search("庁議室", user=Admin()).hits
    meeting = next(h for h in hits if h.source == "meeting")
    assert meeting.object_id == result.meeting_id
    assert "庁議室" in meeting.snippets[0].text
    assert meeting.url.endswith(f"/meetings/{result.meeting_id}/")
    # Words of the items stay with the items.
    from shingikai.minutes.models import ImportedUtterance

    said = ImportedUtterance.objects.filter(item__meeting_id=result.meeting_id)
    unplaced = "".join(_unplaced_texts(result.meeting_id))
    long = [u.text for u in said if len(u.text) > 40]
    assert long and not any(text[:40] in unplaced for text in long)


def _unplaced_texts(meeting_id: int) -> list[str]:
    from shingikai.minutes.models import ImportedMeeting
    from shingikai.search._sources import unplaced

    return unplaced(ImportedMeeting.objects.get(pk=meeting_id))


@pytest.mark.parametrize(
    ("rows", "analysed", "usable"),
    [
        (40, 40, False),  # small: counted exactly
        (50_000, -1, False),  # never analysed
        (50_000, 200, False),  # analysed before most rows came
        (50_000, 48_000, True),
        (50_000, 70_000, False),  # analysed before a large deletion
    ],
)
def test_postgres_trusts_analyze_only_while_it_describes_the_table(rows, analysed, usable):
    from shingikai.search._postgres import _statistics_current

    assert _statistics_current(rows, analysed) is usable


@pytest.mark.django_db
def test_frequencies_follow_the_table_after_it_is_emptied_and_refilled(indexed):
    """A table analysed with one content and refilled with another must not report the old
    shares (on PostgreSQL, a flushed table keeps pg_stats; the similar list dropped words)."""
    from shingikai.search._backend import backend_for
    from shingikai.search._index import delete_documents, refresh

    from .conftest import make_precedent

    for n in range(6):
        make_precedent(title=f"督促状の発送業務委託 その{n}")
    indexed()  # rebuild: ANALYZE on PostgreSQL sees 督促 in every row
    delete_documents(list(Document.objects.all()))
    keep = make_precedent(title="図書館資料の督促訪問業務")
    others = [make_precedent(title=f"窓口混雑状況のウェブ公開 その{n}") for n in range(5)]
    refresh({("imported", item.pk) for item in [keep, *others]})

    total, found = backend_for().document_frequencies(["督促"])
    assert total == 6
    assert found["督促"] == 1


def test_a_rebuild_in_worker_processes_builds_the_same_index(transactional_db, samples):
    """The analysis of a bulk rebuild runs in forked workers: their documents, index rows and
    meaning vectors are those that one process makes. (Committed data: the pool reads the
    sources in a thread of its own, with its own connection.)"""
    from django.db import connection

    from shingikai.search._index import rebuild

    for path in sorted(samples.glob("*.txt")):
        import_bytes(path.read_bytes(), path.name)

    def snapshot() -> tuple[list, list]:
        documents = list(
            Document.objects.order_by("source", "object_id", "audience").values_list(
                "source", "object_id", "audience", "entries", "fingerprint", "meaning"
            )
        )
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute("SELECT term, doc, cnt FROM search_fts_vocab ORDER BY term")
                terms = cursor.fetchall()
        else:
            from shingikai.search._postgres import TABLE

            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT d.source, d.object_id, d.audience, t.tsv::text, t.head::text "
                    f"FROM {TABLE} t JOIN {Document._meta.db_table} d ON d.id = t.document_id "
                    "ORDER BY 1, 2, 3"
                )
                terms = cursor.fetchall()
        return documents, terms

    one = rebuild(workers=1)
    alone = snapshot()
    two = rebuild(workers=2)
    assert two.documents == one.documents > 10
    assert two.text_bytes == one.text_bytes
    assert snapshot() == alone
    assert any(meaning for *_rest, meaning in alone[0])
