"""Issue 11, round 13: general rules for where an attached opinion ends, whatever shape found
it (every document and wording here is invented)."""

from __future__ import annotations

import pytest

from shingikai.minutes.parser import parse_minutes
from shingikai.minutes.parser._opinion import tidy


def test_a_line_after_the_last_request_is_no_part_of_the_opinion() -> None:
    found = (
        "(1) 委託先に再委託を認めないこと。\n"
        "(2) 作業の終了後に記録媒体を返還させること。\n"
        "第3回桐生台町個人情報保護審議会 会議録"
    )
    assert tidy(found) == (
        "(1) 委託先に再委託を認めないこと。\n(2) 作業の終了後に記録媒体を返還させること。"
    )


def test_the_readers_closing_words_and_the_chairs_question_go() -> None:
    assert tidy("名簿の保管場所を施錠できる書庫に限ること。\n以上でございます。") == (
        "名簿の保管場所を施錠できる書庫に限ること。"
    )
    request = "名簿は年度末に廃棄されたい。"
    assert tidy(request + "以上です。") == request
    assert tidy(request + "よろしいでしょうか。") == request


def test_the_next_items_heading_after_the_list_goes() -> None:
    found = (
        "・申請書の写しを取らないこと。\n"
        "・保存期間の満了後に確実に廃棄すること。\n"
        "(3)報告 個人情報の漏えい事案について〔総務課〕 総務課長から報告があった。"
    )
    assert tidy(found).endswith("確実に廃棄すること。")


def test_a_label_joined_to_the_list_it_heads_goes() -> None:
    assert tidy("条件(1) 利用者の同意を得ること。\n(2) 台帳を施錠保管すること。") == (
        "(1) 利用者の同意を得ること。\n(2) 台帳を施錠保管すること。"
    )
    assert tidy("附帯意見① 周知に努められたい。") == "① 周知に努められたい。"


def test_a_question_alone_is_no_opinion() -> None:
    assert tidy("よろしいでしょうか。") is None


def test_an_opinion_with_no_request_ending_is_kept_as_found() -> None:
    clause = "受託者の従業員の自宅での作業を行わせない"
    assert tidy(clause) == clause
    assert tidy("一　研修を実施する\n二　記録を残す") == "一　研修を実施する\n二　記録を残す"


# --- The ruling, then the opinion attached in a sentence or under a heading of its own -------

_HEAD = (
    "沢井町個人情報保護審議会　会議録\n\n"
    "日時　令和７年６月３日（火）午後２時～午後３時１５分\n"
    "場所　沢井町役場　２階大会議室\n"
    "議題　諮問第８号　学童保育の入所申請の電子化について（子育て支援課）\n\n"
    "会議の経過\n\n"
    "１　諮問第８号　学童保育の入所申請の電子化について（子育て支援課）\n"
    "○子育て支援課長　入所申請を電子申請で受け付けたいので諮問いたします。\n"
    "○委員　添付書類はどう扱いますか。\n"
    "○子育て支援課長　審査が終わり次第、システムから削除します。\n"
)


def _decided(tail: str) -> tuple[str, str | None]:
    (item,) = parse_minutes(_HEAD + tail)["items"]
    return item["outcome"], item["opinion"]


def test_an_approval_then_a_sentence_attaching_the_listed_opinions() -> None:
    outcome, opinion = _decided(
        "審議の結果、原案を妥当と認める。ただし、次の意見を付する。\n"
        "（１）就労証明書の画像は審査終了後に削除すること。\n"
        "（２）申請者に削除の時期を知らせること。\n"
    )
    assert outcome == "approved_with_opinion"
    assert opinion == (
        "(1)就労証明書の画像は審査終了後に削除すること。\n(2)申請者に削除の時期を知らせること。"
    )


def test_an_approval_then_conditions_said_to_be_attached() -> None:
    outcome, opinion = _decided(
        "審議の結果、諮問のとおり承認された。なお、条件として次の事項が付された。\n"
        "・申請データを入所審査以外に用いないこと。\n"
    )
    assert (outcome, opinion) == ("conditional", "・申請データを入所審査以外に用いないこと。")


