"""Issue 11, round 10: what the six held-out corpora 12q–12y showed once opened.

Round 10 opened 12q/r/s and 12w/x/y (each scored before) and read their misses: member
lists printed letter by letter with narrower gaps between names, officials listed under the
members with their unit's title first, 「同」 for the role above, a heading for officials
read as a speaker. Every document here is invented (other towns, names and words than those
corpora); none is copied from a corpus.
"""

from __future__ import annotations

import pytest

from shingikai.minutes.parser import parse_minutes

_BODY = (
    "会議の経過\n\n"
    "○会長　それでは諮問第８号について説明をお願いします。\n"
    "○市民課長　窓口の受付記録を電子化したいというものです。\n"
    "○会長　異議がないようですので、諮問第８号は原案のとおり承認します。\n"
)


def _minutes(header: str, body: str = _BODY) -> dict:
    return parse_minutes("椿沢村個人情報保護審議会　会議録\n\n" + header + "\n\n" + body)


# --- member lists ---------------------------------------------------------------------------


def test_letter_spaced_names_parted_by_a_narrow_gap_beside_a_three_letter_name() -> None:
    # family and given name parted by one ideographic space, names by two: the two-wide gap
    # between two four-letter names shows how this line parts its names
    header = (
        "日　　時　　令和６年９月３日（火）　午後２時～午後３時\n"
        "出 席 委 員　　会　長　　笹 森　祐 介\n"
        "　　　　　　　　委　員　　立 花　真 弓　　小 野　寛　　布 施　美 佐 子\n"
    )
    r = _minutes(header)
    assert r["members_present"] == ["笹森祐介", "立花真弓", "小野寛", "布施美佐子"]


def test_a_wide_gap_inside_a_letter_spaced_name_still_joins_it() -> None:
    # the family/given gap (three wide) is the widest on the line and no two whole names
    # stand apart by it: one name, as before
    header = (
        "日　　時　　令和６年９月３日（火）　午後２時～午後３時\n"
        "出 席 委 員　　委　員　　笹　森　　　祐　介\n"
    )
    assert _minutes(header)["members_present"] == ["笹森祐介"]


def test_ditto_for_the_role_above_is_no_part_of_the_name() -> None:
    header = (
        "◎日時　令和６年９月３日（火）　午後２時～午後３時　"
        "◎出席委員　会長　笹森　祐介、委員　立花　真弓、同　小野　寛　◎欠席委員　同　布施　美佐子"
    )
    r = _minutes(header)
    assert r["members_present"] == ["笹森祐介", "立花真弓", "小野寛"]
    assert r["members_absent"] == ["布施美佐子"]


def test_officials_with_their_units_title_first_are_not_members() -> None:
    header = (
        "日　　時　令和６年９月３日（火）午後２時から午後３時まで\n"
        "出席委員　３名\n"
        "　　笹森　祐介（会長）、立花　真弓、小野　寛\n"
        "出 席 者　総務課長　梶原　徹、総務課文書係長　江藤　蘭（事務局）\n"
        "　　　　　市民課長　土門　信\n"
    )
    assert _minutes(header)["members_present"] == ["笹森祐介", "立花真弓", "小野寛"]


def test_a_bracketed_heading_for_officials_inside_the_attendance_cell_is_no_speaker() -> None:
    html = (
        "<html><body><h1>椿沢村個人情報保護審議会 会議録</h1><table>"
        "<tr><th>日時</th><td>令和６年９月３日（火）午後２時～午後３時</td></tr>"
        "<tr><th>出席者</th><td>【委員】<br>笹森 祐介（会長）、立花 真弓、小野 寛<br>"
        "【説明者】<br>市民課長 土門 信、市民課主査 江藤 蘭、保健福祉課長 兼松 伸之介"
        "</td></tr></table>"
        "<h2>会議の経過</h2><p>（会長）</p><p>それでは諮問第８号について説明をお願いします。</p>"
        "<p>（説明者）</p><p>窓口の受付記録を電子化したいというものです。</p>"
        "<p>（会長）</p><p>異議がないようですので、諮問第８号は原案のとおり承認します。</p>"
        "</body></html>"
    )
    from shingikai.minutes import extract

    r = extract.extract(html.encode(), "tsubaki.html").parsed
    assert r["members_present"] == ["笹森祐介", "立花真弓", "小野寛"]


def test_names_whose_family_given_gap_is_as_wide_as_the_gap_between_them() -> None:
    header = (
        "日　　時　　令和６年９月３日（火）　午後２時～午後３時\n"
        "出席委員　会　長　　笹 森 　 祐 介\n"
        "　　　　　委　員　　立 花 　 真 弓　　　小 野 　 寛　　　布 施 　 美 佐\n"
        "欠席委員　梶 原 　 徹\n"
    )
    r = _minutes(header)
    assert r["members_present"] == ["笹森祐介", "立花真弓", "小野寛", "布施美佐"]
    assert r["members_absent"] == ["梶原徹"]


