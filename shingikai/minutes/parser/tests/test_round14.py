"""Issue 11, round 14: shapes from the opened set 18a and later rounds (every document and
wording here is invented)."""

from __future__ import annotations

from shingikai.minutes.parser import parse_minutes

_ROSTER = "出席委員　会　長　　森 下　　英 夫\n　　　　　委　員　　宮 川　　由 紀\n傍聴者　なし\n"


def test_a_letter_spaced_document_word_under_the_meeting_name_row_is_not_in_the_title() -> None:
    text = (
        "柿ノ浦町個人情報保護審議会会議録\n\n"
        "会 議 名　令和５年度第２回柿ノ浦町個人情報保護審議会\n"
        "議 事 録\n\n"
        "日　　時　令和５年１０月３日（火）　14:00-15:30\n"
        "場　　所　柿ノ浦町役場　２階　大会議室\n" + _ROSTER
    )
    assert parse_minutes(text)["meeting"]["title"] == "令和5年度第2回柿ノ浦町個人情報保護審議会"


def test_the_heading_below_a_running_header_names_the_meeting() -> None:
    running = "桃園村情報公開・個人情報保護審議会（令和４年度第３回）会議録"
    text = (
        f"{running}\n\n"
        "令和４年度第３回桃園村情報公開・個人情報保護審議会\n"
        "会 議 録\n\n"
        "１　日　　時　令和５年１月１９日（木）午後２時から午後３時まで\n"
        "２　場　　所　桃園村役場　会議室\n"
        "３　議　　題\n"
        "　(1)　諮問第 8号　図書館利用者情報の取扱いについて（生涯学習課）\n"
        "４　会議の経過\n"
        "◯会長　諮問第８号について説明を求めます。\n"
        "◯生涯学習課長　図書館の利用者情報について説明します。\n"
        "- 2 -\n"
        f"{running}\n"
        "◯会長　原案のとおり承認することでよろしいですか。\n"
        "（「異議なし」の声あり）\n"
    )
    title = parse_minutes(text)["meeting"]["title"]
    assert title == "令和4年度第3回桃園村情報公開・個人情報保護審議会"


def test_a_report_listed_without_a_number_takes_its_headings_ordinal() -> None:
    text = (
        "令和６年度第２回栗林区個人情報保護審議会\n"
        "日時　令和６年９月１０日（火）午後２時～午後３時\n"
        "場所　栗林区役所　第一会議室\n"
        "議題　諮問事項\n"
        "・諮問第 4号　児童館利用者名簿の電子化について【所管：子ども家庭課】\n"
        "報告事項\n"
        "・個人情報の漏えい等事案について【所管：区政情報課】\n\n"
        "1　諮問第4号　児童館利用者名簿の電子化について\n"
        "【実施機関（子ども家庭課）】\n"
        "名簿を電子化し、施錠された端末で管理する。\n"
        "【会長】\n"
        "原案のとおり承認する。\n\n"
        "2　報告　個人情報の漏えい等事案について\n"
        "【事務局】\n"
        "郵便物の誤送付が1件あった。\n"
        "【会長】\n"
        "本件は報告を受けたこととする。\n"
    )
    items = parse_minutes(text)["items"]
    assert [i["number"] for i in items] == ["諮問第4号", "2"]
    assert items[1]["title"] == "個人情報の漏えい等事案について"


def test_section_numbers_after_the_opening_do_not_number_an_unnumbered_report() -> None:
    text = (
        "令和６年度第２回栗林区個人情報保護審議会\n"
        "日時　令和６年９月１０日（火）午後２時～午後３時\n"
        "議題　諮問事項\n"
        "・諮問第 4号　児童館利用者名簿の電子化について【子ども家庭課】\n"
        "報告事項\n"
        "・個人情報の漏えい等事案について【区政情報課】\n\n"
        "1　開会\n"
        "事務局が開会を宣した。\n"
        "2　諮問第4号　児童館利用者名簿の電子化について【子ども家庭課】\n"
        "◆子ども家庭課長　名簿を電子化し、施錠された端末で管理する。\n"
        "◆会長　原案のとおり承認する。\n"
        "3　報告事項　個人情報の漏えい等事案について【区政情報課】\n"
        "◆区政情報課長　郵便物の誤送付が1件あった。\n"
    )
    items = parse_minutes(text)["items"]
    assert [i["number"] for i in items] == ["諮問第4号", None]


