"""Header layouts of issue 11's families, on small invented minutes (no held-out text).

Each test is one layout rule that any council printing its header this way needs.
"""

from __future__ import annotations

import pytest

from shingikai.minutes.parser import parse_minutes

BODY = "\n会議経過\n○会長 開会します。\n"


def test_letter_spaced_header_rows_keep_label_and_value_apart() -> None:
    """PDF text: ``出 席 委 員　　会 長　青 木 一 郎`` is a label, a role and a name."""
    text = (
        "第2回みどり野町個人情報保護審議会\n\n"
        "会 議 名　　第2回みどり野町個人情報保護審議会\n"
        "開 催 日 時　　令和7年5月8日(木)午後1時30分~午後3時\n"
        "場　　所　　みどり野町役場　3階　会議室B\n"
        "出 席 委 員　　会　長　青 木 一 郎\n"
        "　　　　　　　委　員　川 口 　 翼\n"
        "　　　　　　　委　員　長 谷 川 花 子\n"
        "欠 席 委 員　　委　員　森 　 健 太\n" + BODY
    )
    got = parse_minutes(text)
    meeting = got["meeting"]
    assert meeting["title"] == "第2回みどり野町個人情報保護審議会"
    assert (meeting["start_time"], meeting["end_time"]) == ("13:30", "15:00")
    assert "".join(meeting["place"].split()) == "みどり野町役場3階会議室B"
    assert got["members_present"] == ["青木一郎", "川口翼", "長谷川花子"]
    assert got["members_absent"] == ["森健太"]


def test_numbered_label_with_a_note_and_names_on_the_next_line() -> None:
    """``3　出席委員（敬称略・五十音順）`` then the names: the note is not the value."""
    text = (
        "令和7年度第1回そよ風市個人情報保護審議会　会議録\n\n"
        "1　日　　時　令和7年6月2日(月)午前10時から午前11時まで\n"
        "2　場　　所　そよ風市役所5階　大会議室\n"
        "3　出席委員（敬称略・五十音順）\n"
        "　　赤井　進　　井上　紀子（会長）　　宇田　守\n"
        "4　傍 聴 者　　なし\n" + BODY
    )
    got = parse_minutes(text)
    assert "".join(got["meeting"]["place"].split()) == "そよ風市役所5階大会議室"
    assert got["members_present"] == ["赤井進", "井上紀子", "宇田守"]
    assert got["meeting"]["public_attendance"] is True


def test_attendance_row_with_numbered_groups() -> None:
    """``(1) 委員 … (2) 事務局 … (3) 説明者 …`` under 出席者: only the first are members."""
    text = (
        "かすみ町個人情報保護審議会会議録\n\n"
        "1　開催日時　令和7年7月1日(火)午後2時から午後3時まで\n"
        "2　開催場所　かすみ町役場　会議室\n"
        "3　出 席 者\n"
        "　(1) 委員（3名）\n"
        "　　会長　　　　　北川　修（学識経験者）\n"
        "　　委員　　　　　南　里美（町民公募）\n"
        "　　委員　　　　　東山　大輔（弁護士）\n"
        "　(2) 事務局　　総務課長　西田　誠　　総務係主査　中原　唯\n"
        "　(3) 説明者　　福祉課長　上田　恵\n" + BODY
    )
    got = parse_minutes(text)
    assert got["members_present"] == ["北川修", "南里美", "東山大輔"]


def test_member_counts_and_notes_are_not_names() -> None:
    """(欠席1名), (うちWeb出席1名), 「4名（…（会長）…）」 and a 町出席者 row after the members."""
    text = (
        "令和7年度第1回あかね町個人情報保護審議会\n\n"
        "■日　時　　令和7年4月10日(木)10時00分～11時00分\n"
        "■出席委員　3名（村上 彩（会長）、小西 進、堀 千秋）\n"
        "　　　　　　（欠席1名）\n"
        "■町出席者　総務課長 早川 剛、税務課長 辻本 花\n"
        "■傍聴者　　なし\n" + BODY
    )
    got = parse_minutes(text)
    assert got["members_present"] == ["村上彩", "小西進", "堀千秋"]
    assert got["members_absent"] == []
    html_like = (
        "令和7年度第1回あかね町個人情報保護審議会\n\n"
        "出席委員\t4名（うちWeb出席1名）\n"
        "\t会長　村上　彩\n\t委員　小西　進（Web出席）\n\t委員　堀　千秋\n"
        "\t委員８名中７名出席（うち１名はWebによる出席）\n" + BODY
    )
    got = parse_minutes(html_like)
    assert got["members_present"] == ["村上彩", "小西進", "堀千秋"]