def test_a_share_of_the_council_and_who_attended_online_are_no_names() -> None:
    header = (
        "日時　令和６年９月３日（火）午後２時～午後３時\n"
        "出席者\n"
        "　委員定数７名中６名出席\n"
        "　会長　笹森 祐介\n"
        "　委員　立花 真弓、小野 寛（オンライン）\n"
        "　(2) 委員（７名中６名出席、うちオンライン出席１名）\n"
    )
    assert _minutes(header)["members_present"] == ["笹森祐介", "立花真弓", "小野寛"]


def test_a_roster_printed_as_a_pipe_table_under_the_label() -> None:
    header = (
        "日時　令和６年９月３日（火）午後２時～午後３時\n"
        "出席委員\n| 会長 | 笹森 祐介 |\n| 副会長 | 立花 真弓 |\n| 委員 | 小野 寛子 |\n"
    )
    assert _minutes(header)["members_present"] == ["笹森祐介", "立花真弓", "小野寛子"]


# --- items ----------------------------------------------------------------------------------


def test_a_body_heading_with_the_sections_number_and_kind_before_the_items_own() -> None:
    text = (
        "椿沢村個人情報保護審議会　会議録\n\n"
        "日時　令和６年９月３日（火）午後２時～午後３時\n"
        "次第\n"
        "１　報告事項\n"
        "（１）窓口封筒の誤送付について（担当：住民課）\n"
        "２　諮問事項\n"
        "（１）諮問第８号　受付記録の電子化について（担当：市民課）\n\n"
        "会議の経過\n\n"
        "１　報告事項　（１）窓口封筒の誤送付について（担当：住民課）\n"
        "○住民課長　封筒を取り違えて送付した事案がありました。再発防止策を講じます。\n"
        "○会長　報告は了承します。\n"
        "２　諮問事項　（１）諮問第８号　受付記録の電子化について（担当：市民課）\n"
        "○市民課長　受付記録を電子化したいというものです。\n"
        "○会長　諮問第８号は原案のとおり承認とします。\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["number"], i["outcome"]) for i in items] == [
        ("(1)", "approved"),
        ("諮問第8号", "approved"),
    ]
    assert items[0]["title"] == "窓口封筒の誤送付について"


def _agenda_minutes(body: str, agenda: str = "諮問第８号　受付記録の電子化について") -> dict:
    return parse_minutes(
        "椿沢村個人情報保護審議会　会議録\n\n"
        "日時　令和６年９月３日（火）午後２時～午後３時\n"
        f"議題　{agenda}\n\n"
        "会議の経過\n\n" + body
    )


# --- opinions -------------------------------------------------------------------------------


def test_conditions_under_a_heading_line_after_the_ruling() -> None:
    body = (
        "○市民課長　受付記録を電子化したいというものです。\n"
        "○会長　それでは、諮問第８号は、次の条件を付して、諮問のとおり認めます。\n"
        "条件\n"
        "・記録の保存期間を５年とし、経過後に消去すること。\n"
        "・委託先の作業場所を契約前に確認すること。\n"
    )
    item = _agenda_minutes(body)["items"][0]
    assert item["outcome"] == "conditional"
    assert item["opinion"] == (
        "・記録の保存期間を5年とし、経過後に消去すること。\n・委託先の作業場所を契約前に確認すること。"
    )


def test_conditions_read_out_after_the_chair_says_so() -> None:
    body = (
        "○市民課長　受付記録を電子化したいというものです。\n"
        "○会長　諮問第８号は次の条件を付して承認したいと思います。読み上げます。\n"
        "・記録の保存期間を５年とし、経過後に消去すること。\n"
        "・委託先の作業場所を契約前に確認すること。\n"
        "よろしいでしょうか。\n"
        "（「異議なし」の声あり）\n"
        "○会長　諮問第８号は条件付きで承認とします。\n"
    )
    item = _agenda_minutes(body)["items"][0]
    assert item["outcome"] == "conditional"
    assert item["opinion"].startswith("・記録の保存期間")
    assert item["opinion"].endswith("契約前に確認すること。")


def test_the_listed_conditions_over_the_chairs_summary_of_them() -> None:
    body = (
        "諮問第８号　受付記録の電子化について\n"
        "○市民課長　受付記録を電子化したいというものです。\n"
        "○会長　御意見を踏まえ、保存期間を明確にすることを条件として承認するのがよいと思います。"
        "次の条件を付して承認することでよろしいでしょうか。\n"
        "①記録の保存期間を５年とし、経過後に消去すること。\n"
        "（異議なし）\n"
        "○会長　それでは諮問第８号は、以上の条件付きで承認します。\n"
    )
    item = _agenda_minutes(body)["items"][0]
    assert item["outcome"] == "conditional"
    assert item["opinion"] == "①記録の保存期間を5年とし、経過後に消去すること。"


# --- outcomes -------------------------------------------------------------------------------