def test_a_referred_result_tables_row_with_its_unit_and_verdict_pushed_onto_the_next_line() -> None:
    pad = "　" * 30
    text = (
        "令和６年度第４回杉並台市個人情報保護審査会 会議録\n"
        "１ 日　時　令和７年２月４日（火）午後２時～午後３時３０分\n"
        "２ 議　題\n"
        "　(1) 諮問第41号から第43号まで（下表のとおり）\n\n"
        "　番号　　　　件名　　　　　　　　　　　　　　　　　担当課　　　　結果\n"
        "　諮問第41号　図書館の予約システムの更新について　　生涯学習課　　承認\n"
        "　諮問第42号　放課後児童クラブの入会申請の電子化について\n"
        f"{pad}子ども育成課　　附帯意見を付して承認\n"
        "　諮問第43号　公民館の利用者登録の変更について　　　公民館　　　　継続審議\n\n"
        "３ 会議の経過\n"
        "(1) 諮問第41号　図書館の予約システムの更新について\n"
        "○生涯学習課長　予約システムを更新するものです。\n"
        "○会長　諮問第41号は承認といたします。\n"
        "(2) 諮問第42号　放課後児童クラブの入会申請の電子化について\n"
        "○子ども育成課長　入会申請を電子申請で受け付けるものです。\n"
        "○会長　附帯意見を付して承認としたいと思います。\n"
        "附帯意見　なお、添付書類の画像は審査後速やかに削除されたい。\n"
        "(3) 諮問第43号　公民館の利用者登録の変更について\n"
        "○公民館長　登録の方法を変更するものです。\n"
        "○会長　継続審議といたします。\n"
    )
    items = parse_minutes(text)["items"]
    assert [i["number"] for i in items] == ["諮問第41号", "諮問第42号", "諮問第43号"]
    assert [i["outcome"] for i in items] == ["approved", "approved_with_opinion", "continued"]
    assert items[0]["opinion"] is None
    assert items[1]["department"] == "子ども育成課"
    assert items[1]["opinion"] == "なお、添付書類の画像は審査後速やかに削除されたい。"


def test_an_agenda_entry_listed_after_the_result_table_of_the_first_entries() -> None:
    text = (
        "令和６年度第２回芦辺町個人情報保護審査会　会議結果\n\n"
        "１．会議名　　　令和６年度第２回芦辺町個人情報保護審査会\n"
        "２．開催日時　　令和６年８月６日（火）　午後１時３０分～午後３時\n"
        "３．議題\n"
        "　（１）諮問事項\n"
        "　　　　諮問第12号から第13号まで（下表のとおり）\n\n"
        "番号\t件名\t担当課\t結果\n"
        "諮問第12号\t住民健診の受診券発送業務の委託について\t健康推進課\t承認\n"
        "諮問第13号\t図書館利用者情報の統合について\t図書館\t継続審議\n\n"
        "　（２）報告事項　個人情報ファイル簿の更新について（総務課）\n\n"
        "４．審議の概要\n"
        "【諮問第12号】\n"
        "　健康推進課から説明があり、承認された。\n"
        "【諮問第13号】\n"
        "　図書館から説明があり、継続審議とされた。\n"
        "５．報告事項\n"
        "　総務課から、個人情報ファイル簿の更新について報告があった。\n"
    )
    items = parse_minutes(text)["items"]
    assert [i["kind"] for i in items] == ["consultation", "consultation", "report"]
    assert items[2]["title"] == "個人情報ファイル簿の更新について"
    assert items[2]["department"] == "総務課"


def test_opinions_listed_by_number_after_the_last_item_on_their_heads_lines() -> None:
    text = (
        "令和6年度第2回白砂町個人情報保護審議会の要録\n"
        "● 会議名 令和6年度第2回白砂町個人情報保護審議会 ● 日時 令和6年10月8日 "
        "午後2時～午後3時 ● 場所 白砂町役場 会議室\n"
        "● 議題 (1) 諮問第8号 健診結果の外部保管について（健康課） "
        "(2) 諮問第9号 図書館の貸出記録の分析について（図書館） "
        "(3) 報告 個人情報の誤送付について（総務課）\n"
        "● 会議の経過\n"
        "(1) 諮問第8号 健診結果の外部保管について（健康課）\n"
        "○健康課長　健診結果を外部の倉庫に保管するものです。\n"
        "○会長　附帯意見を付して承認することとします。附帯意見は下の欄のとおりです。\n"
        "(2) 諮問第9号 図書館の貸出記録の分析について（図書館）\n"
        "○図書館長　貸出記録を統計として分析するものです。\n"
        "○会長　条件を付して承認します。条件は下の欄のとおりです。\n"
        "(3) 報告 個人情報の誤送付について（総務課）\n"
        "○総務課長　通知書の誤送付が1件ありました。\n"
        "○会長　以上で報告を終わります。\n\n"
        "● 附帯意見 諮問第8号　なお、倉庫の入退室の記録を町が確認するよう留意されたい。\n"
        "● 付した条件 諮問第9号　分析の結果から個人が識別されないようにすること。\n"
        "● その他 次回は12月に開催する予定である。\n"
    )
    items = parse_minutes(text)["items"]
    assert [i["outcome"] for i in items] == ["approved_with_opinion", "conditional", "unknown"]
    assert items[0]["opinion"] == "なお、倉庫の入退室の記録を町が確認するよう留意されたい。"
    assert items[1]["opinion"] == "分析の結果から個人が識別されないようにすること。"
    assert items[2]["opinion"] is None


