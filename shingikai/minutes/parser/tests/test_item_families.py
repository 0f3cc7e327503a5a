"""Agenda and outcome layouts of issue 11's families, on small invented minutes."""

from __future__ import annotations

from shingikai.minutes.parser import parse_minutes
from shingikai.minutes.parser._agenda import parse_agenda
from shingikai.minutes.parser._items import HeadingFinder


def test_a_title_may_begin_with_a_particle_like_kana() -> None:
    """「がん検診…」「では…」 are titles; 「諮問第5号は継続審議とします。」 is a sentence."""
    agenda = parse_agenda("ア 諮問第5号 がん患者支援事業の委託について(健康課)")
    finder = HeadingFinder(agenda)
    heading = finder.probe("ア 諮問第5号 がん患者支援事業の委託について(健康課)")
    assert heading is not None and heading.department == "健康課"
    assert finder.probe("諮問第5号は継続審議とします。") is None


def test_result_table_referenced_from_the_agenda_keeps_its_results() -> None:
    """議題 「諮問第7号から諮問第9号まで（下表のとおり）」 in a pipe header, and the table
    with a 結果 column below: three items, each with the table's outcome, and a condition
    listed under ■付した条件 is that item's opinion, not a heading."""
    text = (
        "会 議 結 果 報 告 書\n\n"
        "| 会議の名称 | 令和7年度第2回しらさぎ市個人情報保護審議会 |\n"
        "|---|---|\n"
        "| 開催日時 | 令和7年8月1日(金) 午後2時00分～午後3時00分 |\n"
        "| 議題 | 諮問第7号から諮問第9号まで（下表のとおり） |\n\n"
        "■審議結果\n\n"
        "| 番号 | 件名 | 担当課 | 結果 |\n"
        "|---|---|---|---|\n"
        "| 諮問第7号 | 子ども食堂の利用者名簿の管理について | こども課 | 承認 |\n"
        "| 諮問第8号 | 図書館の督促メール送信の委託について | 中央図書館 | 条件付き承認 |\n"
        "| 諮問第9号 | 空き家所有者情報の外部提供について | 住宅課 | 継続審議 |\n\n"
        "■付した条件\n"
        "諮問第8号：送信の記録を1年間保存すること。\n\n"
        "■審議の概要\n"
        "1　諮問第7号（こども課）\n　名簿の保管について説明があった。審議の結果、承認した。\n"
        "2　諮問第8号（中央図書館）\n　委託先について質疑があり、上記の条件を付して承認した。\n"
        "3　諮問第9号（住宅課）\n　提供先の範囲を精査するため、継続審議とした。\n"
    )
    got = parse_minutes(text)
    items = {i["number"]: i for i in got["items"]}
    assert list(items) == ["諮問第7号", "諮問第8号", "諮問第9号"]
    assert items["諮問第7号"]["outcome"] == "approved"
    assert items["諮問第8号"]["outcome"] == "conditional"
    assert items["諮問第8号"]["opinion"] == "送信の記録を1年間保存すること。"
    assert items["諮問第9号"]["outcome"] == "continued"
    assert items["諮問第9号"]["department"] == "住宅課"


def test_document_type_with_a_note_is_not_part_of_the_title() -> None:
    text = (
        "令和7年度第1回ゆずりは村個人情報保護審議会　会議録（要旨）\n\n"
        "日　時：令和7年5月20日（火）　午前10時～正午\n"
        "会議経過\n○会長 開会します。\n"
    )
    got = parse_minutes(text)
    assert got["meeting"]["title"] == "令和7年度第1回ゆずりは村個人情報保護審議会"
    assert got["meeting"]["end_time"] == "12:00"


def test_first_item_hidden_in_the_header_cell() -> None:
    """The agenda cell names item (1) and the body goes straight into its proceedings; the
    next item has its own heading. The leading lines are item (1)'s, decided by 「異議なし」."""
    text = (
        "名称\t令和7年度第1回かもめ市個人情報保護審議会\n"
        "日時\t令和7年4月3日（木）10:00-11:00\n"
        "議事\t(1) 諮問第3号　介護予防教室の参加者名簿の作成について（高齢福祉課）\n\n"
        "（高齢福祉課から資料に基づき説明があった。）\n\n"
        "◯委員\n　名簿はいつ廃棄しますか。\n\n"
        "◯説明者\n　教室の終了後、1年で廃棄します。\n\n"
        "◯会長\n　本件についてご異議ございませんか。\n\n"
        "（「異議なし」の声あり）\n\n"
        "(2) 諮問第4号　体育館予約システムの更新について（スポーツ課）\n\n"
        "◯説明者\n　予約システムを更新します。\n\n"
        "◯会長\n　継続審議とさせていただきます。\n"
    )
    got = parse_minutes(text)
    first, second = got["items"]
    assert (first["number"], first["department"]) == ("諮問第3号", "高齢福祉課")
    assert first["outcome"] == "approved"
    assert [u["role"] for u in first["utterances"]][-2:] == ["department", "chair"]
    assert second["outcome"] == "continued"  # politely worded, still the decision
    assert "items[0].title" in got["flags"]  # read from the agenda only: for review
    assert "説明があった" not in got["unplaced"]


