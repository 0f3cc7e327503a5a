"""Review before import: what was read is corrected, kept by content hash, and reopened later."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import QueryDict

from shingikai.minutes.importer import current_reading, import_bytes
from shingikai.minutes.models import (
    Correction,
    Draft,
    ImportedItem,
    ImportedMeeting,
    MinutesChange,
)
from shingikai.minutes.parser import parse_minutes
from shingikai.minutes.review import ReviewError, apply_form

SMALL = (
    "会議名：令和5年度第1回テスト市個人情報保護審議会\n"
    "日時：令和5年6月1日（木）午前10時～午前11時\n"
    "場所：テスト市役所 第1会議室\n"
    "出席委員：山田 太郎、鈴木 花子\n"
    "議題：(1) 諮問第3号 窓口予約システムの導入について【市民課】\n"
    "会議経過\n"
    "(1) 諮問第3号 窓口予約システムの導入について【市民課】\n"
    "【会長】\n説明をお願いします。\n"
    "【市民課長】\n予約システムを導入するものです。氏名と電話番号を扱います。\n"
    "【鈴木委員】\n保存期間はどのくらいですか。\n"
    "【市民課長】\n一年で消去します。\n"
).encode()


def _form(reading: dict, **changes: str) -> QueryDict:
    """The review form as the page posts it, unchanged except for ``changes``."""
    q = QueryDict(mutable=True)
    m = reading["meeting"]
    q.update(
        {
            "municipality": reading.get("municipality") or "",
            "council": reading.get("council") or "",
            "meeting-title": m.get("title") or "",
            "meeting-date": m.get("date") or "",
            "meeting-start_time": m.get("start_time") or "",
            "meeting-end_time": m.get("end_time") or "",
            "meeting-place": m.get("place") or "",
            "meeting-public_attendance": {True: "true", False: "false"}.get(
                m.get("public_attendance"), ""
            ),
            "members_present": "\n".join(reading.get("members_present") or []),
            "unplaced": reading.get("unplaced") or "",
        }
    )
    for i, item in enumerate(reading["items"]):
        for key in ("number", "title", "department", "kind", "outcome", "opinion"):
            q[f"item-{i}-{key}"] = item.get(key) or ""
        for j, turn in enumerate(item["utterances"]):
            for key in ("speaker", "role", "act", "text"):
                q[f"item-{i}-turn-{j}-{key}"] = turn[key]
    q.update(changes)
    return q


def test_an_unchanged_form_gives_back_what_was_read():
    reading = parse_minutes(SMALL.decode())
    corrected = apply_form(reading, _form(reading))
    assert corrected["meeting"] == reading["meeting"]
    assert [i["title"] for i in corrected["items"]] == [i["title"] for i in reading["items"]]
    assert corrected["items"][0]["utterances"] == reading["items"][0]["utterances"]


def test_turns_and_items_are_split_and_merged():
    reading = parse_minutes(SMALL.decode())
    turns = reading["items"][0]["utterances"]
    assert len(turns) == 4
    corrected = apply_form(
        reading,
        _form(
            reading,
            **{
                "item-0-turn-1-text": "予約システムを導入します。\n---\n補足です。",
                "item-0-turn-3-merge": "1",
                "item-0-split": "3",
            },
        ),
    )
    first, second = corrected["items"]
    assert [t["text"] for t in first["utterances"]] == [
        turns[0]["text"],
        "予約システムを導入します。",
    ]
    assert second["utterances"][0]["text"] == "補足です。"
    assert second["utterances"][-1]["text"].endswith("一年で消去します。")
    assert second["outcome"] == "unknown"


def test_unplaced_text_moves_into_an_item():
    reading = parse_minutes(SMALL.decode())
    form = _form(reading, **{"unplaced": "閉会の挨拶。", "unplaced-target": "0"})
    corrected = apply_form(reading, form)
    assert corrected["items"][0]["utterances"][-1]["text"] == "閉会の挨拶。"
    assert corrected["unplaced"] == ""


def test_unplaced_text_becomes_an_item_the_reading_missed():
    reading = parse_minutes(SMALL.decode())
    before = len(reading["items"])
    form = _form(
        reading, **{"unplaced": "報告　庁舎の防犯カメラについて。", "unplaced-target": "new"}
    )
    corrected = apply_form(reading, form)
    assert len(corrected["items"]) == before + 1
    added = corrected["items"][-1]
    assert added["utterances"][0]["text"] == "報告　庁舎の防犯カメラについて。"
    assert (added["kind"], added["outcome"], added["title"]) == (
        "other",
        "unknown",
        "（どこにも入らなかった本文から追加した案件）",
    )
    assert corrected["unplaced"] == ""


def test_bad_values_are_refused_in_japanese():
    reading = parse_minutes(SMALL.decode())
    try:
        apply_form(reading, _form(reading, **{"meeting-date": "6月1日", "item-0-outcome": "x"}))
    except ReviewError as exc:
        message = str(exc)
    assert "YYYY-MM-DD" in message


def test_a_correction_stays_when_the_same_file_is_imported_again(db, world, client):
    """Upload for review, correct an outcome and a speaker, save; upload again: corrected."""
    client.force_login(world.alice)
    upload = SimpleUploadedFile("test.txt", SMALL, "text/plain")
    response = client.post("/minutes/upload/", {"files": [upload], "action": "review"})
    draft = Draft.objects.get()
    assert response.url == f"/minutes/review/{draft.pk}/"
    page = client.get(response.url).content.decode()
    assert "窓口予約システムの導入について" in page and "source-text" in page
    form = _form(draft.parsed, **{"item-0-outcome": "approved", "item-0-turn-2-speaker": "B委員"})
    form["action"] = "save"
    response = client.post(f"/minutes/review/{draft.pk}/", form)
    assert response.status_code == 302
    item = ImportedItem.objects.get()
    assert item.outcome == "approved"
    assert item.utterances.get(order=3).speaker == "B委員"
    assert not Draft.objects.exists() and Correction.objects.count() == 1

    # The same bytes again, reviewed: the draft already holds the correction.
    client.post(
        "/minutes/upload/", {"files": [SimpleUploadedFile("again.txt", SMALL)], "action": "review"}
    )
    again = Draft.objects.get()
    assert again.parsed["items"][0]["outcome"] == "approved"
    assert again.parsed["items"][0]["utterances"][2]["speaker"] == "B委員"
    assert "以前の修正" in client.get(f"/minutes/review/{again.pk}/").content.decode()
    form = _form(again.parsed)
    form["action"] = "save"
    client.post(f"/minutes/review/{again.pk}/", form)
    assert ImportedMeeting.objects.count() == 1
    assert ImportedItem.objects.get().outcome == "approved"

    # And the same bytes again without review, after the meeting was removed.
    ImportedMeeting.objects.all().delete()
    from shingikai.minutes.models import SourceFile

    SourceFile.objects.all().delete()
    import_bytes(SMALL, "third.txt")
    assert ImportedItem.objects.get().outcome == "approved"


def test_a_missed_item_is_added_filled_in_and_saved(db, world, client):
    """Unplaced text made a new item, applied without storing, its fields typed, then saved."""
    client.force_login(world.alice)
    upload = SimpleUploadedFile("test.txt", SMALL, "text/plain")
    client.post("/minutes/upload/", {"files": [upload], "action": "review"})
    draft = Draft.objects.get()
    form = _form(
        draft.parsed, unplaced="報告　防犯カメラの更新について。", **{"unplaced-target": "new"}
    )
    form["action"] = "apply"
    page = client.post(f"/minutes/review/{draft.pk}/", form)
    assert page.status_code == 200 and 'id="item-1"' in page.content.decode()
    assert not ImportedMeeting.objects.exists()  # applied to the draft only
    draft.refresh_from_db()
    assert draft.parsed["items"][1]["utterances"][0]["text"] == "報告　防犯カメラの更新について。"

    form = _form(draft.parsed, **{"item-1-title": "防犯カメラの更新", "item-1-kind": "report"})
    form["action"] = "save"
    assert client.post(f"/minutes/review/{draft.pk}/", form).status_code == 302
    added = ImportedItem.objects.get(title="防犯カメラの更新")
    assert added.kind == "report"
    assert ImportedMeeting.objects.get().items.count() == 2


def test_a_meeting_is_corrected_later_with_history(db, world, client):
    result = import_bytes(SMALL, "test.txt")
    meeting = ImportedMeeting.objects.get(pk=result.meeting_id)
    client.force_login(world.alice)
    reading = current_reading(meeting)
    form = _form(reading, **{"meeting-place": "テスト市役所 第2会議室"})
    response = client.post(f"/minutes/meetings/{meeting.pk}/correct/", form)
    fresh = ImportedMeeting.objects.get()
    assert response.url == f"/minutes/meetings/{fresh.pk}/"
    assert fresh.place == "テスト市役所 第2会議室"
    change = MinutesChange.objects.get()
    assert (change.actor, change.meeting) == (world.alice, fresh)
    assert change.before["meeting"]["place"] == "テスト市役所 第1会議室"
    history = client.get(f"/minutes/meetings/{fresh.pk}/history/").content.decode()
    assert "第1会議室" in history and "第2会議室" in history


def test_a_bad_correction_is_refused_and_nothing_changes(db, world, client):
    result = import_bytes(SMALL, "test.txt")
    client.force_login(world.alice)
    meeting = ImportedMeeting.objects.get(pk=result.meeting_id)
    form = _form(current_reading(meeting), **{"meeting-start_time": "25:99"})
    response = client.post(f"/minutes/meetings/{meeting.pk}/correct/", form)
    assert response.status_code == 400
    assert "HH:MM" in response.content.decode()
    assert ImportedMeeting.objects.get().start_time.isoformat() == "10:00:00"
    assert not MinutesChange.objects.exists()


def test_departments_and_members_cannot_review_or_correct(db, world, client):
    result = import_bytes(SMALL, "test.txt")
    for user in (world.bob, world.dave):
        client.force_login(user)
        assert client.get(f"/minutes/meetings/{result.meeting_id}/correct/").status_code == 403
        assert client.post("/minutes/upload/", {"action": "review"}).status_code == 403


def test_an_unrecognisable_file_imports_as_one_searchable_meeting(db):
    text = "ただのメモです。\n明日は晴れるでしょう。\n買い物：牛乳、卵。\n".encode()
    result = import_bytes(text, "memo.txt")
    assert result.status == "created", result.message
    meeting = ImportedMeeting.objects.get()
    assert meeting.municipality.name == "不明"
    assert "買い物" in meeting.unplaced_text and "明日は晴れる" in meeting.unplaced_text
    assert any("no agenda items" in w for w in result.warnings)


NO_KIND = SMALL.replace("諮問第3号 ".encode(), b"")  # an agenda entry that names no kind


def test_each_unsure_field_is_marked_and_its_warning_links_to_it(db, world, client):
    """A guessed kind: the page marks the kind field itself and the warning points at it."""
    client.force_login(world.alice)
    upload = SimpleUploadedFile("nokind.txt", NO_KIND, "text/plain")
    client.post("/minutes/upload/", {"files": [upload], "action": "review"})
    draft = Draft.objects.get()
    assert draft.parsed["flags"] == ["items[0].kind"]
    page = client.get(f"/minutes/review/{draft.pk}/").content.decode()
    kind_label = page[page.index('<label for="item-0-kind">') :].split("</label>")[0]
    assert "（要確認：推定）" in kind_label
    title_label = page[page.index('<label for="item-0-title">') :].split("</label>")[0]
    assert "要確認" not in title_label  # read from a heading: not marked
    assert '<a href="#item-0-kind">確実ではありません：案件1の種別' in page
    assert '<a href="#item-0-outcome">' in page  # no outcome stated


def test_flags_name_the_form_fields_they_are_about():
    from shingikai.minutes.review import field_id, warnings_ja

    assert field_id("items[12].department") == "item-12-department"
    assert field_id("meeting.start_time") == "meeting-start_time"
    reading = parse_minutes(NO_KIND.decode())
    fields = [w["field"] for w in warnings_ja(reading)]
    assert fields == ["item-0-kind", "item-0-outcome"]


# Another meeting (the same one would replace it), whose item is decided.
DECIDED = (
    SMALL.replace("第1回".encode(), "第2回".encode())
    + "【会長】\n異議なしと認め、原案のとおり承認します。\n".encode()
)


def test_minutes_stored_without_review_are_listed_until_corrected(db, world, client):
    """Bulk-imported minutes keep the reading's doubts: listed 要確認, shown in Japanese and
    linked to the field on the correction page; once corrected, nothing is left to check."""
    unsure = import_bytes(NO_KIND, "nokind.txt")
    sure = import_bytes(DECIDED, "decided.txt")
    assert ImportedMeeting.objects.get(pk=unsure.meeting_id).to_check == 2  # kind, outcome
    assert ImportedMeeting.objects.get(pk=sure.meeting_id).to_check == 0
    client.force_login(world.alice)
    listed = client.get("/minutes/?check=1").content.decode()
    assert f"/minutes/meetings/{unsure.meeting_id}/" in listed
    assert f"/minutes/meetings/{sure.meeting_id}/" not in listed
    assert "2点" in listed
    dashboard = client.get("/").content.decode()
    assert "確認待ちの取込み会議録" in dashboard and "/minutes/?check=1" in dashboard
    page = client.get(f"/minutes/meetings/{unsure.meeting_id}/").content.decode()
    correct_url = f"/minutes/meetings/{unsure.meeting_id}/correct/"
    assert f'<a href="{correct_url}#item-0-kind">確実ではありません：案件1の種別' in page
    assert "Not sure" not in page  # never the parser's English
    item = ImportedItem.objects.get(meeting_id=unsure.meeting_id)
    item_page = client.get(f"/minutes/items/{item.pk}/").content.decode()
    assert (
        "読み取り未確認" in item_page
        and f"/minutes/meetings/{unsure.meeting_id}/#to-check" in item_page
    )
    assert "<title>" in item_page and "hx-get" not in item_page.split("</title>")[0]
    client.force_login(world.bob)  # a department reads the doubts, without the link
    page = client.get(f"/minutes/meetings/{unsure.meeting_id}/").content.decode()
    assert "確実ではありません：案件1の種別" in page and correct_url not in page

    client.force_login(world.alice)
    meeting = ImportedMeeting.objects.get(pk=unsure.meeting_id)
    form = _form(current_reading(meeting), **{"item-0-kind": "report"})
    response = client.post(correct_url, form)
    assert response.status_code == 302
    fresh = ImportedMeeting.objects.get(source__name="nokind.txt")
    assert fresh.to_check == 0
    assert f"/minutes/meetings/{fresh.pk}/" not in client.get("/minutes/?check=1").content.decode()
    assert "要確認の点" not in client.get(f"/minutes/meetings/{fresh.pk}/").content.decode()
    assert "確認待ちの取込み会議録" not in client.get("/").content.decode()


def test_reviewed_and_re_imported_corrected_minutes_have_nothing_to_check(db, world, client):
    client.force_login(world.alice)
    upload = SimpleUploadedFile("nokind.txt", NO_KIND, "text/plain")
    client.post("/minutes/upload/", {"files": [upload], "action": "review"})
    draft = Draft.objects.get()
    form = _form(draft.parsed)
    form["action"] = "save"
    client.post(f"/minutes/review/{draft.pk}/", form)
    assert ImportedMeeting.objects.get().to_check == 0
    from shingikai.minutes.models import SourceFile

    SourceFile.objects.all().delete()  # the same bytes again, in bulk: the correction applies
    import_bytes(NO_KIND, "again.txt")
    assert ImportedMeeting.objects.get().to_check == 0


def test_a_member_count_the_names_contradict_is_marked_on_the_review_page(db, world, client):
    counted = SMALL.replace("出席委員：".encode(), "出席委員（3名）：".encode())
    client.force_login(world.alice)
    upload = SimpleUploadedFile("counted.txt", counted, "text/plain")
    client.post("/minutes/upload/", {"files": [upload], "action": "review"})
    draft = Draft.objects.get()
    assert "members_present" in draft.parsed["flags"]  # 3 stated, 2 names read
    page = client.get(f"/minutes/review/{draft.pk}/").content.decode()
    label = page[page.index('<label for="members_present">') :].split("</label>")[0]
    assert "（要確認：推定）" in label
    assert '<a href="#members_present">確実ではありません：出席委員' in page