def test_a_confirmation_dealt_with_inside_the_agenda_cell() -> None:
    text = (
        "<html><body><h1>令和6年度第1回若草台市個人情報保護審議会の会議録</h1><table>"
        "<tr><th>会議名</th><td>令和6年度第1回若草台市個人情報保護審議会</td></tr>"
        "<tr><th>日時</th><td>令和6年7月2日（火曜日）14時00分～15時30分</td></tr>"
        "<tr><th>議事</th><td>(1)&nbsp;前回会議録の確認<br>令和5年度第4回会議録（案）について、"
        "事前に送付した案に対する意見はなく、原案のとおり承認された。<br>"
        "(2)&nbsp;諮問第3号&nbsp;児童手当の電子申請について（子育て支援課）</td></tr>"
        "</table><h2>審議の経過</h2>"
        "<h3>諮問第3号　児童手当の電子申請について</h3>"
        "<p>○子育て支援課長　児童手当の申請を電子申請で受け付けるものです。</p>"
        "<p>○会長　原案のとおり承認することとします。</p></body></html>"
    )
    items = parse_minutes(text)["items"]
    assert [(i["kind"], i["title"], i["outcome"]) for i in items] == [
        ("confirmation", "前回会議録の確認", "approved"),
        ("consultation", "児童手当の電子申請について", "approved"),
    ]


def test_decision_tags_inside_a_one_line_summary_paragraph() -> None:
    text = (
        "令和5年度第2回朝凪町個人情報保護運営審議会 要録\n"
        "● 日時 令和5年9月12日（火）午後2時から午後3時まで ● 場所 朝凪町役場 ● 出席委員 "
        "小野寺 健（会長）、片桐 順子\n"
        "● 議題 ア 諮問第5号 ごみ収集アプリの導入について（環境課）\n"
        "ア 諮問第5号 ごみ収集アプリの導入について（環境課） ○環境課長 ごみ収集の日程を"
        "知らせるアプリを導入し、利用者の地区とメールアドレスを事業者のサーバで管理するもの"
        "です。○片桐委員 退会した利用者の情報はいつ消えるのですか。○環境課長 退会の翌月に"
        "消去します。○会長 次の条件を付して承認といたします。（結果）条件付き承認（条件）"
        "①利用者の情報を町の事業以外に用いないことを契約で定めること。②退会者の情報の消去を"
        "記録すること。\n"
    )
    (item,) = parse_minutes(text)["items"]
    assert item["outcome"] == "conditional"
    assert item["opinion"].replace("\n", "") == (
        "①利用者の情報を町の事業以外に用いないことを契約で定めること。"
        "②退会者の情報の消去を記録すること。"
    )


def test_headings_wholly_in_brackets_and_proceedings_printed_on_an_attached_sheet() -> None:
    text = (
        "令和６年度第２回鷺沼市個人情報保護審査会　会議録\n"
        "１．日　　時　　令和６年１１月５日（火）　１４時００分～１５時３０分\n"
        "２．場　　所　　鷺沼市役所　第２会議室\n"
        "３．議　　事\n"
        "　【諮問事項】\n"
        "　　諮問第 4号　保育所入所申込書の電子化について〔保育課〕\n"
        "　【報告事項】\n"
        "　　報告第 2号　個人情報ファイル簿の更新について〔総務課〕\n"
        "４．会議の経過　　別紙のとおり\n\n"
        "（別紙）\n"
        "会　議　の　経　過\n\n"
        "●会長\n　諮問第４号について説明をお願いします。\n\n"
        "【諮問第 4号　保育所入所申込書の電子化について〔保育課〕】\n\n"
        "●実施機関（保育課）\n　入所申込書を電子申請で受け付けるものです。\n\n"
        "●会長\n　それでは、諮問第４号は、承認とします。\n\n"
        "【報告第 2号　個人情報ファイル簿の更新について〔総務課〕】\n\n"
        "●事務局\n　ファイル簿を３件更新しました。\n\n"
        "●会長\n　報告を受けたということにいたします。\n\n"
        "５．審議結果\n"
        "　　諮問第 4号　承認\n"
        "　　報告第 2号　報告を受けた\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["number"], i["outcome"], len(i["utterances"]) > 0) for i in items] == [
        ("諮問第4号", "approved", True),
        ("報告第2号", "unknown", True),
    ]


def test_a_kind_word_before_a_confirmations_title_naming_the_session() -> None:
    from shingikai.minutes.parser._agenda import parse_agenda

    first, second = parse_agenda(
        "1 確認事項 第3回会議録(案)の確認\n2 報告事項 第2号 個人情報の漏えいについて"
    )
    assert (first.kind, first.title) == ("confirmation", "第3回会議録(案)の確認")
    # (before an own number the kind word is left alone: no title 「第2号 …」)
    assert second.kind == "report" and not second.title.startswith("第2号")