def test_a_view_reported_after_the_approval_attaches_nothing() -> None:
    outcome, opinion = _decided(
        "審議の結果、原案のとおり了承された。なお、委員から、早期の導入を望むとの意見があった。\n"
    )
    assert (outcome, opinion) == ("approved", None)


def test_a_bare_opinion_heading_after_the_ruling_heads_this_items_opinion() -> None:
    outcome, opinion = _decided(
        "会長が諮ったところ、全会一致で承認された。\n附帯意見\n"
        "添付書類の削除の記録を残すよう配慮すること。\n"
    )
    assert outcome == "approved_with_opinion"
    assert opinion == "添付書類の削除の記録を残すよう配慮すること。"


def test_a_bare_opinion_heading_over_opinions_listed_by_number_is_no_block_of_this_item() -> None:
    text = _HEAD + (
        "○会長　本件は承認とします。\n（異議なし）\n\n"
        "附帯意見\n"
        "諮問第３号　委託先の作業場所を限定すること。\n"
    )
    (item,) = parse_minutes(text)["items"]
    assert (item["outcome"], item["opinion"]) == ("approved", None)


def test_circled_entries_under_an_unfinished_ruling_line_stay_apart() -> None:
    outcome, opinion = _decided(
        "（審議結果）\n　次の附帯意見を付して、承認\n"
        "　①　利用者への通知に児童の氏名を記載しないこと。\n"
        "　②　運用状況を本審議会に報告すること。\n"
    )
    assert outcome == "approved_with_opinion"
    assert opinion == (
        "① 利用者への通知に児童の氏名を記載しないこと。\n② 運用状況を本審議会に報告すること。"
    )


def test_an_opinion_worded_before_its_attaching_with_a_leading_also() -> None:
    outcome, opinion = _decided(
        "○会長　では、本件は承認といたします。また、今後、申請の様式を変える際は、"
        "事前に審議会に報告されたい旨、附帯意見として付したいと思います。よろしいですか。\n"
        "（異議なし）\n"
    )
    assert outcome == "approved_with_opinion"
    assert opinion == "今後、申請の様式を変える際は、事前に審議会に報告されたい"


def test_the_opinion_stated_as_its_content_after_but() -> None:
    outcome, opinion = _decided(
        "○会長　本件は、附帯意見を付けて承認ということにしたいと思います。附帯意見の内容ですが、"
        "入所の可否の通知を郵送と電子の両方で選べるようにすること。これでいかがでしょうか。\n"
        "（異議なし）\n"
    )
    assert outcome == "approved_with_opinion"
    assert opinion == "入所の可否の通知を郵送と電子の両方で選べるようにすること。"


def test_the_opinion_in_the_sentence_after_the_one_attaching_it() -> None:
    outcome, opinion = _decided(
        "○会長　本件は承認としますが、一点意見を付けたいと思います。"
        "申請の受付状況を年度ごとに公表すること。よろしいでしょうか。\n（異議なし）\n"
    )
    assert (outcome, opinion) == (
        "approved_with_opinion",
        "申請の受付状況を年度ごとに公表すること。",
    )


def test_a_request_on_the_line_after_a_narrated_approval() -> None:
    outcome, opinion = _decided(
        "審議の結果、本件は、原案どおり承認することとした。\n"
        "なお、申請者の就労先の情報は、入所審査の後は閲覧できないよう配慮されたい。\n"
    )
    assert outcome == "approved_with_opinion"
    assert opinion == "なお、申請者の就労先の情報は、入所審査の後は閲覧できないよう配慮されたい。"


def test_a_block_that_only_asks_something_after_the_approval_block() -> None:
    outcome, opinion = _decided(
        "【審議の結果】\n　原案を了承する。\n【審議会からの意見】\n"
        "　申請画面の説明文に、添付書類の削除の時期を明記すること。\n"
    )
    assert (outcome, opinion) == (
        "approved_with_opinion",
        "申請画面の説明文に、添付書類の削除の時期を明記すること。",
    )


def test_an_approval_with_a_request_made_of_it() -> None:
    outcome, opinion = _decided(
        "○会長　では本件は、保護者の意見を聞く機会を設けることを要望し、"
        "承認することといたします。\n"
        "（異議なし）\n"
    )
    assert (outcome, opinion) == ("approved_with_opinion", "保護者の意見を聞く機会を設けること")