def test_conclusion_line_answering_as_drafted_is_an_approval() -> None:
    text = (
        "令和7年度第1回ひなた町個人情報保護審議会\n\n"
        "議事\n　ア　諮問第2号　町営プールの利用者管理について（生涯学習課）\n\n"
        "会議経過\n"
        "ア　諮問第2号　町営プールの利用者管理について（生涯学習課）\n\n"
        "（説明者）\n　利用者の氏名と電話番号を管理します。\n\n"
        "（会長）\n　それでは、結論を申し上げます。\n\n"
        "結論：原案のとおり答申する。\n"
    )
    got = parse_minutes(text)
    assert got["items"][0]["outcome"] == "approved"


def test_agenda_cell_after_kaigi_shidai_and_result_rows_with_an_opinion_list() -> None:
    """「会議次第<TAB>1 …」 keeps its cell gap (次第 is not 第 + number), and a 附帯意見 list
    after tab-separated result rows gives the numbered item its opinion."""
    text = (
        "会議名\t令和7年度第4回こだま区個人情報保護審議会\n"
        "日時\t令和7年10月2日(木)午前10時～午前11時\n"
        "会議次第\t1　前回会議録の確認\n"
        "\t2　諮問第12号　区民農園の抽選システムについて（都市農業課）\n\n"
        "審議の内容\n\n"
        "1　前回会議録の確認\n‹会長›　前回会議録を確定いたします。\n\n"
        "2　諮問第12号　区民農園の抽選システムについて\n"
        "‹実施機関（都市農業課）›　抽選をシステムで行います。応募者の氏名を記録します。\n"
        "‹会長›　附帯意見を付して承認といたします。\n\n"
        "審議結果\n番号\t結果\n諮問第12号\t附帯意見を付して承認\n\n"
        "附帯意見\n諮問第12号　なお、落選者の情報は抽選後に消去するよう留意されたい。\n"
    )
    got = parse_minutes(text)
    assert [i["kind"] for i in got["items"]] == ["confirmation", "consultation"]
    item = got["items"][1]
    assert item["outcome"] == "approved_with_opinion"
    assert item["opinion"] == "なお、落選者の情報は抽選後に消去するよう留意されたい。"


def test_proceedings_in_a_header_cell_with_inline_turns_and_announced_conditions() -> None:
    """「会議の内容<TAB>(1) 諮問第N号 … ◯会長 …」: the body starts in that cell; a numbered
    「(2) 報告 …について（課）」 is a report item, not only a section; conditions announced
    by the chair and listed with ・ are the opinion, one line each."""
    text = (
        "会議の名称\t令和7年度第5回さくらだ市個人情報保護審議会\n"
        "開催日時\t令和7年11月5日（水）午後1時30分～午後2時30分\n"
        "会議の内容\t(1) 諮問第20号　保育料の口座振替業務の委託について（保育課）"
        "　◯中野会長　保育課から説明をお願いします。"
        "　◯田村保育課長　口座振替の依頼データを事業者に渡すものです。\n\n"
        "◯中野会長　本件は、次の条件を付して承認することとします。\n"
        "　・依頼データは暗号化して渡すこと。\n"
        "　・業務終了後にデータを消去させること。\n\n"
        "（「異議なし」の声）\n\n"
        "(2) 報告　前回答申の実施状況について（総務課）\n\n"
        "◯森総務課長　前回の附帯意見を契約書に反映しました。\n"
        "◯中野会長　報告のとおり了承いたします。\n"
    )
    got = parse_minutes(text)
    first, second = got["items"]
    assert first["number"] == "諮問第20号"
    assert first["outcome"] == "conditional"
    assert (
        first["opinion"]
        == "・依頼データは暗号化して渡すこと。\n・業務終了後にデータを消去させること。"
    )
    assert (second["kind"], second["title"], second["department"]) == (
        "report",
        "前回答申の実施状況について",
        "総務課",
    )
    assert second["outcome"] == "approved"