def test_items_deliberated_together_from_a_referred_table_with_a_wrapped_row() -> None:
    text = (
        "令和5年度第3回柊区個人情報保護審議会 会議録\n"
        "日時 令和5年11月7日(火) 14時00分～15時40分\n"
        "場所 柊区役所 第1会議室\n"
        "議事\n"
        "審議1 諮問第21号から第23号まで（下表のとおり）\n\n"
        "諮問番号 件名 実施機関\n"
        "諮問第 21号 保育料の口座振替データの作成業務委託について 保育課\n"
        "諮問第 22号 図書館の電子書籍サービスにおける利用者情報の事業者への\n"
        "提供について 中央図書館\n"
        "諮問第 23号 高齢者見守りネットワークへの名簿提供について 高齢福祉課\n\n"
        "審 議 経 過\n"
        "審議1 諮問第21号から第23号まで\n"
        "（会長）\n各課から続けて説明をお願いします。\n"
        "（実施機関（保育課））\n諮問第21号について説明します。口座振替のデータ作成を委託します。\n"
        "（実施機関（中央図書館））\n諮問第22号について説明します。電子書籍の事業者に利用者IDを提供します。\n"
        "（実施機関（高齢福祉課））\n諮問第23号について説明します。見守りの協力団体に名簿を提供します。\n"
        "（会長）\n"
        "それでは、諮問第21号は承認、諮問第22号は附帯意見を付して承認、諮問第23号は継続審議と"
        "してよろしいでしょうか。\n"
        "（「異議なし」の声あり）\n"
        "（事務局）\n"
        "諮問第22号に対する附帯意見です。「なお、事業者に提供する利用者IDは、図書館の利用者番号と"
        "異なるものとするよう留意されたい。」\n\n"
        "審議結果\n諮問第21号 承認\n諮問第22号 附帯意見を付して承認\n諮問第23号 継続審議\n"
    )
    items = parse_minutes(text)["items"]
    assert [i["number"] for i in items] == ["諮問第21号", "諮問第22号", "諮問第23号"]
    assert items[1]["title"] == "図書館の電子書籍サービスにおける利用者情報の事業者への提供について"
    assert items[1]["department"] == "中央図書館"
    assert [i["outcome"] for i in items] == ["approved", "approved_with_opinion", "continued"]
    assert items[1]["opinion"] == (
        "なお、事業者に提供する利用者IDは、図書館の利用者番号と異なるものとするよう留意されたい。"
    )


def test_an_unmarked_report_takes_its_ordinal_within_its_kinds_section() -> None:
    text = (
        "令和６年度第２回栗林区個人情報保護審議会\n"
        "日時　令和６年９月１０日（火）午後２時～午後３時\n"
        "議題\n諮問事項\n"
        "　諮問第 4号　児童館利用者名簿の電子化について〔子ども家庭課〕\n"
        "報告事項\n"
        "　個人情報の漏えい等事案について〔区政情報課〕\n\n"
        "1 開会\n"
        "2 諮問事項\n"
        "(1) 諮問第4号 児童館利用者名簿の電子化について\n"
        "‹子ども家庭課長› 名簿を電子化し、施錠された端末で管理する。\n"
        "‹会長› 原案のとおり承認する。\n"
        "3 報告事項\n"
        "(1) 個人情報の漏えい等事案について\n"
        "‹区政情報課長› 郵便物の誤送付が1件あった。\n"
    )
    items = parse_minutes(text)["items"]
    assert [i["number"] for i in items] == ["諮問第4号", "(1)"]


def test_a_bracket_naming_who_came_online_names_nobody_more() -> None:
    text = (
        "令和6年度第1回柚木区個人情報保護運営審議会 会議録\n"
        "日時\t令和6年5月14日（火曜日）午前10時～午前11時30分\n"
        "出席委員\t5名（五十音順・敬称略）\n"
        "\t青木 沙織、井上 健（会長）、宇野 真理、江口 勝（副会長）、小川 直人\n"
        "\t（うち青木委員、小川委員はオンラインによる出席）\n"
    )
    parsed = parse_minutes(text)
    assert parsed["members_present"] == ["青木沙織", "井上健", "宇野真理", "江口勝", "小川直人"]


def test_the_ruling_that_words_the_condition_wins_over_the_chairs_proposal() -> None:
    text = (
        "令和5年度第4回楓台市個人情報保護審議会 会議録\n"
        "日時 令和6年1月23日(火) 午後2時から午後3時まで\n"
        "議題 諮問第6号 市民講座の受講者名簿の講師への提供について（生涯学習課）\n"
        "諮問第6号 市民講座の受講者名簿の講師への提供について（生涯学習課）\n"
        "（生涯学習課）\n講座の講師に受講者名簿を渡すものです。\n"
        "（委員）\n住所まで渡す必要はないと思います。\n"
        "（会長）\n名簿の項目を氏名に限ることを条件として、承認することとしてはいかがでしょうか。\n"
        "（「異議なし」の声あり）\n"
        "（会長）\nそれでは、諮問第6号については、講師に渡す受講者名簿の記載項目を氏名及び"
        "ふりがなに限ることを条件に承認といたします。\n"
    )
    (item,) = parse_minutes(text)["items"]
    assert item["outcome"] == "conditional"
    assert item["opinion"] == "講師に渡す受講者名簿の記載項目を氏名及びふりがなに限る"