def test_a_condition_after_the_chair_summing_up_and_a_proviso_in_a_draft_read_out() -> None:
    outcome, opinion = _decided(
        "○会長　ご意見を集約しますと、申請データの閲覧者を担当職員に限ることを条件として承認"
        "ということでよろしいでしょうか。\n○各委員　はい。\n"
    )
    assert (outcome, opinion) == ("conditional", "申請データの閲覧者を担当職員に限る")
    outcome, opinion = _decided(
        "○事務局　答申案を読み上げます。「諮問第８号については、原案のとおり承認する。ただし、"
        "申請の手引を分かりやすくするよう努められたい。」\n"
        "○会長　ただいまの答申案のとおりでよろしいでしょうか。\n（異議なし）\n"
    )
    assert (outcome, opinion) == (
        "approved_with_opinion",
        "申請の手引を分かりやすくするよう努められたい。",
    )


def test_an_opinion_said_to_be_added_after_the_ruling() -> None:
    outcome, opinion = _decided(
        "○会長　承認とします。あわせて、申請様式の改定時には改めて報告されたいという意見を"
        "申し添えます。\n"
    )
    assert (outcome, opinion) == ("approved_with_opinion", "申請様式の改定時には改めて報告されたい")


# --- A 要録 on long lines whose proceedings start after a mark; a result table's opinion column

_ONE_ITEM_SUMMARY = (
    "汐見台町個人情報保護審議会 要録\n"
    "● 日時 令和7年8月5日 13:30-14:40 ● 場所 町役場第2会議室 ● 出席委員 石原和也、小泉葉月\n"
    "● 議題 (1) 諮問第4号 放課後児童クラブの入退室記録の電子化について（子ども課） "
    "● 審議内容 子ども課長から説明があり、委員から記録の保存期間について質問があった。 "
    "● 結果 条件付きで承認（条件：記録の保存期間を1年とすること。）\n"
)


def test_a_body_heading_after_a_mark_ends_the_agenda_value() -> None:
    parsed = parse_minutes(_ONE_ITEM_SUMMARY)
    (item,) = parsed["items"]
    assert (item["number"], item["title"], item["department"]) == (
        "諮問第4号",
        "放課後児童クラブの入退室記録の電子化について",
        "子ども課",
    )
    assert parsed["members_present"] == ["石原和也", "小泉葉月"]


def test_the_sole_agenda_entry_takes_the_proceedings_no_heading_repeats() -> None:
    (item,) = parse_minutes(_ONE_ITEM_SUMMARY)["items"]
    assert (item["outcome"], item["opinion"]) == ("conditional", "記録の保存期間を1年とすること。")
    assert any("質問があった" in u["text"] for u in item["utterances"])


def test_two_agenda_entries_without_headings_get_no_proceedings_guessed() -> None:
    text = _ONE_ITEM_SUMMARY.replace(
        "（子ども課） ● 審議内容", "（子ども課） (2) 報告第1号 個人情報の漏えいについて ● 審議内容"
    )
    items = parse_minutes(text)["items"]
    assert [i["outcome"] for i in items] == ["unknown", "unknown"]


def test_an_opinion_column_of_a_result_table_with_the_verdict_approved() -> None:
    text = (
        "汐見台町個人情報保護審議会 会議録\n日時 令和7年8月5日 13:30-14:40\n場所 町役場\n"
        "議題\n諮問第4号 入退室記録の電子化について（子ども課）\n"
        "諮問第5号 名簿の作成について（総務課）\n"
        "審議結果\n"
        "| 番号 | 件名 | 結果 | 附帯意見 |\n"
        "| 諮問第4号 | 入退室記録の電子化について | 承認 | 記録を閲覧できる職員を限定すること。 |\n"
        "| 諮問第5号 | 名簿の作成について | 承認 | なし |\n"
    )
    first, second = parse_minutes(text)["items"]
    assert (first["outcome"], first["opinion"]) == (
        "approved_with_opinion",
        "記録を閲覧できる職員を限定すること。",
    )
    assert (second["outcome"], second["opinion"]) == ("approved", None)