def test_two_column_table_flattened_to_lines() -> None:
    """Web page header as label / value on alternate lines; 「会議の公開」 then 「公開（…）」."""
    text = (
        "会議名\n令和7年度第2回いちょう町個人情報保護審議会\n"
        "開催日時\n令和7年6月5日（木曜日）午後2時から午後3時まで\n"
        "会議の公開\n公開（傍聴者2名）\n"
        "議事\n（1）諮問第3号　防災メールの配信委託について〔危機管理課〕\n"
        "会議の経過\n（1）諮問第3号　防災メールの配信委託について\n"
        "○会長　承認といたします。\n"
    )
    got = parse_minutes(text)
    assert got["meeting"]["public_attendance"] is True
    assert got["items"][0]["outcome"] == "approved"


def test_numbered_agenda_entry_led_by_its_kind_keeps_its_number() -> None:
    """「2　報告事項　…について（課）」 under 議題 is entry 2 (a report), not a new field."""
    text = (
        "会議名\n令和7年度第1回みずほ市個人情報保護審議会\n"
        "議題\n"
        "1　諮問第9号　健診結果の電子交付について（健康課）\n"
        "2　報告事項　公用車ドライブレコーダーの運用について（管財課）\n"
        "会議の経過\n"
        "1　諮問第9号　健診結果の電子交付について\n○会長　承認といたします。\n"
        "2　報告事項　公用車ドライブレコーダーの運用について\n○管財課長　報告します。\n"
    )
    got = parse_minutes(text)
    report = got["items"][1]
    assert (report["kind"], report["number"], report["department"]) == ("report", "2", "管財課")


def test_noted_member_label_followed_by_more_notes_on_the_same_line() -> None:
    """「3 出席委員(9名) 五十音順・敬称略」 then the names: the label is still a label."""
    text = (
        "令和7年度第1回つばめ野市個人情報保護審議会 会議録\n\n"
        "1 日 時 令和7年5月12日(月) 午前10時から午前11時40分まで\n"
        "2 場 所 つばめ野市役所 4階 会議室\n"
        "3 出席委員(3名) 五十音順・敬称略\n"
        "  青山 学(会長)、井口 里美(副会長)、上田 健\n"
        "4 欠席委員 1名\n"
        "5 傍聴者 0人\n" + BODY
    )
    got = parse_minutes(text)
    assert "".join(got["meeting"]["place"].split()) == "つばめ野市役所4階会議室"
    assert got["members_present"] == ["青山学", "井口里美", "上田健"]
    assert got["members_absent"] == []
    assert got["meeting"]["public_attendance"] is True


@pytest.mark.parametrize(
    ("when", "times"),
    [
        ("日時：令和7年6月3日(火) 13時30分開会 15時10分閉会", ("13:30", "15:10")),
        ("日時：令和7年6月3日(火) 午後1時30分開会、午後3時閉会", ("13:30", "15:00")),
        ("日時：令和7年6月3日(火) 開会 午前10時 閉会 午前11時30分", ("10:00", "11:30")),
        (
            "開催日\t令和7年6月3日(火)\n開会時刻\t午後2時00分\n閉会時刻\t午後3時30分",
            ("14:00", "15:30"),
        ),
        ("日時：令和7年6月3日(火) 10時00分～11時52分", ("10:00", "11:52")),
        ("日時：令和7年6月3日(火) 午前10時から午前11時40分まで", ("10:00", "11:40")),
        ("日時：令和7年6月3日(火) 10:00-11:30", ("10:00", "11:30")),
    ],
)
def test_meeting_times_in_every_printed_form(when: str, times: tuple[str, str]) -> None:
    text = f"令和7年度第1回あおい市個人情報保護審議会\n\n{when}\n場所：あおい市役所\n" + BODY
    meeting = parse_minutes(text)["meeting"]
    assert (meeting["start_time"], meeting["end_time"]) == times


def test_a_group_label_under_an_empty_label_of_the_same_field_is_a_row() -> None:
    """「出席者」 alone, then 「出席委員 …」 with names: a row of its own, not a value."""
    text = (
        "令和7年度第1回あおい市個人情報保護審議会\n\n"
        "出席者\n出席委員 山田 太郎、鈴木 花子\n欠席委員 佐藤 一\n" + BODY
    )
    got = parse_minutes(text)
    assert (got["members_present"], got["members_absent"]) == (["山田太郎", "鈴木花子"], ["佐藤一"])