def test_assent_inline_after_the_chairs_question_in_a_summary_paragraph() -> None:
    body = (
        "１　諮問第８号　受付記録の電子化について　市民課長から、受付記録を電子化したいとの説明が"
        "あった。【委員】 保存期間はどうなるのか。【市民課】 ５年とする。【会長】 ほかに意見が"
        "なければ、本件を諮問のとおりとすることに異議はないか。【各委員】 異議なし。\n"
    )
    assert _agenda_minutes(body)["items"][0]["outcome"] == "approved"


def test_an_approval_named_in_the_title_is_no_verdict() -> None:
    body = (
        "(1) 諮問第８号 住民票の写し等の一括交付の承認について\n"
        "○市民課長　事業者から一括交付の申出がありました。\n"
        "○委員　必要性が認められないと考えます。\n"
        "○会長　それでは、諮問第８号は「否」といたします。\n"
    )
    item = _agenda_minutes(body, "(1) 諮問第８号 住民票の写し等の一括交付の承認について")
    assert item["items"][0]["outcome"] == "rejected"


def test_a_decision_noun_in_a_request_after_a_rejection_rules_nothing() -> None:
    body = (
        "○市民課長　事業者に課税情報を提供したいというものです。\n"
        "○会長　諮問第８号は「否」といたします。市民課は、税額決定通知の記載を工夫するなど、"
        "提供しない方法を検討してください。\n"
        "○市民課長　承知いたしました。\n"
    )
    assert _agenda_minutes(body)["items"][0]["outcome"] == "rejected"


def test_a_report_asked_for_next_time_does_not_continue_the_item() -> None:
    body = (
        "報告　窓口封筒の誤送付について\n"
        "○市民課長　封筒を取り違えて送付した事案の報告です。\n"
        "○会長　再発防止策の実施状況については、次回の審議会で改めて報告してください。\n"
    )
    item = _agenda_minutes(body, "報告　窓口封筒の誤送付について")["items"][0]
    assert item["outcome"] == "unknown"


def test_a_remark_reported_as_made_rules_nothing() -> None:
    body = (
        "諮問第８号　受付記録の電子化について\n"
        "市民課長から、受付記録を電子化したいとの説明があった。\n"
        "なお、会長から、協議の結果によっては次回の審議会で改めて取り扱うこともあり得るとの補足があった。\n"
    )
    assert _agenda_minutes(body)["items"][0]["outcome"] == "unknown"


def test_a_marked_closing_section_with_a_colon_ends_the_last_item() -> None:
    body = (
        "(1) 報告 窓口封筒の誤送付について（住民課） 住民課から、封筒の誤送付の経緯と再発防止策の"
        "説明があった。\n\n"
        "●閉会：会長から、資料を次回配布するよう求めがあった。事務局から了承の旨の回答があり、閉会した。\n"
    )
    item = _agenda_minutes(body, "(1) 報告 窓口封筒の誤送付について（住民課）")["items"][0]
    assert item["outcome"] == "unknown"


def test_the_items_number_as_topic_before_a_condition_is_no_part_of_it() -> None:
    body = (
        "諮問第８号　受付記録の電子化について\n"
        "市民課長から、受付記録を電子化したいとの説明があった。\n"
        "審議の結果、諮問第８号は、記録の保存期間を５年とすることを条件に承認された。\n"
    )
    item = _agenda_minutes(body)["items"][0]
    assert item["outcome"] == "conditional"
    assert item["opinion"] == "記録の保存期間を5年とする"


def test_the_narrated_ruling_after_the_floors_answer_inside_a_summary_line() -> None:
    body = (
        "１　諮問第８号　受付記録の電子化について　●市民課長　受付記録を電子化したい。"
        "　●委員　保存期間も確認が必要だと思う。"
        "　●会長　本件は、ただいまの意見を条件として承認することとしたい。"
        "　（「異議なし」の声あり）"
        "　審議の結果、記録の保存期間を確認し、次回の審議会に報告することを条件に、承認した。\n"
    )
    item = _agenda_minutes(body)["items"][0]
    assert item["outcome"] == "conditional"
    assert item["opinion"] == "記録の保存期間を確認し、次回の審議会に報告する"


def test_the_ruling_that_states_the_condition_after_a_proposal_that_does_not() -> None:
    body = (
        "諮問第８号　受付記録の電子化について\n"
        "○市民課長　受付記録を電子化したいというものです。\n"
        "○会長　それでは、本件は、本人確認の方法について条件を付した上で、承認したいと思います。"
        "事務局、条件の案をお願いします。\n"
        "○事務局　事前に配布した案のとおりです。\n"
        "○会長　諮問第８号は、窓口で本人確認書類を確認することを条件として承認とします。\n"
    )
    item = _agenda_minutes(body)["items"][0]
    assert item["outcome"] == "conditional"
    assert item["opinion"] == "窓口で本人確認書類を確認する"