# --- Narrated summaries -----------------------------------------------------------------------


def test_an_opinion_closed_by_its_full_stop_before_を附帯意見として() -> None:
    outcome, opinion = _decided(
        "→会長から、保護者に対し、電子申請の受付期間を周知すること。を附帯意見として承認する"
        "ことが諮られ、全員異議なく承認された。\n"
    )
    assert (outcome, opinion) == (
        "approved_with_opinion",
        "保護者に対し、電子申請の受付期間を周知すること。",
    )
    outcome, opinion = _decided(
        "質疑の後、委員から附帯意見を付けるべきとの発言があり、申請データを他の事業に流用しない"
        "こと。を附帯意見として承認することとなった。\n"
    )
    assert (outcome, opinion) == ("approved_with_opinion", "申請データを他の事業に流用しないこと。")


def test_the_formal_ki_alone_on_its_line_stays_apart_from_the_condition() -> None:
    outcome, opinion = _decided(
        "審議の結果、下記の条件を付して承認した。\n記\n申請データの保存期間を3年とすること。\n"
    )
    assert (outcome, opinion) == ("conditional", "申請データの保存期間を3年とすること。")


def test_a_なお_sentence_ending_in_すること_inside_the_result_block() -> None:
    outcome, opinion = _decided(
        "【審議結果】原案のとおり承認する。なお、運用開始後に問題が生じた場合は、速やかに"
        "審議会に報告すること。\n"
    )
    assert outcome == "approved_with_opinion"
    assert opinion == "なお、運用開始後に問題が生じた場合は、速やかに審議会に報告すること。"


def test_an_opinion_said_to_have_been_attached_then_quoted() -> None:
    outcome, opinion = _decided(
        "審議の結果、本件は承認された。その際、委員から次のような意見が附帯意見として付された。\n"
        "「申請画面に問合せ先を明記されたい。」\n"
    )
    assert (outcome, opinion) == ("approved_with_opinion", "申請画面に問合せ先を明記されたい。")


def test_an_opinion_closed_by_its_full_stop_before_という意見を付して() -> None:
    outcome, opinion = _decided(
        "○会長　本件については、提供した名簿の返却の状況を確認されたい。という意見を付して、"
        "承認といたします。\n"
    )
    assert (outcome, opinion) == (
        "approved_with_opinion",
        "提供した名簿の返却の状況を確認されたい。",
    )


# --- Headings: after the place line, broken without an agenda, a worded ordinal in brackets --

_PLAIN_HEAD = (
    "萩ノ台市個人情報保護審議会会議録\n日時：令和7年7月1日（火）午後2時～午後3時\n"
    "場所：萩ノ台市役所 会議室A\n"
)
_RULED = (
    "○市民課長　通知の発送を委託したい。\n"
    "○会長　委託先に再委託を禁止することを条件に承認します。\n（異議なし）\n"
)


def test_an_items_heading_right_under_the_place_line_is_no_part_of_the_place() -> None:
    parsed = parse_minutes(
        _PLAIN_HEAD
        + "第1　諮問第21号　本人通知制度の通知書の発送の委託について（市民課）\n"
        + _RULED
    )
    assert parsed["meeting"]["place"] == "萩ノ台市役所 会議室A"
    (item,) = parsed["items"]
    assert (item["number"], item["department"], item["outcome"]) == (
        "諮問第21号",
        "市民課",
        "conditional",
    )


def test_a_numbered_heading_broken_before_its_について_with_no_agenda() -> None:
    parsed = parse_minutes(
        _PLAIN_HEAD + "\n諮問第21号　住民票の写し等の交付に係る本人通知制度の\n"
        "　　　委託について（市民課）\n" + _RULED
    )
    (item,) = parsed["items"]
    assert item["title"] == "住民票の写し等の交付に係る本人通知制度の委託について"
    assert item["department"] == "市民課"