def test_a_numbered_breadcrumb_list_and_a_bracketed_document_word_leave_the_title() -> None:
    page = (
        "<html><head><title>令和6年度第2回会議の要録｜梓川市</title></head><body>"
        '<ol class="breadcrumbs"><li>トップ</li><li>市政</li>'
        "<li>令和6年度第2回情報公開・個人情報保護審議会要録</li></ol>"
        "<h1>令和6年度第2回梓川市情報公開・個人情報保護審議会（要録）</h1>"
        "<p>● 日時　令和6年8月6日（火）15時00分～16時30分　● 場所　梓川市役所 第1委員会室</p>"
        "</body></html>"
    )
    title = parse_minutes(page)["meeting"]["title"]
    assert title == "令和6年度第2回梓川市情報公開・個人情報保護審議会"


def test_a_joint_opinion_and_condition_row_and_members_listed_by_category() -> None:
    page = (
        "<html><body><h1>令和6年度第2回楡ノ木町個人情報保護審議会</h1><table>"
        "<tr><th>会議名</th><td>令和6年度第2回楡ノ木町個人情報保護審議会</td></tr>"
        "<tr><th>日時</th><td>令和6年10月1日（火曜日）9:30-11:00</td></tr>"
        "<tr><th>出席者</th><td>委員4名<br>学識経験者：杉浦&nbsp;徹（会長）<br>"
        "町民代表：西田&nbsp;恵、堀&nbsp;一郎<br>関係団体：牧&nbsp;和子</td></tr>"
        "<tr><th>議題</th><td>(1)&nbsp;諮問第5号&nbsp;検診予約の外部委託について（健康課）<br>"
        "(2)&nbsp;諮問第6号&nbsp;図書館の利用記録の分析について（図書館）</td></tr>"
        "<tr><th>結果</th><td>(1)&nbsp;諮問第5号&nbsp;附帯意見を付して承認<br>"
        "(2)&nbsp;諮問第6号&nbsp;条件付きで承認</td></tr>"
        "<tr><th>附帯意見・条件</th><td>諮問第5号（附帯意見）予約の記録を年1回確認すること。<br>"
        "諮問第6号（条件）分析の結果を個人が識別できない形でのみ公表すること。</td></tr>"
        "</table></body></html>"
    )
    parsed = parse_minutes(page)
    assert parsed["members_present"] == ["杉浦徹", "西田恵", "堀一郎", "牧和子"]
    opinions = [i["opinion"] for i in parsed["items"]]
    assert opinions == [
        "予約の記録を年1回確認すること。",
        "分析の結果を個人が識別できない形でのみ公表すること。",
    ]


def test_headings_with_the_sections_bracketed_number_kind_word_and_kana_ordinal() -> None:
    text = (
        "令和5年度第3回浜木綿町個人情報保護運営審議会 会議録\n"
        "日時\t令和6年2月6日（火）午後2時～午後3時\n"
        "議題\t（1）諮問事項\n"
        "\t  ア 諮問第7号 町税の口座振替データ作成の委託について【税務課】\n"
        "\t（2）報告事項\n"
        "\t  ア 受診券の誤送付について【健康課】\n\n"
        "会議の経過\n"
        "（1）諮問事項　ア　諮問第7号　町税の口座振替データ作成の委託について【税務課】\n"
        "＜税務課長＞\n口座振替のデータ作成を委託するものです。\n"
        "＜会長＞\n諮問のとおり承認することに御異議ございませんか。\n"
        "（「異議なし」の声あり）\n"
        "（2）報告事項　ア　受診券の誤送付について【健康課】\n"
        "＜健康課長＞\n受診券1通を誤って送付しました。\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["number"], i["outcome"]) for i in items] == [
        ("諮問第7号", "approved"),
        ("ア", "unknown"),
    ]


def test_a_condition_that_forbids_something_is_no_rejection() -> None:
    text = (
        "令和4年度第2回石蕗市個人情報保護審査会 会議録\n"
        "日時 令和4年8月9日(火) 午前10時～午前11時\n"
        "議題 (1) 〔市民課〕諮問第7号 証明書の交付について\n"
        "(2) 〔環境課〕諮問第8号 粗大ごみ受付の委託について\n\n"
        "(1) 〔市民課〕諮問第7号 証明書の交付について\n"
        "（市民課長）\n証明書の交付方法を変えるものです。\n"
        "（会長）\n諮問第7号は、原案のとおり承認することでよろしいでしょうか。\n"
        "〔「異議なし」と呼ぶ者あり〕\n"
        "（会長）\nそれでは、原案のとおり承認とします。\n\n"
        "(2) 〔環境課〕諮問第8号 粗大ごみ受付の委託について\n"
        "（環境課長）\n粗大ごみの受付を事業者に委託するものです。\n"
        "（会長）\n"
        "委員の皆さんの意見をまとめますと、録音の扱いが課題と考えます。"
        "そこで、諮問第8号は、在宅での受付業務を認めないことを条件に承認することとしたいと"
        "思いますが、いかがでしょうか。\n"
        "〔「異議なし」と呼ぶ者あり〕\n"
        "（会長）\nそれでは、条件付きで承認とします。事務局は答申書に条件を記載してください。\n"
    )
    item = parse_minutes(text)["items"][1]
    assert item["outcome"] == "conditional"
    assert item["opinion"] == "在宅での受付業務を認めない"