def test_an_opinion_named_with_its_alias_in_brackets() -> None:
    body = (
        "諮問第８号　受付記録の電子化について\n"
        "○市民課長　受付記録を電子化したいというものです。\n"
        "○会長　意見（要望）を付して承認したいと思います。"
        "意見は「窓口での周知を十分に行うよう配慮されたい。」といたします。\n"
        "○会長　諮問第８号は、意見（要望）を付して承認といたします。\n"
    )
    item = _agenda_minutes(body)["items"][0]
    assert item["outcome"] == "approved_with_opinion"
    assert item["opinion"] == "窓口での周知を十分に行うよう配慮されたい。"


def test_two_conditions_joined_by_tomoni_before_wo_jouken_stay_whole() -> None:
    body = (
        "諮問第８号　受付記録の電子化について\n"
        "結論　閲覧できる職員を係長以上に限り、閲覧履歴を毎月確認するとともに、"
        "委託先に認証の維持を義務付けることを条件に承認する。\n"
    )
    item = _agenda_minutes(body)["items"][0]
    assert item["outcome"] == "conditional"
    assert item["opinion"] == (
        "閲覧できる職員を係長以上に限り、閲覧履歴を毎月確認するとともに、委託先に認証の維持を義務付ける"
    )


# --- HTML pages and headings ------------------------------------------------------------------


def _page(rows: str, body: str) -> dict:
    from shingikai.minutes import extract

    html = (
        "<html><body><h1>椿沢村個人情報保護審議会 会議録</h1><table>"
        "<tr><th>日時</th><td>令和６年９月３日（火）午後２時～午後３時</td></tr>"
        f"{rows}</table>{body}</body></html>"
    )
    return extract.extract(html.encode(), "tsubaki.html").parsed


def test_members_from_a_roster_table_the_attendance_cell_points_at() -> None:
    r = _page(
        "<tr><th>出席者</th><td>委員３名（下記「委員出欠表」のとおり）</td></tr>",
        "<h2>委員出欠表</h2><table><tr><th>役職</th><th>氏名</th><th>出欠</th></tr>"
        "<tr><td>会長</td><td>笹森 祐介</td><td>出席</td></tr>"
        "<tr><td>委員</td><td>立花 真弓</td><td>出席（Web）</td></tr>"
        "<tr><td>委員</td><td>小野 寛</td><td>欠席</td></tr>"
        "<tr><td>委員</td><td>布施 美佐</td><td>出席</td></tr></table>"
        "<h2>会議の経過</h2><p>（会長）それでは始めます。</p>",
    )
    assert r["members_present"] == ["笹森祐介", "立花真弓", "布施美佐"]
    assert r["members_absent"] == ["小野寛"]


def test_a_report_row_of_the_header_table_gives_its_entries_their_kind() -> None:
    r = _page(
        "<tr><th>出席委員</th><td>笹森 祐介（会長）、立花 真弓</td></tr>"
        "<tr><th>諮問事項</th><td>(1)&nbsp;諮問第８号　受付記録の電子化について〔市民課〕</td></tr>"
        "<tr><th>報告事項</th><td>(2)&nbsp;窓口封筒の誤送付について〔住民課〕</td></tr>",
        "<h2>会議の経過</h2><h3>(1) 諮問第８号　受付記録の電子化について</h3>"
        "<p>（市民課長）受付記録を電子化したいというものです。</p>"
        "<h3>(2) 窓口封筒の誤送付について</h3><p>（住民課長）封筒の誤送付がありました。</p>",
    )
    report = r["items"][1]
    assert (report["kind"], report["number"], report["department"]) == ("report", "(2)", "住民課")


def test_an_ordered_lists_entries_carry_the_numbers_a_browser_shows() -> None:
    r = _page(
        "<tr><th>会議次第</th><td><ol><li>諮問第８号 受付記録の電子化について（市民課）</li>"
        "<li>報告 窓口封筒の誤送付について（住民課）</li></ol></td></tr>",
        "<h2>会議の経過</h2><h3>1 諮問第８号 受付記録の電子化について（市民課）</h3>"
        "<p>（市民課長）受付記録を電子化したいというものです。</p>"
        "<h3>2 報告 窓口封筒の誤送付について（住民課）</h3><p>（住民課長）誤送付がありました。</p>",
    )
    assert [i["number"] for i in r["items"]] == ["諮問第8号", "2"]


def test_an_ordered_list_entry_printing_its_own_ordinal_keeps_only_that() -> None:
    r = _page(
        "<tr><th>会議次第</th><td><ol><li>(1)前回会議録の確認</li>"
        "<li>(2)諮問第８号 受付記録の電子化について</li></ol></td></tr>",
        "<h2>会議の経過</h2><h3>(1)前回会議録の確認</h3><p>（会長）了承とします。</p>"
        "<h3>(2)諮問第８号 受付記録の電子化について</h3><p>（市民課長）電子化したい。</p>",
    )
    assert [i["number"] for i in r["items"]] == ["(1)", "諮問第8号"]