def test_a_bracketed_worded_ordinal_heading_repeats_the_agendas_entry() -> None:
    parsed = parse_minutes(
        _PLAIN_HEAD + "議事\n案件1 学校給食費の口座振替の委託について（学務課）\n"
        "案件2 個人情報の漏えい事案について（総務課）\n"
        "【案件1】学校給食費の口座振替の委託について（学務課）\n"
        "○学務課長　口座振替の事務を委託したい。\n○会長　承認とします。\n（異議なし）\n"
        "【案件2】個人情報の漏えい事案について（総務課）\n"
        "○総務課長　誤送付が1件あった。\n○会長　報告を了承します。\n"
    )
    assert [(i["number"], i["outcome"]) for i in parsed["items"]] == [
        ("案件1", "approved"),
        ("案件2", "approved"),
    ]


def test_a_second_agenda_label_alone_over_the_first_entrys_heading_heads_the_proceedings() -> None:
    parsed = parse_minutes(
        "令和7年度 第1回 鷺ノ森町個人情報保護審議会 議事録\n"
        "１ 日 時　令和７年５月１５日（木）　午後１時３０分から午後２時４５分まで\n"
        "２ 場 所　鷺ノ森町役場３階　第２会議室\n"
        "３ 議 題\n"
        "　(1) 諮問第３号　特定健診の受診勧奨業務の委託について\n"
        "　(2) 報告第１号　保有個人情報の漏えい等事案について\n"
        "４ 議事\n"
        "(1) 諮問第３号　特定健診の受診勧奨業務の委託について\n"
        "【健康推進課説明】\n　受診勧奨の通知の作成と発送を委託したい。\n"
        "【質疑】\n大森委員：委託先はどこか。\n健康推進課長：入札で決める。\n"
        "【結果】原案のとおり承認\n"
        "(2) 報告第１号　保有個人情報の漏えい等事案について\n"
        "【総務課説明】\n　誤送付が１件あった。\n【結果】了承\n"
    )
    assert [(i["number"], i["department"], i["outcome"]) for i in parsed["items"]] == [
        ("諮問第3号", "健康推進課", "approved"),
        ("報告第1号", "総務課", "approved"),
    ]


def test_an_own_number_in_brackets_after_the_agenda_title_stays_with_its_entry() -> None:
    parsed = parse_minutes(
        "鷺ノ森市情報公開・個人情報保護審議会　会議録\n"
        "開催日時　令和7年10月21日（火）　午前10時00分～午前11時40分\n開催場所　市役所第3会議室\n"
        "議題\n諮問事項\n"
        "　(1) こども医療費助成の申請の電子化について　【諮問第7号】（子育て支援課）\n"
        "　(2) ひとり親家庭等医療費助成の資格確認について　【諮問第8号】（子育て支援課）\n"
        "審議内容\n(1) こども医療費助成の申請の電子化について\n"
        "子育て支援課長から説明があり、質疑の後、原案のとおり承認された。\n"
        "(2) ひとり親家庭等医療費助成の資格確認について\n"
        "子育て支援課長から説明があり、所得情報以外は照会しないことを条件に承認された。\n"
    )
    assert [(i["number"], i["department"], i["outcome"]) for i in parsed["items"]] == [
        ("諮問第7号", "子育て支援課", "approved"),
        ("諮問第8号", "子育て支援課", "conditional"),
    ]


def test_an_arrow_line_with_a_bare_verdict_under_the_questions_is_the_result() -> None:
    parsed = parse_minutes(
        "千鳥台市個人情報保護審議会 会議録\n"
        "１．開催日時　令和７年２月４日（火）午後２時～午後４時\n"
        "２．開催場所　市役所第１委員会室\n３．議　　題\n"
        "　⑴　諮問第１１号　住基ネット端末の更新について（市民課）\n"
        "　⑵　諮問第１２号　課税資料の外部保管について（資産税課）\n"
        "４．議事の概要\n⑴　諮問第１１号　住基ネット端末の更新について（市民課）\n"
        "　市民課長から説明。\n　上田委員　端末の廃棄はどうするのか。\n"
        "　市民課長　データ消去の上、証明書を取得する。\n　→　原案のとおり承認\n"
        "⑵　諮問第１２号　課税資料の外部保管について（資産税課）\n"
        "　資産税課長から説明。\n　井口副会長　外部保管の必要性が分からない。\n"
        "　→　承認しないこととした。\n"
    )
    assert [i["outcome"] for i in parsed["items"]] == ["approved", "rejected"]