def test_an_agenda_entry_naming_two_numbers_that_refers_to_a_table() -> None:
    page = (
        "<html><body><h1>令和5年度第2回常盤区個人情報保護審議会</h1><table>"
        "<tr><th>会議名</th><td>令和5年度第2回常盤区個人情報保護審議会</td></tr>"
        "<tr><th>日時</th><td>令和5年9月5日（火）午後6時30分～午後8時</td></tr>"
        "<tr><th>議題</th><td>(1) 諮問第11号及び第12号（下表のとおり）<br>"
        "(2) 報告　個人情報の漏えいについて〔区政情報課〕</td></tr></table>"
        "<h2>議題(1)の諮問案件</h2><table>"
        "<tr><th>番号</th><th>件名</th><th>担当課</th></tr>"
        "<tr><td>諮問第11号</td><td>児童館の入退室管理について</td><td>子ども支援課</td></tr>"
        "<tr><td>諮問第12号</td><td>区税の納付案内の委託について</td><td>税務課</td></tr></table>"
        "<h3>(1) 諮問第11号　児童館の入退室管理について</h3><p>◯会長　承認します。</p>"
        "<h3>(1) 諮問第12号　区税の納付案内の委託について</h3><p>◯会長　承認します。</p>"
        "</body></html>"
    )
    items = parse_minutes(page)["items"]
    assert [(i["number"], i["title"]) for i in items[:2]] == [
        ("諮問第11号", "児童館の入退室管理について"),
        ("諮問第12号", "区税の納付案内の委託について"),
    ]


def test_a_condition_line_labelled_with_a_colon_under_the_result_line() -> None:
    text = (
        "令和5年度第4回槇ヶ原市個人情報保護審議会 会議録\n"
        "日時 令和6年2月6日(火) 午後2時～午後3時\n"
        "議題 諮問第9号 見守り名簿の提供について（高齢福祉課）\n"
        "諮問第9号 見守り名簿の提供について（高齢福祉課）\n"
        "＜説明者＞\n協力員に名簿を渡すものです。\n"
        "＜会長＞\nそれでは、名簿の回収を条件として承認することとしたいと思います。\n"
        "（「異議なし」の声あり）\n"
        "結果　次の条件を付して承認\n"
        "条件：協力員の交代時には名簿を回収し、その記録を保管すること。\n"
    )
    (item,) = parse_minutes(text)["items"]
    assert item["outcome"] == "conditional"
    assert item["opinion"] == "協力員の交代時には名簿を回収し、その記録を保管すること。"


def test_a_condition_to_report_to_the_next_meeting_defers_nothing() -> None:
    from shingikai.minutes.parser._outcome import classify

    assert classify("審議の結果、手順を定め、次回審議会に報告することを条件に承認された。") == (
        "conditional"
    )
    assert classify("本件は次回審議することとした。") == "continued"


def test_a_confirmation_asked_in_passing_and_assented_to() -> None:
    text = (
        "令和5年度第1回白浜市個人情報保護審議会の会議録\n"
        "開催日時\t令和5年6月8日（木）午後2時～午後3時\n"
        "議題\t(1) 前回会議録の確認\n\t(2) 諮問第3号 窓口予約システムの導入について（市民課）\n\n"
        "会議の経過\n"
        "○会長 まず、前回の会議録について、事前に送付しましたが、御意見はございますでしょうか。\n"
        "（「異議なし」の声あり）\n"
        "○会長 それでは、会議録は公開させていただきます。\n"
        "(2) 諮問第3号 窓口予約システムの導入について（市民課）\n"
        "○市民課長 窓口の予約システムを導入するものです。\n"
        "○会長 原案のとおり承認します。\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["kind"], i["outcome"]) for i in items] == [
        ("confirmation", "approved"),
        ("consultation", "approved"),
    ]


def _members(attendance: str, extra_rows: str = "") -> dict:
    text = (
        "令和6年度第1回梢町個人情報保護審議会\n"
        "日時\t令和6年5月1日 10:00-11:00\n"
        "出席委員\t" + attendance.replace("\n", "\n\t") + "\n" + extra_rows
    )
    return parse_minutes(text)


def test_member_list_notes_and_categories_name_nobody() -> None:
    assert _members("9名（会長以外は五十音順、敬称略）\n門倉 誠一（会長）、荻野 康")[
        "members_present"
    ] == ["門倉誠一", "荻野康"]
    assert _members("（学識経験者）寺門 洋介（会長）\n○区民委員 宇津木 恵、海老沢 一朗")[
        "members_present"
    ] == ["寺門洋介", "宇津木恵", "海老沢一朗"]
    online = _members("汐崎 隆文（会長）、柚原 健吾\n※柚原委員は、Web会議システムにより出席")
    assert online["members_present"] == ["汐崎隆文", "柚原健吾"]
    # (the names in a count's bracket are still names)
    counted = _members("2名（宮本 一樹、川端 みどり）")
    assert counted["members_present"] == ["宮本一樹", "川端みどり"]