def test_a_numbered_confirmation_heading_is_an_item_with_no_agenda_to_name_it() -> None:
    r = _page(
        "<tr><th>出席委員</th><td>笹森 祐介（会長）、立花 真弓</td></tr>",
        "<h2>会議の経過</h2><h2>(1)諮問第８号 受付記録の電子化について（市民課）</h2>"
        "<p>市民課から説明があり、原案のとおり承認された。</p>"
        "<h2>(2)前回会議録の確認</h2><p>前回の会議録について、各委員の確認済みとした。</p>",
    )
    assert [(i["number"], i["title"]) for i in r["items"]][1] == ("(2)", "前回会議録の確認")


def test_the_ordinal_and_title_mid_sentence_open_the_item_no_heading_opens() -> None:
    r = _page(
        "<tr><th>議題</th><td>(1) 前回会議録の確認<br>"
        "(2) 諮問第８号 受付記録の電子化について</td></tr>",
        "<h2>会議の経過</h2>"
        "<p>‹会長› よろしくお願いします。まず(1)前回会議録の確認です。修正点はありますか。</p>"
        "<p>‹委員› ありません。</p><p>‹会長› それでは原案のとおり了承とします。</p>"
        "<h3>(2) 諮問第８号 受付記録の電子化について</h3><p>‹市民課長› 電子化したい。</p>",
    )
    assert r["items"][0]["outcome"] == "approved"


def test_a_section_word_run_into_the_items_ordinal_in_a_body_heading() -> None:
    text = (
        "椿沢村個人情報保護審議会　会議録\n\n"
        "日時　令和６年９月３日（火）午後２時～午後３時\n"
        "議題\n"
        "　(1) 諮問第８号　受付記録の電子化について〔市民課〕\n"
        "　報告事項\n"
        "　(1) 窓口封筒の誤送付について〔住民課〕\n\n"
        "会議の経過\n\n"
        "１　諮問第８号　受付記録の電子化について\n"
        "○市民課長　受付記録を電子化したいというものです。\n"
        "２　報告事項(1)　窓口封筒の誤送付について\n"
        "○住民課長　封筒の誤送付がありました。\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["kind"], i["title"]) for i in items] == [
        ("consultation", "受付記録の電子化について"),
        ("report", "窓口封筒の誤送付について"),
    ]


# --- text lifted from PDF and web pages -------------------------------------------------------


def test_a_list_number_spaced_out_with_its_label() -> None:
    header = (
        "１．日　　時　令和６年９月３日（火）　午後２時～午後３時\n"
        "２ ． 出 席 委 員 （ ３ 名 ）\n"
        "　　会　長　笹森　祐介\n"
        "　　委　員　立花　真弓　　小野　寛\n"
        "３．欠席委員　なし\n"
        "４ ． 場 所\n"
        "　　椿沢村役場　第２会議室\n"
    )
    r = _minutes(header)
    assert r["members_present"] == ["笹森祐介", "立花真弓", "小野寛"]
    assert r["meeting"]["place"] == "椿沢村役場 第2会議室"


def test_a_running_header_with_its_page_number_repeated_on_every_page() -> None:
    body = (
        "諮問第８号　受付記録の電子化について\n"
        "○市民課長　受付記録を電子化したいというものです。\n"
        "結論　諮問第８号は、次の条件を付して承認する。\n"
        "１　記録の保存期間を５年とすること。\n"
        "第２回椿沢村審議会　　　　　　　　　　２/３\n"
        "○委員　異議ありません。\n"
        "第２回椿沢村審議会　　　　　　　　　　３/３\n"
    )
    item = _agenda_minutes(body)["items"][0]
    assert item["opinion"] == "1 記録の保存期間を5年とすること。"


def test_a_condition_read_out_and_ruled_on_each_at_a_page_end_is_kept() -> None:
    body = (
        "諮問第８号　受付記録の電子化について\n"
        "（事務局）\n　条件の案を申し上げます。\n"
        "　・記録の保存期間を５年とすること。\n"
        "　・委託先の作業場所を確認すること。\n\n"
        "- 2 -\n\n"
        "（会長）\n　ただいまの条件を付して承認することでよろしいでしょうか。\n\n"
        "結論　諮問第８号は、次の条件を付して承認する。\n"
        "　・記録の保存期間を５年とすること。\n"
        "　・委託先の作業場所を確認すること。\n\n"
        "- 3 -\n\n"
        "（会長）\n　以上で本日の審議を終わります。\n"
    )
    item = _agenda_minutes(body)["items"][0]
    assert (
        item["opinion"] == "・記録の保存期間を5年とすること。\n・委託先の作業場所を確認すること。"
    )


def test_a_site_menu_with_bars_is_page_furniture() -> None:
    body = (
        "報告　窓口封筒の誤送付について\n"
        "○住民課長　封筒を取り違えて送付した事案の報告をいたします。\n"
        "○会長　報告は以上です。次回は諮問が２件の予定です。\n"
        "（午後３時閉会）\n\n"
        "よくある質問 | サイトマップ | 個人情報の取り扱い | ウェブアクセシビリティ\n"
    )
    item = _agenda_minutes(body, "報告　窓口封筒の誤送付について")["items"][0]
    assert item["utterances"]
    assert not any("サイトマップ" in u["text"] for u in item["utterances"])