@pytest.mark.parametrize(
    "other",
    ["4 その他\n 次回の開催日程について\n5 閉会\n", "【その他】\n審議会の運営について\n"],
)
def test_business_under_その他_in_the_agenda_is_no_item(other: str) -> None:
    parsed = parse_minutes(
        _PLAIN_HEAD
        + "議題\n(1) 諮問第21号 通知書の発送の委託について（市民課）\n"
        + other
        + "議事の経過\n(1) 諮問第21号 通知書の発送の委託について（市民課）\n"
        + _RULED
    )
    assert [i["number"] for i in parsed["items"]] == ["諮問第21号"]


def test_a_body_heading_about_the_next_meeting_is_no_item() -> None:
    parsed = parse_minutes(
        _PLAIN_HEAD + "議題\n(1) 諮問第21号 通知書の発送の委託について（市民課）\n"
        "議事の経過\n(1) 諮問第21号 通知書の発送の委託について（市民課）\n"
        + _RULED
        + "(2) 次回の開催について\n○事務局 8月20日を予定しています。\n"
    )
    assert [i["number"] for i in parsed["items"]] == ["諮問第21号"]


def test_a_bare_negative_adjective_in_the_result_row_rejects() -> None:
    assert _decided("審議結果：不適当\n") == ("rejected", None)
    assert _decided("審議結果：適当と認める\n") == ("approved", None)


def test_a_roster_tables_column_heads_are_no_members() -> None:
    parsed = parse_minutes(
        _PLAIN_HEAD + "出席委員\n| 役職 | 氏名 |\n| 会長 | 相沢 誠 |\n| 副会長 | 井上 美穂 |\n"
        "| 委員 | 江口 沙織（オンライン） |\n"
    )
    assert parsed["members_present"] == ["相沢誠", "井上美穂", "江口沙織"]


@pytest.mark.parametrize(
    "told", ["総務課長から報告があり、了承された。", "報告内容について、全委員了承。"]
)
def test_a_reports_acceptance_narrated_after_the_last_answer(told: str) -> None:
    text = _HEAD.replace("諮問第８号", "報告第２号") + told + "\n"
    (item,) = parse_minutes(text)["items"]
    assert (item["kind"], item["outcome"]) == ("report", "approved")


def test_a_condition_a_member_proposed_and_the_chair_adopted() -> None:
    outcome, opinion = _decided(
        "○委員　申請データの閲覧は担当職員に限ることを条件にしてはどうか。\n"
        "○会長　ただいまの委員の意見を条件として、承認することでよろしいか。\n（異議なし）\n"
    )
    assert (outcome, opinion) == ("conditional", "申請データの閲覧は担当職員に限る")


def test_an_opinion_named_as_a_request_item_then_attached() -> None:
    outcome, opinion = _decided(
        "○会長　要望事項として、申請画面の説明を平易にすること、を付して承認します。\n"
    )
    assert (outcome, opinion) == ("approved_with_opinion", "申請画面の説明を平易にすること")


# --- After the round-13 held-out sets were opened (18c, 18d, 18e, 18g): each shape invented anew


def test_a_report_ruled_by_its_ordinal_in_a_narrated_sentence() -> None:
    parsed = parse_minutes(
        _PLAIN_HEAD + "議題\n(1) 報告事項\n（1）研修の実施結果について〔人事課〕\n"
        "議事の経過\n（1）研修の実施結果について〔人事課〕\n●事務局\n　研修を3回行った。\n"
        "　報告事項（1）について、了承された。\n"
    )
    (item,) = parsed["items"]
    assert (item["kind"], item["outcome"]) == ("report", "approved")