def test_staff_notes_naming_their_items_and_a_public_class_row() -> None:
    parsed = _members(
        "委員（2名）　会長　芦田 恭平、委員　諏訪 章",
        "説明者\t保険年金課長　日比野、保険年金課係長　土門（議題(1)）\n"
        "欠席者\t委員　大須賀 翼\n"
        "公開区分\t公開（傍聴者２名）\n",
    )
    assert parsed["members_present"] == ["芦田恭平", "諏訪章"]
    assert parsed["members_absent"] == ["大須賀翼"]
    assert parsed["meeting"]["public_attendance"] is True


def test_letter_spaced_rosters_whose_gaps_do_not_part_the_names() -> None:
    text = (
        "令和6年度第2回青梅台市個人情報保護審議会\n会 議 録\n\n"
        "１　日　　時　　令和６年８月２０日（火）　午前１０時から午前１１時まで\n"
        "２　出席委員（６名）（敬称略）\n"
        "　　　秋 葉 　 み ど り　　　　桐 生 　 亜 希 子（副会長）\n"
        "　　　能 勢 　 康 弘（会長）　日 下 部 　 学\n"
        "　　　戸 張 清 美　　三 森 　 篤　　井 筒 礼 子\n"
        "３　欠席委員　　鳥居　紀子\n"
    )
    assert parse_minutes(text)["members_present"] == [
        *("秋葉みどり", "桐生亜希子", "能勢康弘", "日下部学"),
        *("戸張清美", "三森篤", "井筒礼子"),
    ]


def test_a_sections_number_glued_to_the_kana_ordinal_of_the_heading() -> None:
    text = (
        "令和4年度第1回椎ノ木村個人情報保護審議会会議録\n"
        "日時\t令和4年9月14日（水）午後2時～午後3時\n"
        "議題\t(1) 諮問事項\n\t  ア 諮問第5号 学習用端末の持ち帰りについて【教育課】\n"
        "\t(2) 報告事項\n\t  ア 防犯カメラの設置について【総務課】\n\n"
        "会議経過\n"
        "(1)ア 諮問第5号 学習用端末の持ち帰りについて【教育課】\n"
        "●教育課長 端末を家庭に持ち帰らせるものです。\n●会長 原案のとおり承認します。\n"
        "(2)ア 防犯カメラの設置について【総務課】\n●総務課長 カメラを2台設置しました。\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["number"], i["outcome"]) for i in items] == [
        ("諮問第5号", "approved"),
        ("ア", "unknown"),
    ]


def test_a_kind_word_run_onto_the_first_bracketed_ordinal_of_its_group() -> None:
    from shingikai.minutes.parser._agenda import parse_agenda

    entries = parse_agenda(
        "1 諮問事項(1)諮問第14号 郵送請求の委託について【区民課】(2)諮問第15号 画像の保存について"
        "【福祉課】 2 報告事項(1)ホームページの点検結果について【情報政策課】"
    )
    assert [(e.kind, e.number or e.ordinal, e.title) for e in entries] == [
        ("consultation", "諮問第14号", "郵送請求の委託について"),
        ("consultation", "諮問第15号", "画像の保存について"),
        ("report", "(1)", "ホームページの点検結果について"),
    ]


def test_proposals_told_narrations_and_categories_before_names() -> None:
    from shingikai.minutes.parser._opinion import tidy

    # a result cue in a proposal rules nothing
    text = (
        "令和3年度第2回桐野村個人情報保護審議会 会議録\n"
        "日時 令和3年10月5日(火) 午後2時～午後3時\n"
        "議題 (1)諮問第6号 ICカード乗車券の導入について〔企画課〕\n"
        "(1)諮問第6号 ICカード乗車券の導入について〔企画課〕\n"
        "◯委員 協議の結果、保存期間を短くできるのであれば承認してはどうでしょうか。\n"
        "◯会長 それでは、諮問第6号は、乗車履歴の保存期間を1年以内とすることを条件に"
        "承認することとしたいと思います。御異議ございませんか。\n"
        "(「異議なし」の声あり)\n"
        "◯会長 諮問第6号は条件付きで承認といたします。\n"
    )
    (item,) = parse_minutes(text)["items"]
    assert (item["outcome"], item["opinion"]) == (
        "conditional",
        "乗車履歴の保存期間を1年以内とする",
    )
    # the ruling told after the request on the same line is no part of it
    assert (
        tidy(
            "なお、手順を文書化するよう留意されたい。以上により、諮問第4号は附帯意見を付して"
            "承認された。"
        )
        == "なお、手順を文書化するよう留意されたい。"
    )
    roster = _members("情報セキュリティ専門家 乾 隼人（Web参加）\n市民代表 朝比奈 久子")
    assert roster["members_present"] == ["乾隼人", "朝比奈久子"]