def test_an_opinion_attached_by_number_in_a_section_of_its_own() -> None:
    r = _page(
        "<tr><th>審議結果</th><td>諮問第８号&nbsp;&nbsp;承認（意見付）</td></tr>",
        "<h2>審議会の意見</h2><p>諮問第８号について、次の意見を付す。</p>"
        "<p>なお、記録の保存期間は必要最小限とするよう留意されたい。</p>"
        "<h2>会議の経過</h2><h3>諮問第８号 受付記録の電子化について</h3>"
        "<p>（市民課長）電子化したいというものです。</p>",
    )
    item = r["items"][0]
    assert item["outcome"] == "approved_with_opinion"
    assert item["opinion"] == "なお、記録の保存期間は必要最小限とするよう留意されたい。"


def test_a_confirmation_the_secretariat_introduces_has_no_department() -> None:
    body = (
        "１　前回会議録の確認\n"
        "○梶原総務課長　前回の会議録は事前に送付し、修正の御意見はございませんでした。\n"
        "○会長　それでは前回の会議録は承認とします。\n"
    )
    item = _agenda_minutes(body, "１　前回会議録の確認")["items"][0]
    assert (item["kind"], item["department"]) == ("confirmation", None)


def test_a_bare_count_of_observers_means_a_public_meeting() -> None:
    header = "日時　令和６年９月３日（火）午後２時～午後３時　傍聴者：０　事務局　総務課"
    assert _minutes(header)["meeting"]["public_attendance"] is True


def test_the_meeting_back_at_an_item_after_a_report_heard_inside_it() -> None:
    text = (
        "椿沢村個人情報保護審議会　会議録\n\n"
        "日時　令和６年９月３日（火）午後２時～午後３時\n"
        "議題\n　審議1　受付記録の電子化について\n　報告1　前回の附帯意見への対応について\n"
        "　審議2　窓口カメラの設置について\n\n"
        "会議の経過\n\n"
        "○会長　では、審議1について、市民課から説明をお願いします。\n"
        "○市民課長　受付記録を電子化したいというものです。続いて報告1について御報告します。\n"
        "○市民課係長　報告1の前回の附帯意見への対応は完了しました。\n"
        "○会長　報告1は了承とします。それでは審議1について、御質問、御意見をお願いします。\n"
        "○委員　保存期間を短くすべきです。\n"
        "○会長　審議1は附帯意見を付して承認といたします。附帯意見は「なお、保存期間は必要最小限と"
        "するよう留意されたい。」とします。\n"
        "○会長　次に審議2について、市民課から説明をお願いします。\n"
        "○市民課長　窓口にカメラを設置したいというものです。\n"
        "○会長　審議2は原案のとおり承認とします。\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["number"], i["outcome"]) for i in items] == [
        ("審議1", "approved_with_opinion"),
        ("報告1", "approved"),
        ("審議2", "approved"),
    ]
    assert items[0]["opinion"] == "なお、保存期間は必要最小限とするよう留意されたい。"


# --- shapes of the development sets written in round 10 (13e–13h) ----------------------------


def test_a_role_word_between_letter_spaced_names_on_one_row() -> None:
    header = (
        "日　　時　　令和６年９月３日（火）　午後２時～午後３時\n"
        "出 席 委 員　　会　長　　笹 森 　 祐 介\n"
        "　　　　　　　　委　員　　立 花 　 真 弓　　委　員　　小 野 　 寛 子\n"
    )
    assert _minutes(header)["members_present"] == ["笹森祐介", "立花真弓", "小野寛子"]


def test_a_long_note_counting_online_members_names_nobody_new() -> None:
    header = (
        "日時　令和６年９月３日（火）午後２時～午後３時\n"
        "出席委員　３名（敬称略）　会長 笹森 祐介、委員 立花 真弓、委員 小野 寛子"
        "（うちWeb会議システムによる出席2名：立花委員、小野委員）\n"
    )
    assert _minutes(header)["members_present"] == ["笹森祐介", "立花真弓", "小野寛子"]


def test_a_count_of_those_present_before_a_bracketed_note() -> None:
    header = (
        "日時　令和６年９月３日（火）午後２時～午後３時\n"
        "出席者\n"
        "（委員）出席３名（敬称略・五十音順）\n"
        "会長 笹森 祐介、委員 立花 真弓、小野 寛子\n"
    )
    assert _minutes(header)["members_present"] == ["笹森祐介", "立花真弓", "小野寛子"]


def test_the_heading_printed_with_the_first_pages_number_is_still_the_title() -> None:
    text = (
        "令和６年度第２回椿沢村個人情報保護審議会　会議録　　　　　　　　　1/3\n\n"
        "１　開催日時　　令和６年９月３日（火）　午後２時～午後３時\n"
        "２　開催場所　　椿沢村役場　第２会議室\n\n"
        "会議の経過\n"
        "○会長　それでは始めます。\n\n"
        "令和６年度第２回椿沢村個人情報保護審議会　会議録　　　　　　　　　2/3\n"
        "○会長　以上で終わります。\n"
    )
    assert parse_minutes(text)["meeting"]["title"] == "令和6年度第2回椿沢村個人情報保護審議会"