def test_the_proceedings_heading_after_the_first_item_opened_in_a_header_cell() -> None:
    text = (
        "萩ノ台区個人情報保護審議会 会議録\n日時\t令和6年10月30日（水）午後2時から午後3時まで\n"
        "場所\t区役所第1会議室\n"
        "会議次第\t議題1　諮問第27号　予約受付システムの導入について【税務課】\n"
        "\t議題2　諮問第28号　見守り事業について【高齢福祉課】\n"
        "会議の内容\t議題1　諮問第27号　予約受付システムの導入について【税務課】\n"
        "\t‹税務課長›\n\t予約受付システムを導入したい。予約の情報は5月末までに削除する。\n"
        "資料\t資料1　諮問書（PDF：812KB）\n\n審議の経過\n‹委員›\n予約の記録はいつ消すのか。\n"
        "‹税務課長›\n5月末に消去する。\n‹会長›\n"
        "議題1は、保存期間の御意見を附帯意見として付して、承認したいと思います。\n"
        "（附帯意見）なお、予約の記録の保存期間は必要最小限とするよう留意されたい。\n"
        "（「異議なし」の声あり）\n"
        "議題2　諮問第28号　見守り事業について【高齢福祉課】\n‹会長›\n継続審議とします。\n"
    )
    first, second = parse_minutes(text)["items"]
    assert (first["outcome"], first["opinion"]) == (
        "approved_with_opinion",
        "なお、予約の記録の保存期間は必要最小限とするよう留意されたい。",
    )
    assert second["outcome"] == "continued"


def test_a_result_table_after_the_proceedings_opens_no_items_of_its_own() -> None:
    parsed = parse_minutes(
        _PLAIN_HEAD + "会議次第\t1　諮問事項　諮問第61号から第62号まで（下表のとおり）\n\n"
        "番号\t件名\t担当課\n諮問第61号\t認定調査の委託について\t介護保険課\n"
        "諮問第62号\t学習履歴の分析について\t学校教育課\n\n会議の経過\n"
        "○会長　諮問第61号について説明をお願いします。\n○介護保険課長　委託したい。\n"
        "○会長　諮問第61号は原案のとおり承認とします。\n（「異議なし」の声あり）\n"
        "○会長　続きまして、諮問第62号について説明をお願いします。\n"
        "○学校教育課長　分析に使いたい。\n"
        "○会長　諮問第62号は、附帯意見として「なお、保護者への周知に留意されたい。」を付して"
        "承認とします。\n（「異議なし」の声あり）\n\n"
        "審議結果\n番号\t件名\t結果\n諮問第61号\t認定調査の委託について\t承認\n"
        "諮問第62号\t学習履歴の分析について\t承認（附帯意見あり）\n"
    )
    first, second = parsed["items"]
    assert len(first["utterances"]) >= 3 and len(second["utterances"]) >= 3
    assert (second["outcome"], second["opinion"]) == (
        "approved_with_opinion",
        "なお、保護者への周知に留意されたい。",
    )


def test_conditions_listed_by_the_chair_after_the_assent_to_attach_them() -> None:
    outcome, opinion = _decided(
        "○副会長　2点は承認の前提として明確にすべきだと思います。\n"
        "○会長　それでは、副会長からご発言がありましたとおり、次の条件を付して承認することと"
        "したいと思います。よろしいでしょうか。\n（「異議なし」の声あり）\n"
        "○会長　条件は次のとおりとします。\n（１）申請データを暗号化すること。\n"
        "（２）再委託の際は事前に町の承認を得ること。\n"
    )
    assert outcome == "conditional"
    assert opinion == "(1)申請データを暗号化すること。\n(2)再委託の際は事前に町の承認を得ること。"


def test_a_bare_list_number_before_a_section_word_in_a_summary_agenda() -> None:
    parsed = parse_minutes(
        "萩ノ台町個人情報保護審議会 要録\n"
        "■日時 令和6年8月6日(火) 午前9時30分から午前11時まで ■場所 町役場 第1会議室\n"
        "■議事 1 前回要録の確認 2 審議事項 諮問第9号 健診問診票の電子化について〔健康課〕 "
        "諮問第10号 校務支援システムについて〔教育総務課〕 ■配布資料 要録(案)\n"
        "■議事の概要\n1 前回要録の確認\n前回要録(案)について、各委員に了承された。\n"
        "2 審議事項\n諮問第9号 健診問診票の電子化について〔健康課〕\n(会長) 承認とします。\n"
        "諮問第10号 校務支援システムについて〔教育総務課〕\n(会長) 継続審議とします。\n"
    )
    assert [(i["number"], i["title"], i["department"]) for i in parsed["items"]] == [
        ("1", "前回要録の確認", None),
        ("諮問第9号", "健診問診票の電子化について", "健康課"),
        ("諮問第10号", "校務支援システムについて", "教育総務課"),
    ]