def test_html_result_table_and_numbered_opinion_before_the_proceedings() -> None:
    """A web page prints the result table and the 附帯意見 list before 会議の経過: the rows
    and the 「諮問第N号 なお、…」 line are not item headings; the opinion loses its number."""
    page = (
        "<html><body><table>"
        "<tr><th>会議名</th><td>令和7年度第3回ほたる市個人情報保護審議会</td></tr>"
        "<tr><th>開催日時</th><td>令和7年9月9日（火曜日）10:00-11:00</td></tr>"
        "<tr><th>議題</th><td>ア　諮問第51号　図書館のメール通知の委託について【中央図書館】"
        "<br>イ　諮問第52号　道路占用許可の電子申請について【道路課】</td></tr></table>"
        "<h2>審議結果</h2><table>"
        "<tr><th>番号</th><th>件名</th><th>担当課</th><th>結果</th></tr>"
        "<tr><td>諮問第51号</td><td>図書館のメール通知の委託について</td><td>中央図書館</td>"
        "<td>承認（附帯意見あり）</td></tr>"
        "<tr><td>諮問第52号</td><td>道路占用許可の電子申請について</td><td>道路課</td>"
        "<td>承認</td></tr></table>"
        "<h3>附帯意見</h3>"
        "<p>諮問第51号　なお、通知の文面に利用者の氏名を記載しないよう留意されたい。</p>"
        "<h2>会議の経過</h2>"
        "<h3>ア　諮問第51号　図書館のメール通知の委託について【中央図書館】</h3>"
        "<p>◆北原会長　附帯意見を付して承認といたします。</p>"
        "<h3>イ　諮問第52号　道路占用許可の電子申請について【道路課】</h3>"
        "<p>◆北原会長　承認といたします。</p></body></html>"
    )
    got = parse_minutes(page)
    first, second = got["items"]
    assert first["outcome"] == "approved_with_opinion"
    assert first["opinion"] == "なお、通知の文面に利用者の氏名を記載しないよう留意されたい。"
    assert [u["speaker"] for u in first["utterances"]] == ["北原会長"]
    assert second["outcome"] == "approved"


def test_numbered_result_row_without_tabs_and_reported_views() -> None:
    """「7 結果」 rows without tabs are the verdicts; 「…認められないとの意見があった。」 in the
    summary reports a member's view and decides nothing; the table's verdict stands."""
    text = (
        "令和7年度第2回ひばり野町個人情報保護審議会 会議結果\n\n"
        "1 開催日時 令和7年8月20日(水) 10時00分~11時52分\n"
        "2 議題\n"
        "  ア 諮問第3号 住民票の郵送請求のオンライン化について〔住民課〕\n"
        "  イ 諮問第4号 利用履歴の保存期間延長について〔図書館〕\n"
        "3 結果\n"
        "  ア 諮問第3号 承認\n"
        "  イ 諮問第4号 継続審議\n\n"
        "4 審議の概要\n"
        "ア 諮問第3号 住民票の郵送請求のオンライン化について〔住民課〕\n"
        " 住民課から説明があり、本人確認の方法について質疑があった。\n"
        "イ 諮問第4号 利用履歴の保存期間延長について〔図書館〕\n"
        " 委員から、長く保存することは認められないとの意見があった。\n"
    )
    got = parse_minutes(text)
    assert [i["outcome"] for i in got["items"]] == ["approved", "continued"]


def test_agenda_range_with_a_wave_dash_points_to_the_table() -> None:
    text = (
        "会議名\t令和7年度第2回さぎの市個人情報保護審議会\n"
        "議題\t諮問第5号～第6号（別表のとおり）\n\n"
        "番号\t件名\t担当課\n"
        "諮問第5号\t図書館システムの更新について\t図書館\n"
        "諮問第6号\t保育園アプリの導入について\t保育課\n\n"
        "会議経過\n"
        "諮問第5号 図書館システムの更新について\n○会長 承認といたします。\n"
        "諮問第6号 保育園アプリの導入について\n○会長 継続審議といたします。\n"
    )
    got = parse_minutes(text)
    assert [(i["number"], i["department"], i["outcome"]) for i in got["items"]] == [
        ("諮問第5号", "図書館", "approved"),
        ("諮問第6号", "保育課", "continued"),
    ]


def test_opening_words_before_a_later_heading_are_not_the_first_item() -> None:
    """The chair opens the meeting, then the heading of item (2) comes: item (1) was never
    printed, so it stays without turns (and is reported as not found) rather than taking the
    opening words."""
    text = (
        "名称\t令和7年度第1回かもめ野市個人情報保護審議会\n"
        "議事\t(1) 諮問第3号　介護予防教室の名簿について（高齢福祉課）\n"
        "\t(2) 諮問第4号　体育館予約の更新について（スポーツ課）\n\n"
        "◯会長\n　ただいまから開会します。\n\n"
        "(2) 諮問第4号　体育館予約の更新について（スポーツ課）\n\n"
        "◯説明者\n　予約システムを更新します。\n"
    )
    got = parse_minutes(text)
    first = got["items"][0]
    assert first["number"] == "諮問第3号" and first["utterances"] == []
    assert any("not found" in w for w in got["warnings"])