def test_a_result_tables_column_heads_are_no_agenda_entry() -> None:
    text = (
        "椿沢村個人情報保護審議会　会議録\n\n"
        "日時　令和６年９月３日（火）午後２時～午後３時\n"
        "議題\t１　諮問第８号から第９号まで（下表のとおり）\n"
        "\t諮問番号\t諮問事項\t所管課\t審議結果\n"
        "\t第８号\t受付記録の電子化について\t市民課\t承認\n"
        "\t第９号\t窓口カメラの設置について\t住民課\t継続審議\n\n"
        "審議の経過\n\n"
        "１　諮問第８号　受付記録の電子化について（市民課）\n"
        "●市民課長　受付記録を電子化したいというものです。\n"
        "２　諮問第９号　窓口カメラの設置について（住民課）\n"
        "●住民課長　窓口にカメラを設置したいというものです。\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["number"], i["department"], i["outcome"]) for i in items] == [
        ("諮問第8号", "市民課", "approved"),
        ("諮問第9号", "住民課", "continued"),
    ]


def test_conditions_counted_before_they_are_listed() -> None:
    body = (
        "諮問第８号　受付記録の電子化について\n"
        "○市民課長　受付記録を電子化したいというものです。\n"
        "○会長　本件は、次の条件を付して承認することといたします。条件は２点です。\n"
        "　・記録の保存期間を５年とすること。\n"
        "　・委託先の作業場所を確認すること。\n"
        "　以上の条件でよろしいでしょうか。\n"
        "（「異議なし」の声あり）\n"
    )
    item = _agenda_minutes(body)["items"][0]
    assert (
        item["opinion"] == "・記録の保存期間を5年とすること。\n・委託先の作業場所を確認すること。"
    )


def test_opinions_in_header_rows_keyed_by_number() -> None:
    from shingikai.minutes.parser._build import numbered_opinions

    rows = [
        "附帯意見\t諮問第8号:なお、保存期間は必要最小限とするよう留意されたい。",
        "付した条件\t諮問第9号:撮影の範囲を窓口に限ること。",
    ]
    assert numbered_opinions(rows) == {
        "諮問第8号": "なお、保存期間は必要最小限とするよう留意されたい。",
        "諮問第9号": "撮影の範囲を窓口に限ること。",
    }


# --- wordings probed from the families (round 10) --------------------------------------

_PROBE_BODY = (
    "諮問第５号　窓口予約システムの導入について（住民課）\n"
    "○住民課長　予約システムを導入したいというものです。\n"
    "○委員　保存期間はどうなりますか。\n"
    "○住民課長　１年です。\n"
)


@pytest.mark.parametrize(
    ("ruling", "outcome", "opinion"),
    [
        (
            "【答申】諮問のとおり実施することは適当である。ただし、次の点に留意すること。\n"
            "(1) 予約データは１年経過後に消去すること。\n(2) 委託先に再委託を認めないこと。\n",
            "approved_with_opinion",
            "(1) 予約データは1年経過後に消去すること。\n(2) 委託先に再委託を認めないこと。",
        ),
        (
            "審議会の意見　承認する。なお、予約データの消去に努められたい。\n",
            "approved_with_opinion",
            "なお、予約データの消去に努められたい。",
        ),
        (
            "◎答申　予約データを１年経過後に消去することを条件に承認\n",
            "conditional",
            "予約データを1年経過後に消去する",
        ),
        (
            "○会長　以下の事項を付帯意見として付すこととし、承認とします。\n"
            "・予約データは１年経過後に消去すること。\n・再委託を認めないこと。\n",
            "approved_with_opinion",
            "・予約データは1年経過後に消去すること。\n・再委託を認めないこと。",
        ),
        (
            "○会長　本件については、以下の意見を付して承認とします。\n（意見）\n"
            "予約データの保存期間は必要最小限とされたい。\n",
            "approved_with_opinion",
            "予約データの保存期間は必要最小限とされたい。",
        ),
        (
            "○会長　附帯意見として『予約データは１年経過後に消去されたい。』を付して承認します。\n",
            "approved_with_opinion",
            "予約データは1年経過後に消去されたい。",
        ),
        (
            "○会長　次の条件を付けて承認したいと思います。一つ目は、予約データを１年経過後に消去"
            "すること。二つ目は、再委託を認めないこと。よろしいでしょうか。\n（異議なし）\n",
            "conditional",
            "一つ目は、予約データを1年経過後に消去すること。二つ目は、再委託を認めないこと。",
        ),
        (
            "結果　条件付き承認（条件：予約データは１年経過後に消去すること。）\n",
            "conditional",
            "予約データは1年経過後に消去すること。",
        ),
        (
            "○会長　諮問第５号については、次の要望を付して承認します。\n"
            "要望　予約データの保存期間を必要最小限とすること。\n",
            "approved_with_opinion",
            "予約データの保存期間を必要最小限とすること。",
        ),
    ],
)
def test_rulings_and_their_opinions_worded_as_councils_word_them(
    ruling: str, outcome: str, opinion: str
) -> None:
    item = _agenda_minutes(
        _PROBE_BODY + ruling, "諮問第５号　窓口予約システムの導入について（住民課）"
    )["items"][0]
    assert (item["outcome"], item["opinion"]) == (outcome, opinion)