def test_a_one_character_given_name_padded_to_the_column() -> None:
    parsed = parse_minutes(
        "萩ノ台村個人情報保護審議会\n議 事 録\n\n"
        "開 催 日 時　　令和２年９月２４日（木）　午後１時３０分～午後３時\n"
        "開 催 場 所　　村役場　第１会議室\n"
        "出 席 委 員　　山 科　修 一（会長）\n"
        "　　　　　　　　今 泉　 　 剛\n　　　　　　　　江 藤　さ ゆ り\n"
        "欠 席 委 員　　な し\n"
    )
    assert parsed["members_present"] == ["山科修一", "今泉剛", "江藤さゆり"]


def test_the_chair_moving_on_to_the_reports_by_kind_alone_after_a_ruling() -> None:
    parsed = parse_minutes(
        _PLAIN_HEAD + "議題\n（１）諮問第５号　通知書の発送の委託について【市民課】\n"
        "（２）報告事項\n（１）防犯カメラの設置状況について【危機管理課】\n\n会議の経過\n"
        "【会長】\n　諮問第５号について市民課から説明をお願いします。\n"
        "【市民課長】\n　委託したい。\n【会長】\n　諮問第５号は不承認といたします。\n"
        "　次に報告事項です。危機管理課から説明をお願いします。\n"
        "【危機管理課長】\n　カメラは158台です。\n【会長】\n　では、本報告は承認といたします。\n\n"
        "審議結果\n　番号　　件名　　結果\n　諮問第５号　通知書の発送の委託について　　不承認\n"
    )
    assert [(i["kind"], i["outcome"]) for i in parsed["items"]] == [
        ("consultation", "rejected"),
        ("report", "approved"),
    ]


def test_a_whole_name_then_a_padded_one_letter_given_name_on_one_spaced_line() -> None:
    parsed = parse_minutes(
        "萩ノ台市情報公開・個人情報保護審議会　会議録\n"
        "1 日時　令和6年8月6日（火）午後2時～午後3時\n"
        "2 場所　市役所会議室\n3 出席委員\n　　会　長　　菅 原 　 透\n"
        "　　委　員　　仁 科 浩 二　　大 槻 礼 子\n　　　　　　　葛 西 由 美　　宮 内 　 修\n"
        "4 欠席委員　　1名\n"
    )
    assert parsed["members_present"] == ["菅原透", "仁科浩二", "大槻礼子", "葛西由美", "宮内修"]


def test_a_referred_table_whose_title_breaks_before_the_department_cell() -> None:
    parsed = parse_minutes(
        "萩ノ台市個人情報保護審査会　会議録\n日時　令和3年12月7日（火）午後2時～午後4時\n"
        "場所　市役所第3会議室\n議題\n"
        "（１）諮問事項　諮問第４１号から第４２号まで（下表のとおり）\n"
        "番号　　　　件名　　　　　　　　　　　　　　　　担当課\n"
        "諮問第４１号　特定健康診査結果データの分析業務委託に　保険年金課\n"
        "　　　　　　　ついて\n"
        "諮問第４２号　監視カメラの映像データの保存について　　環境保全課\n\n"
        "議事の経過\n○会長　諮問第４１号について説明をお願いします。\n○保険年金課長　委託したい。\n"
        "○会長　諮問第４１号は承認します。\n○会長　次に、諮問第４２号について説明をお願いします。\n"
        "○環境保全課長　保存したい。\n○会長　諮問第４２号は継続審議とします。\n"
    )
    assert [(i["number"], i["title"], i["department"], i["outcome"]) for i in parsed["items"]] == [
        ("諮問第41号", "特定健康診査結果データの分析業務委託について", "保険年金課", "approved"),
        ("諮問第42号", "監視カメラの映像データの保存について", "環境保全課", "continued"),
    ]
