"""The clean-up helpers whose regex passes are skipped where they cannot change a line: the
skipped cases and the changed ones give what the full passes give."""

from shingikai.minutes.parser._normalize import (
    Line,
    clean_body_lines,
    collapse_letter_spacing,
    title_key,
)


def test_title_key_drops_every_tail_at_the_end_only() -> None:
    assert title_key("個人情報の取扱いについて") == "個人情報の取扱い"
    assert title_key("「電子申請」の件について") == "電子申請"
    assert title_key("防犯カメラに関することの確認") == "防犯カメラ"
    assert title_key("についての説明") == "についての説明"  # a tail word inside stays
    assert title_key("について") == ""
    assert title_key("こと") == "こと"  # only whole tails: に関すること, not こと


def test_number_spacing_is_closed_only_where_a_counter_word_stands() -> None:
    assert collapse_letter_spacing("諮問第 7 号") == "諮問第7号"
    assert collapse_letter_spacing("令和 5 年 4 月") == "令和5年 4月"
    assert collapse_letter_spacing("平成 元 年") == "平成元年"
    assert collapse_letter_spacing("会 議 録") == "会議録"
    assert collapse_letter_spacing("委員 山田太郎") == "委員 山田太郎"


def _texts(raw: list[str]) -> list[str]:
    return [line.text for line in clean_body_lines(raw)]


def test_bold_marks_and_space_runs_are_cleaned() -> None:
    assert _texts(["**審議結果**"]) == ["審議結果"]
    assert _texts(["委員\t\t山田  太郎"]) == ["委員 山田 太郎"]
    assert _texts(["a*b"]) == ["a*b"]


def test_inline_turns_and_numbers_after_a_full_stop_start_their_own_lines() -> None:
    assert _texts(["説明しました。 ○委員 質問です。"]) == ["説明しました。", "○委員 質問です。"]
    assert _texts(["説明しました。○委員 質問です。"]) == ["説明しました。", "○委員 質問です。"]
    assert _texts(["了承された。 (2) 次の件について"]) == ["了承された。", "(2) 次の件について"]
    assert _texts(["条件は次のとおり ● 第一に"]) == ["条件は次のとおり", "● 第一に"]
    assert _texts(["承認した。→ 担当課が対応"]) == ["承認した。", "→ 担当課が対応"]
    # A mark that no full stop or space precedes opens nothing.
    assert _texts(["○委員 はい。"]) == ["○委員 はい。"]
    assert _texts(["資料(1)を参照"]) == ["資料(1)を参照"]
    assert clean_body_lines(["  ・ 箇条"]) == [Line("・ 箇条", 2)]