@pytest.mark.parametrize("mark", ["", "●"])
def test_a_colon_label_with_its_mark_and_the_unit_in_brackets(mark: str) -> None:
    body = (
        f"{mark}会長：それでは諮問第８号について説明をお願いします。\n"
        f"{mark}実施機関（市民課）：市民課でございます。受付記録を電子化したいというものです。\n"
        f"{mark}会長：諮問第８号は原案のとおり承認します。\n"
    )
    item = _agenda_minutes("諮問第８号　受付記録の電子化について\n" + body)["items"][0]
    speakers = [u["speaker"] for u in item["utterances"]]
    assert speakers[0] == "会長" and speakers[-1] == "会長"
    assert speakers[1].startswith("実施機関")
    assert item["outcome"] == "approved"


def test_items_of_two_kinds_sharing_an_ordinal_keep_their_order() -> None:
    text = (
        "椿沢村個人情報保護審議会　会議録\n\n"
        "日時　令和６年９月３日（火）午後２時～午後３時\n"
        "議事\n　諮問事項\n　（１）諮問第 8号　受付記録の電子化について〔市民課〕\n"
        "　報告事項\n　（１）窓口封筒の誤送付について〔住民課〕\n\n"
        "会議の経過\n\n"
        "（１）諮問第8号　受付記録の電子化について\n"
        "○会長　（１）諮問第8号について説明をお願いします。\n"
        "○会長　原案のとおり承認します。\n"
        "報告事項（１）窓口封筒の誤送付について\n"
        "○住民課長　封筒の誤送付がありました。\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["kind"], i["number"], i["department"]) for i in items] == [
        ("consultation", "諮問第8号", "市民課"),
        ("report", "(1)", "住民課"),
    ]


def test_notes_run_into_a_label_inside_a_one_line_summary_header() -> None:
    header = (
        "● 日時　令和６年９月３日（火）午後２時～３時　● 場所　椿沢村役場　第２会議室"
        "　● 出席委員（３名）五十音順　笹森祐介、立花真弓（会長）、小野寛子　● 欠席委員　なし"
    )
    r = _minutes(header)
    assert r["meeting"]["place"] == "椿沢村役場 第2会議室"
    assert r["members_present"] == ["笹森祐介", "立花真弓", "小野寛子"]


def test_a_footnote_under_the_agenda_is_no_item() -> None:
    text = (
        "椿沢村個人情報保護審議会　会議録\n\n"
        "日時　令和６年９月３日（火）午後２時～午後３時\n"
        "議題\n（１）前回会議録の確認\n（２）諮問第８号　受付記録の電子化について（市民課）\n"
        "※（Web）はオンラインによる出席\n\n"
        "会議の経過\n\n○会長　始めます。\n"
    )
    assert [i["title"] for i in parse_minutes(text)["items"]] == [
        "前回会議録の確認",
        "受付記録の電子化について",
    ]


def test_a_label_printed_whole_before_a_letter_spaced_name_and_its_note() -> None:
    header = (
        "日　　時　　令和６年９月３日（火）午後２時～午後３時\n"
        "出席委員　　笹 森 　 祐 介 （会長）\n"
        "　　　　　　立 花 　 真 弓\n"
    )
    assert _minutes(header)["members_present"] == ["笹森祐介", "立花真弓"]


def test_a_ruling_tag_run_into_the_words_inside_a_summary_line() -> None:
    body = (
        "（１）諮問第８号　受付記録の電子化について（市民課）　市民課長から説明があった。"
        "○委員　保存期間は。○市民課長　５年である。【結論】承認（附帯意見あり）"
        "附帯意見：なお、保存期間は必要最小限とするよう留意されたい。\n"
    )
    item = _agenda_minutes(body, "（１）諮問第８号　受付記録の電子化について（市民課）")["items"][0]
    assert item["outcome"] == "approved_with_opinion"
    assert item["opinion"] == "なお、保存期間は必要最小限とするよう留意されたい。"


def test_officials_printed_on_under_the_members_heading_are_not_members() -> None:
    header = (
        "日時\t令和６年９月３日（火）午後２時～午後３時\n"
        "出席者\t委員（３名）\n"
        "\t会長　笹森　祐介　　委員　立花　真弓　　委員　小野　寛子\n"
        "\t村　総務部長　梶原　徹、総務課長　江藤　蘭（事務局）\n"
    )
    assert _minutes(header)["members_present"] == ["笹森祐介", "立花真弓", "小野寛子"]