def test_the_floors_assent_told_at_the_end_of_a_speakers_paragraph() -> None:
    text = (
        "令和6年度第3回葛野村個人情報保護審査会\n"
        "● 日時 令和7年1月29日(水) 13:30-15:05 ● 場所 葛野村役場 大会議室\n"
        "● 議題 審議1 諮問第4号 健診結果のアプリへの提供について〔健康福祉課〕\n"
        "審議1 諮問第4号 健診結果のアプリへの提供について〔健康福祉課〕 ◆実施機関（健康福祉課）"
        "健診結果をアプリに連携するものである。 ◆委員 誤登録のおそれはないか。 "
        "◆実施機関（健康福祉課） 自動で連携し、職員が手で入力することはない。"
        "会長が各委員に意見を求めたところ、各委員から「異議なし」との発言があった。\n"
    )
    (item,) = parse_minutes(text)["items"]
    assert item["outcome"] == "approved"


def test_opinions_and_conditions_listed_together_on_one_summary_line() -> None:
    text = (
        "令和6年度第3回稲城浜町情報公開・個人情報保護審議会 要録\n"
        "● 日時 令和6年10月22日（火）午後2時～午後3時 ● 場所 稲城浜町役場 会議室\n"
        "● 議題 (1) 諮問第12号 口座振替の電子化について【税務課】 "
        "(2) 諮問第13号 空き家調査への課税情報の利用について【建設課】 "
        "(3) 諮問第14号 名簿の提供について【防災課】\n"
        "● 結果 諮問第12号 附帯意見を付して承認 諮問第13号 条件付きで承認 "
        "諮問第14号 条件付きで承認\n"
        "● 附帯意見及び条件　諮問第12号（附帯意見）：なお、紙の申込書は確実に廃棄するよう"
        "留意されたい。　諮問第13号（条件）：調査に利用する情報は、氏名及び住所に限ること。"
        "　諮問第14号　次の条件を付して承認する。\n"
        "・代表者から誓約書を提出させること。\n・旧名簿を回収すること。\n"
    )
    opinions = [i["opinion"] for i in parse_minutes(text)["items"]]
    assert opinions == [
        "なお、紙の申込書は確実に廃棄するよう留意されたい。",
        "調査に利用する情報は、氏名及び住所に限ること。",
        "・代表者から誓約書を提出させること。\n・旧名簿を回収すること。",
    ]


def test_an_item_named_by_its_ordinal_before_the_condition_and_an_assent_told_after() -> None:
    from shingikai.minutes.parser._opinion import tidy

    text = (
        "令和6年度第3回杉平市個人情報保護運営審議会 会議録\n"
        "日時 令和6年11月14日(木) 午後2時～午後3時\n"
        "議題 審議1 課税資料のデータ入力業務の委託について\n"
        "審議1 課税資料のデータ入力業務の委託について\n"
        "○税務課長 データ入力を委託するものです。\n"
        "○会長 審議1は、作業開始前に市職員が作業所を実地に確認することを条件に承認します。\n"
    )
    (item,) = parse_minutes(text)["items"]
    assert item["opinion"] == "作業開始前に市職員が作業所を実地に確認する"
    assert tidy("なお、研修を毎年実施されたい。各委員異議なく、附帯意見を付して承認した。") == (
        "なお、研修を毎年実施されたい。"
    )


def test_the_chairs_condition_when_the_result_line_names_none() -> None:
    text = (
        "令和5年度第2回高瀬原市情報公開・個人情報保護審議会 会議録\n"
        "日時 令和5年8月29日(火) 午後2時～午後3時\n"
        "議題 諮問第10号 空き家調査への課税情報の利用について（都市整備課）\n"
        "諮問第10号 空き家調査への課税情報の利用について（都市整備課）\n"
        "◎都市整備課長 課税情報を空き家の調査に使うものです。\n"
        "◎会長 それでは、諮問第10号については、提供する情報から氏名を除くことを条件に"
        "承認とします。よろしいですか。\n"
        "（「異議なし」の声あり）\n"
        "結果：条件付き承認\n"
    )
    (item,) = parse_minutes(text)["items"]
    assert (item["outcome"], item["opinion"]) == ("conditional", "提供する情報から氏名を除く")


def test_a_conclusion_line_with_the_verdict_and_the_opinion_after_a_gap() -> None:
    text = (
        "令和5年度第2回牧原台市情報公開・個人情報保護審議会 会議録\n"
        "日時 令和5年8月24日(木) 午前10時～午前11時\n"
        "議題 審議1 諮問第21号 地番図更新業務の委託について(資産税課)\n"
        "審議1 諮問第21号 地番図更新業務の委託について(資産税課)\n"
        "（資産税課長）　地番図の更新を委託するものです。\n"
        "（会長）　それでは、御意見を附帯意見として付して承認することとしたい。\n"
        "　結論　承認（附帯意見）　なお、作業場所への立入りによる確認の結果を記録するよう"
        "留意されたい。\n"
    )
    (item,) = parse_minutes(text)["items"]
    assert item["outcome"] == "approved_with_opinion"
    assert item["opinion"] == "なお、作業場所への立入りによる確認の結果を記録するよう留意されたい。"
