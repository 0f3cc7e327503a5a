"""Issue 11, round 12: what the last held-out sets of round 11 (14p–14r) showed once opened
as development sets.

Every document here is invented (other towns, names and wording than those corpora).
"""

from __future__ import annotations

import pytest

from shingikai.minutes.parser import parse_minutes
from shingikai.minutes.parser._agenda import split_entry
from shingikai.minutes.parser._html import html_to_text
from shingikai.minutes.parser._rejoin import rejoin_pdf_text
from shingikai.minutes.parser.tests.relayout import wrap_at

# --- HTML: a label cell spanning several rows -----------------------------------------------

_SPANNED_HEADER = """<html><body><h1>令和6年度第2回柊野市個人情報保護審議会 会議録</h1>
<table>
<tr><th>日時</th><td>令和6年10月8日（火）14:00-15:30</td></tr>
<tr><th>場所</th><td>柊野市役所 3階 第1会議室</td></tr>
<tr><th rowspan="3">出席委員</th><td>会長　浅見　俊介</td></tr>
<tr><td>副会長　糸井　真澄</td></tr>
<tr><td>委員　江川　陽一、小野田　梢</td></tr>
<tr><th>会議の公開</th><td>公開（傍聴者2名）</td></tr>
<tr><th>議題</th><td>(1) 諮問第5号 放課後児童クラブ利用者名簿の電子化について（こども課）</td></tr>
</table>
<h2>(1) 諮問第5号 放課後児童クラブ利用者名簿の電子化について（こども課）</h2>
<p>○江川委員　名簿の閲覧は誰ができるのか。</p>
<p>○室井こども課長　クラブの支援員に限る。</p>
<p>○浅見会長　それでは、原案のとおり承認とする。</p>
<p>（異議なし）</p>
</body></html>
"""


def test_rows_under_a_label_cell_spanning_down_read_as_its_continuation_rows() -> None:
    text = html_to_text(_SPANNED_HEADER)
    assert "\n\t副会長 糸井 真澄" in text.replace("\u3000", " ")
    assert "\n\t委員 江川 陽一、小野田 梢" in text.replace("\u3000", " ")


def test_members_listed_under_a_spanning_label_cell_are_all_present() -> None:
    parsed = parse_minutes(_SPANNED_HEADER)
    assert set(parsed["members_present"]) == {"浅見俊介", "糸井真澄", "江川陽一", "小野田梢"}
    assert parsed["meeting"]["public_attendance"] is True
    (item,) = parsed["items"]
    assert (item["number"], item["outcome"]) == ("諮問第5号", "approved")


def test_a_cell_spanning_down_in_a_later_column_gives_its_text_to_the_rows_under_it() -> None:
    html = (
        "<table><tr><td>諮問第21号</td><td>市税の口座振替の委託について</td>"
        "<td rowspan='2'>納税課</td><td>承認</td></tr>"
        "<tr><td>諮問第22号</td><td>督促状の発送の委託について</td><td>継続審議</td></tr></table>"
    )
    lines = [ln for ln in html_to_text(html).split("\n") if ln.strip()]
    assert lines[-1] == "諮問第22号\t督促状の発送の委託について\t納税課\t継続審議"


def test_a_spanning_cell_in_the_last_column_is_given_to_the_row_under_it_too() -> None:
    html = (
        "<table><tr><th>番号</th><th rowspan='2'>備考</th></tr><tr><td>諮問第1号</td></tr></table>"
    )
    lines = [ln for ln in html_to_text(html).split("\n") if ln.strip()]
    assert lines[-1].rstrip("\t") == "諮問第1号\t備考"


_RESULT_TABLE_PAGE = """<html><body><h1>令和6年度第3回楓台市個人情報保護審議会 会議録</h1>
<p>日時　令和6年11月12日（火）午後2時から午後3時45分まで</p>
<h2>議題</h2>
<ol><li>諮問第21号 市税の口座振替データの外部委託について（納税課）</li>
<li>諮問第22号 督促状の発送業務の委託について（納税課）</li></ol>
<h2>審議結果</h2>
<table>
<tr><th>番号</th><th>件名</th><th>担当課</th><th>結果</th></tr>
<tr><td>諮問第21号</td><td>市税の口座振替データの外部委託について</td><td rowspan="2">納税課</td>
<td>承認</td></tr>
<tr><td>諮問第22号</td><td>督促状の発送業務の委託について</td><td>継続審議</td></tr>
</table>
<h2>会議の経過</h2>
<h3>諮問第21号 市税の口座振替データの外部委託について（納税課）</h3>
<p>納税課長：口座振替の処理を委託したい。</p>
<p>宇佐美会長：それでは原案のとおり承認とします。</p>
<h3>諮問第22号 督促状の発送業務の委託について（納税課）</h3>
<p>納税課長：督促状の封入を委託したい。</p>
<p>宇佐美会長：本件は継続審議とします。</p>
</body></html>
"""


def test_a_result_row_under_a_shared_department_cell_is_no_heading() -> None:
    items = parse_minutes(_RESULT_TABLE_PAGE)["items"]
    assert [(i["number"], i["outcome"]) for i in items] == [
        ("諮問第21号", "approved"),
        ("諮問第22号", "continued"),
    ]


# --- PDF: a running header with its page number after a gap ---------------------------------

_PAGED = "楡ヶ丘町個人情報保護審議会 会議録                 {}/3"


def _paged_minutes() -> str:
    return "\n".join(
        [
            "楡ヶ丘町個人情報保護審議会",
            "会議録",
            "日時 令和6年6月4日(火) 10時00分~11時10分",
            "議題",
            " 1 諮問第 3号 図書館利用者データの外部保管について(生涯学習課)",
            " 2 諮問第 4号 介護予防教室参加者名簿の提供について(長寿支援課)",
            "",
            "1 諮問第 3号 図書館利用者データの外部保管について(生涯学習課)",
            "(生涯学習課長)",
            " 利用者データを外部のデータセンターに保管したいと考えております。"
            "保管する項目は、氏名、",
            _PAGED.format(1),
            "住所、電話番号、貸出履歴でございます。",
            "(会長)",
            " それでは、次の条件を付して承認します。",
            " (条件)貸出履歴は返却後ただちに消去すること。",
            "",
            _PAGED.format(2),
            "2 諮問第 4号 介護予防教室参加者名簿の提供について(長寿支援課)",
            "(長寿支援課長)",
            " 参加者名簿を地域の運営団体に提供したいと考えております。",
            "(会長)",
            " 原案のとおり承認します。",
            _PAGED.format(3),
        ]
    )


def test_a_running_header_printed_with_its_page_number_is_taken_out_with_the_break() -> None:
    lines = rejoin_pdf_text(_paged_minutes()).split("\n")
    assert not any("会議録 " in ln and "/3" in ln for ln in lines)
    assert any(ln.startswith("2 諮問第") for ln in lines)
    # the sentence broken by the page break is one line again
    assert any("氏名、住所、電話番号" in ln for ln in lines)


def test_the_condition_before_a_paged_running_header_ends_where_the_page_does() -> None:
    items = parse_minutes(_paged_minutes())["items"]
    assert [(i["number"], i["outcome"]) for i in items] == [
        ("諮問第3号", "conditional"),
        ("諮問第4号", "approved"),
    ]
    assert items[0]["opinion"] == "貸出履歴は返却後ただちに消去すること。"


def test_the_document_heading_printed_with_a_page_number_is_kept_without_it() -> None:
    text = "楡ヶ丘町個人情報保護審議会 会議録   1/2\n本文です。\n" + _PAGED.format(2)
    assert rejoin_pdf_text(text).split("\n")[0].rstrip() == "楡ヶ丘町個人情報保護審議会 会議録"


# --- outcome: the members' bare assent to a deferral ----------------------------------------

_SUMMARY = (
    "桐生台村個人情報保護審議会　要録\n\n"
    "● 日時　令和6年2月6日（火）13:30-15:00　● 場所　桐生台村役場　会議室\n"
    "● 議題　(1) 諮問第9号　防災行政無線の個別受信機台帳の外部提供について（防災課）\n\n"
    "(1) 諮問第9号　防災行政無線の個別受信機台帳の外部提供について（防災課）　"
    "防災課長から、個別受信機の設置世帯の台帳を消防団に提供したい旨の説明があった。"
    "【委員】台帳には何が載るのか。【防災課長】世帯主の氏名と住所である。"
)


def test_the_members_bare_assent_after_a_deferral_defers_the_item() -> None:
    text = _SUMMARY + (
        "【会長】提供先での管理の方法が固まっていないので、次回の審議会において改めて"
        "審議することとしたい。委員一同了承した。\n"
    )
    (item,) = parse_minutes(text)["items"]
    assert item["outcome"] == "continued"


def test_the_members_bare_assent_after_an_approval_still_approves() -> None:
    text = _SUMMARY + "【会長】原案のとおり承認することとしたい。委員一同了承した。\n"
    (item,) = parse_minutes(text)["items"]
    assert item["outcome"] == "approved"


def test_a_narrated_assent_to_a_deferral_defers_the_item() -> None:
    text = _SUMMARY + ("審議の結果、次回改めて審議することとなった。各委員了承した。\n")
    (item,) = parse_minutes(text)["items"]
    assert item["outcome"] == "continued"


# --- speakers named by their profession -----------------------------------------------------


def test_an_inline_turn_of_staff_named_by_profession_is_its_own_turn() -> None:
    # the public-health nurse's answer mentions a condition of the contract; it must not
    # be read as a conditional ruling inside a member's question
    text = _SUMMARY.replace("【委員】", "◆委員 ").replace("【防災課長】", "◆防災課長 ") + (
        "◆委員 受信機の保守は誰が行うのか。◆防災課保健師 保守業者にはプライバシーマークの"
        "取得を条件とし、再委託は村の承認を得た場合に限り認める。"
        "◆会長 ほかに質問がなければ、諮問第9号は諮問のとおりとしてよろしいか。（異議なし）\n"
    )
    (item,) = parse_minutes(text)["items"]
    assert item["outcome"] == "approved"
    assert item["opinion"] is None


# --- own probes: rulings that attach an opinion or conditions in other words ----------------

_LIBRARY = (
    "楢葉台町個人情報保護審議会　会議録\n\n"
    "日時　令和７年５月２０日（火）午前１０時～午前１１時３０分\n"
    "議題　諮問第１２号　図書館の予約通知の電子化について（生涯学習課）\n\n会議の経過\n\n"
    "１　諮問第１２号　図書館の予約通知の電子化について（生涯学習課）\n"
    "○生涯学習課長　予約の通知を電子メールで送ることとしたいので諮問いたします。\n"
    "○委員　通知の文面に書名は入りますか。\n○生涯学習課長　書名は入れず、予約番号のみとします。\n"
)

_ATTACHED_IN_OTHER_WORDS = [
    (  # an answer drafted in numbered sections
        "○会長　それでは答申をまとめます。\n１　結論\n　諮問のとおり承認する。\n"
        "２　附帯意見\n　利用者の同意を得た上で電子メールアドレスを登録すること。\n（異議なし）\n",
        "approved_with_opinion",
        "利用者の同意を得た上で電子メールアドレスを登録すること。",
    ),
    (  # 「以下の条件で」
        "○会長　本件は、以下の条件で承認といたします。\n（１）送信の記録を１年で消去すること。\n"
        "（２）誤送信の防止策を定めること。\n（異議なし）\n",
        "conditional",
        "(1)送信の記録を1年で消去すること。\n(2)誤送信の防止策を定めること。",
    ),
    (  # the ruling 「承認とし、」 before the opinion it words
        "○会長　本件は承認とし、通知の文面には書名を記載しないよう徹底されたい旨の意見を"
        "付すことといたします。よろしいですか。\n（異議なし）\n",
        "approved_with_opinion",
        "通知の文面には書名を記載しないよう徹底されたい",
    ),
    (  # 「…を付け加えたい」
        "○会長　承認としたいと思いますが、留意事項として、電子メールの誤送信を防止する措置を"
        "講じること、を付け加えたいと思います。いかがでしょうか。\n（異議なし）\n"
        "○会長　それでは、そのように決定いたします。\n",
        "approved_with_opinion",
        "電子メールの誤送信を防止する措置を講じること",
    ),
    (  # 「…を要望として申し添えます」
        "○会長　では、本件は承認とします。ただし、送信先のアドレスの管理を適切に行うことを"
        "要望として申し添えます。\n",
        "approved_with_opinion",
        "送信先のアドレスの管理を適切に行うこと",
    ),
    (  # 「意見として「…」を付す」
        "○会長　それでは、本件は承認とし、意見として「通知の送信状況を年１回審議会に報告"
        "されたい。」を付すこととします。\n（異議なし）\n",
        "approved_with_opinion",
        "通知の送信状況を年1回審議会に報告されたい。",
    ),
    (  # 「次の２点を条件に」 and the ・ list under it
        "○会長　本件については、次の２点を条件に承認したいと思います。\n"
        "・送信の記録を１年で消去すること。\n・誤送信の防止策を定めること。\n"
        "よろしいでしょうか。\n（異議なし）\n",
        "conditional",
        "・送信の記録を1年で消去すること。\n・誤送信の防止策を定めること。",
    ),
    (  # the opinion in a sentence after the approval
        "○会長　異議がないようですので、本件は承認といたします。あわせて、利用者のメール"
        "アドレスは予約通知以外に使用しないよう配慮願いたい、という意見を付します。\n",
        "approved_with_opinion",
        "利用者のメールアドレスは予約通知以外に使用しないよう配慮願いたい",
    ),
    (  # 「…という条件付きで承認」
        "○会長　それでは、送信先の登録は本人が行うこと、という条件付きで承認したいと"
        "思います。よろしいですか。\n（異議なし）\n",
        "conditional",
        "送信先の登録は本人が行うこと",
    ),
    (  # 「…努められたい、との意見を付して」
        "○会長　それでは諮問第１２号については、利用者に十分な説明を行うよう努められたい、"
        "との意見を付して、承認とします。\n",
        "approved_with_opinion",
        "利用者に十分な説明を行うよう努められたい",
    ),
    (  # the narrator: 「承認することとし、…ことを附帯意見とした」
        "審議の結果、諮問のとおり承認することとし、通知の誤送信が発生した場合は速やかに"
        "審議会に報告することを附帯意見とした。\n",
        "approved_with_opinion",
        "通知の誤送信が発生した場合は速やかに審議会に報告すること",
    ),
    (  # how many there are, said before the list: 「附帯意見は以下の2点である。」
        "審議の結果、次の附帯意見を付して承認することとした。附帯意見は以下の２点である。"
        "１　送信の記録を１年で消去すること。２　誤送信の防止策を定めること。\n",
        "approved_with_opinion",
        "1 送信の記録を1年で消去すること。2 誤送信の防止策を定めること。",
    ),
    (  # 「付する条件は、…こと。」 read out by the secretariat
        "○会長　それでは、本件は条件付き承認とします。\n"
        "○事務局　付する条件は、委託先の従業者に対する研修の実施状況を確認すること。以上です。\n",
        "conditional",
        "委託先の従業者に対する研修の実施状況を確認すること。",
    ),
    (  # the draft answer read out, then approved as drafted
        "○会長　それでは答申案を事務局に読み上げていただきます。\n"
        "○事務局　答申案。諮問第１２号については、諮問のとおり承認する。なお、利用者の個人情報"
        "の取扱いについては、引き続き適切な管理に努められたい。以上です。\n"
        "○会長　答申案のとおりでよろしいでしょうか。\n（異議なし）\n",
        "approved_with_opinion",
        "なお、利用者の個人情報の取扱いについては、引き続き適切な管理に努められたい。",
    ),
    (  # a request after the ruling's proviso: 「ただし、…されたい。」
        "【結論】\n原案のとおり承認する。ただし、送信の記録を１年で消去されたい。\n",
        "approved_with_opinion",
        "送信の記録を1年で消去されたい。",
    ),
    (  # 「…残すこと。これを条件に承認としたい。」: the sentence before is the condition
        "・委員：記録はいつ消すのか。\n・生涯学習課：１年で消去する予定である。\n"
        "・会長：それでは、送信の記録は１年経過後に消去し、消去の記録を残すこと。"
        "これを条件に承認としたい。\n（全委員了承）\n",
        "conditional",
        "送信の記録は1年経過後に消去し、消去の記録を残すこと。",
    ),
    (  # 「…されたいということを附帯意見として」
        "○会長　通知の停止を希望する者への対応を定められたいということを附帯意見として、"
        "本件を承認することでよろしいか。\n（異議なし）\n",
        "approved_with_opinion",
        "通知の停止を希望する者への対応を定められたい",
    ),
    (  # the conditions read out in one paragraph, 「以上です。」 closing the reading
        "○事務局　条件を読み上げます。（１）送信の記録を１年で消去すること。（２）誤送信の防止策"
        "を定めること。以上です。\n"
        "○会長　以上の条件を付して承認することでよろしいか。\n（異議なし）\n",
        "conditional",
        "(1)送信の記録を1年で消去すること。(2)誤送信の防止策を定めること。",
    ),
    (  # a request right after the ruling, in the chair's own words
        "○会長　本件は承認とします。なお、送信の記録は適切に管理されたい。"
        "以上、よろしいでしょうか。\n（異議なし）\n",
        "approved_with_opinion",
        "なお、送信の記録は適切に管理されたい。",
    ),
    (  # 「承認としますが、…ことを条件とします」
        "○会長　では本件は承認としますが、予約通知のメールには個人を特定できる情報を"
        "記載しないことを条件とします。\n",
        "conditional",
        "予約通知のメールには個人を特定できる情報を記載しない",
    ),
]


@pytest.mark.parametrize(("ruling", "outcome", "opinion"), _ATTACHED_IN_OTHER_WORDS)
def test_an_opinion_or_condition_attached_in_other_words(
    ruling: str, outcome: str, opinion: str
) -> None:
    (item,) = parse_minutes(_LIBRARY + ruling)["items"]
    assert (item["outcome"], item["opinion"]) == (outcome, opinion)


def test_a_plain_approval_with_a_numbered_conclusion_attaches_nothing() -> None:
    ruling = "○会長　それでは答申をまとめます。\n１　結論\n　諮問のとおり承認する。\n（異議なし）\n"
    (item,) = parse_minutes(_LIBRARY + ruling)["items"]
    assert (item["outcome"], item["opinion"]) == ("approved", None)


_RULED_IN_OTHER_WORDS = [
    (
        "○会長　今日の議論を踏まえ、担当課で資料を修正していただいた上で、次回、再度御審議"
        "いただくということにしたいと思います。\n（異議なし）\n",
        "continued",
    ),
    ("○会長　挙手少数ですので、本件は承認されませんでした。\n", "rejected"),
    ("会長から承認してよいか諮ったところ、異議はなかった。\n", "approved"),
    (  # the narrator's line run on after an answer
        "委員から、メールアドレスの管理方法について更に説明を求める意見があり、本件は次回に"
        "継続して審議することとなった。\n",
        "continued",
    ),
]


@pytest.mark.parametrize(("ruling", "outcome"), _RULED_IN_OTHER_WORDS)
def test_a_ruling_narrated_or_spoken_in_other_words(ruling: str, outcome: str) -> None:
    (item,) = parse_minutes(_LIBRARY + ruling)["items"]
    assert item["outcome"] == outcome


_PLAIN_RULINGS = [
    ("○会長　本件については、答申案のとおり答申することといたします。\n", "approved"),
    ("○会長　本件は、附帯意見を付さずに承認いたします。\n", "approved"),
    ("○会長　本件は、条件を付すことなく承認といたします。\n", "approved"),
    (
        "○会長　附帯意見を付けるべきとの御意見もありましたが、今回は付けずに、原案のとおり"
        "承認といたします。\n",
        "approved",
    ),
    (
        "○会長　時間の関係もありますので、本件の審議は次回に継続とさせていただきます。\n",
        "continued",
    ),
]


@pytest.mark.parametrize(("ruling", "outcome"), _PLAIN_RULINGS)
def test_a_ruling_that_attaches_nothing_or_defers_politely(ruling: str, outcome: str) -> None:
    (item,) = parse_minutes(_LIBRARY + ruling)["items"]
    assert (item["outcome"], item["opinion"]) == (outcome, None)


# --- HTML: opinions as the page prints them -------------------------------------------------

_PAGE_HEAD = """<html><body><h1>令和6年度第2回柊野市個人情報保護審議会 会議録</h1>
<table><tr><th>日時</th><td>令和6年10月8日（火）14:00-15:30</td></tr>
<tr><th>議題</th><td>(1) 諮問第5号 放課後児童クラブ利用者名簿の電子化について（こども課）</td>
</tr></table>
<h2>(1) 諮問第5号 放課後児童クラブ利用者名簿の電子化について（こども課）</h2>
<p>○江川委員　名簿の閲覧は誰ができるのか。</p>
<p>○室井こども課長　クラブの支援員に限る。</p>
"""


@pytest.mark.parametrize("tag", ["ul", "ol"])
def test_conditions_listed_in_html_have_no_mark_the_page_does_not_print(tag: str) -> None:
    page = _PAGE_HEAD + (
        f"<p>○浅見会長　次の条件を付して承認とします。</p><{tag}><li>閲覧の記録を保存すること。"
        f"</li><li>支援員に研修を行うこと。</li></{tag}><p>（異議なし）</p></body></html>"
    )
    (item,) = parse_minutes(page)["items"]
    assert item["outcome"] == "conditional"
    assert item["opinion"] == "閲覧の記録を保存すること。\n支援員に研修を行うこと。"


def test_marks_typed_into_an_html_page_stay() -> None:
    page = _PAGE_HEAD + (
        "<p>○浅見会長　次の条件を付して承認とします。</p><p>・閲覧の記録を保存すること。<br>"
        "・支援員に研修を行うこと。</p><p>（異議なし）</p></body></html>"
    )
    (item,) = parse_minutes(page)["items"]
    assert item["opinion"] == "・閲覧の記録を保存すること。\n・支援員に研修を行うこと。"


def test_an_opinion_set_out_under_the_ruling_that_attaches_it() -> None:
    page = _PAGE_HEAD + (
        "<p>○浅見会長　附帯意見を付して承認とします。</p>"
        "<blockquote>閲覧の記録を保存されたい。</blockquote><p>（異議なし）</p></body></html>"
    )
    (item,) = parse_minutes(page)["items"]
    assert (item["outcome"], item["opinion"]) == (
        "approved_with_opinion",
        "閲覧の記録を保存されたい。",
    )


# --- own probes: header shapes --------------------------------------------------------------

_CHINODAI_BODY = (
    "\n議題\n１　諮問第３号　介護予防教室参加者名簿の提供について（長寿支援課）\n\n会議の経過\n"
    "１　諮問第３号　介護予防教室参加者名簿の提供について（長寿支援課）\n"
    "○長寿支援課長　名簿を提供したい。\n○会長　原案のとおり承認とします。\n"
)
_CHINODAI_HEAD = (
    "茅野台市個人情報保護審議会 会議録\n\n日時　令和6年7月9日（火）午後2時～午後3時\n"
    "場所　茅野台市役所 会議室\n出席状況\n役職\t氏名\t出欠\n"
)


@pytest.mark.parametrize(("present", "absent"), [("出席", "欠席"), ("○", "×")])
def test_a_roster_with_a_status_column_under_the_attendance_label(
    present: str, absent: str
) -> None:
    rows = (
        f"会長\t山田 太郎\t{present}\n副会長\t佐藤 花子\t{present}\n"
        f"委員\t鈴木 一郎\t{absent}\n委員\t高橋 次郎\t{present}\n"
    )
    parsed = parse_minutes(_CHINODAI_HEAD + rows + _CHINODAI_BODY)
    assert parsed["members_present"] == ["山田太郎", "佐藤花子", "高橋次郎"]
    assert parsed["members_absent"] == ["鈴木一郎"]


def test_the_times_of_the_lines_that_open_and_close_the_proceedings() -> None:
    text = (
        "茅野台市個人情報保護審議会 会議録\n\n開催日　令和6年7月9日（火）\n"
        "場所　茅野台市役所 会議室\n出席委員　山田太郎、佐藤花子\n\n（午後２時００分開会）\n"
        + _CHINODAI_BODY
        + "\n（午後３時１５分閉会）\n"
    )
    meeting = parse_minutes(text)["meeting"]
    assert (meeting["start_time"], meeting["end_time"]) == ("14:00", "15:15")


def test_a_closing_hour_without_its_half_of_the_day_is_left_unread() -> None:
    text = (
        "茅野台市個人情報保護審議会 会議録\n\n開催日　令和6年7月9日（火）\n"
        "場所　茅野台市役所 会議室\n\n午後２時開会\n" + _CHINODAI_BODY + "\n３時閉会\n"
    )
    meeting = parse_minutes(text)["meeting"]
    assert (meeting["start_time"], meeting["end_time"]) == ("14:00", None)


# --- own probes: a report's acceptance told without its subject -----------------------------

_REPORT = (
    "楢葉台町個人情報保護審議会　会議録\n\n"
    "日時　令和７年５月２０日（火）午前１０時～午前１１時３０分\n"
    "議題\n（１）報告　個人情報の漏えい事案について（税務課）\n\n会議の経過\n\n"
    "（１）報告　個人情報の漏えい事案について（税務課）\n"
    "税務課長から、通知書の誤送付について報告があった。\n"
    "委員　再発防止策は。\n税務課長　二重確認を徹底する。\n"
)


@pytest.mark.parametrize(
    ("told", "outcome"),
    [
        ("報告のとおり了承された。", "approved"),
        ("以上の報告を了承した。", "approved"),
        ("質疑の後、報告を終了した。", "unknown"),
        ("税務課長　前回は報告を了承していただきました。", "unknown"),
    ],
)
def test_a_reports_acceptance_told_without_its_subject(told: str, outcome: str) -> None:
    (item,) = parse_minutes(_REPORT + told + "\n")["items"]
    assert (item["kind"], item["outcome"]) == ("report", outcome)


# --- own probes: the agenda's other business, another item compared with ------------------

_TWO_ITEMS_AGENDA = (
    "茅野台市個人情報保護審議会 会議録\n\n日時　令和6年7月9日（火）午後2時～午後3時\n"
    "場所　茅野台市役所 会議室\n出席委員　山田太郎、佐藤花子\n議題\n"
    "(1) 諮問第3号　介護予防教室参加者名簿の提供について（長寿支援課）\n"
    "(2) 報告　個人情報の漏えい事案について（税務課）\n"
)
_TWO_ITEMS_BODY = (
    "\n会議の経過\n(1) 諮問第3号　介護予防教室参加者名簿の提供について（長寿支援課）\n"
    "○長寿支援課長　名簿を提供したい。\n○会長　原案のとおり承認とします。\n"
    "(2) 報告　個人情報の漏えい事案について（税務課）\n○税務課長　誤送付がありました。\n"
    "○会長　報告として了承します。\n"
)


def test_the_other_business_with_a_note_is_no_item() -> None:
    text = (
        _TWO_ITEMS_AGENDA
        + "(3) その他（次回の開催日程について）\n"
        + _TWO_ITEMS_BODY
        + "(3) その他\n事務局から次回の日程について説明があった。\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["number"], i["outcome"]) for i in items] == [
        ("諮問第3号", "approved"),
        ("(2)", "approved"),
    ]


def test_a_ruling_that_compares_with_another_item_still_rules_on_this_one() -> None:
    body = _TWO_ITEMS_BODY.replace(
        "○会長　原案のとおり承認とします。",
        "○会長　前回の諮問第2号と同様に、原案のとおり承認とします。",
    )
    items = parse_minutes(_TWO_ITEMS_AGENDA + body)["items"]
    assert items[0]["outcome"] == "approved"


def test_a_ruling_recalled_for_another_item_is_still_no_ruling_on_this_one() -> None:
    body = _TWO_ITEMS_BODY.replace(
        "○会長　原案のとおり承認とします。", "○会長　前回、諮問第2号は継続審議といたしました。"
    )
    items = parse_minutes(_TWO_ITEMS_AGENDA + body)["items"]
    assert items[0]["outcome"] == "unknown"


def test_a_request_of_the_secretariat_after_the_ruling_in_another_turn_attaches_nothing() -> None:
    ruling = (
        "○会長　本件は承認とします。\n"
        "○会長　なお、次回の資料は一週間前までに送付されたい。では次に移ります。\n"
    )
    (item,) = parse_minutes(_LIBRARY + ruling)["items"]
    assert (item["outcome"], item["opinion"]) == ("approved", None)


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "茅野台市個人情報保護審議会会議録（令和6年度第2回）",
            "茅野台市個人情報保護審議会(令和6年度第2回)",
        ),
        ("茅野台市個人情報保護審議会 会議要旨（第2回）", "茅野台市個人情報保護審議会(第2回)"),
        (
            "第2回茅野台市個人情報保護審議会（令和6年度）会議録",
            "第2回茅野台市個人情報保護審議会(令和6年度)",
        ),
    ],
)
def test_a_session_in_brackets_stays_in_the_title_the_document_word_goes(
    heading: str, title: str
) -> None:
    text = heading + "\n" + _TWO_ITEMS_AGENDA.split("\n", 2)[2] + _TWO_ITEMS_BODY
    assert parse_minutes(text)["meeting"]["title"] == title


def test_a_department_labelled_after_a_gap_leaves_the_title() -> None:
    agenda = "議題\n(1) 諮問第3号　介護予防教室参加者名簿の提供について　　担当　長寿支援課\n"
    head = _TWO_ITEMS_AGENDA.split("議題\n", 1)[0]
    body = _TWO_ITEMS_BODY.split("(2) 報告", 1)[0]
    (item,) = parse_minutes(head + agenda + body)["items"]
    assert (item["title"], item["department"]) == (
        "介護予防教室参加者名簿の提供について",
        "長寿支援課",
    )


def test_a_letter_spaced_head_count_of_absentees_names_nobody() -> None:
    text = (
        "茅野台市個人情報保護審議会 会議録\n\n日 時\n令和6年7月9日（火）午後2時～午後3時\n"
        "出 席 委 員\n山田 太郎、佐藤 花子\n欠 席 委 員\n2 名\n"
        + _TWO_ITEMS_AGENDA.split("\n", 5)[5]
    )
    text += _TWO_ITEMS_BODY
    parsed = parse_minutes(text)
    assert parsed["members_absent"] == []
    assert parsed["members_present"] == ["山田太郎", "佐藤花子"]


def test_a_result_row_set_out_with_spaces_brackets_its_condition_after_the_verdict() -> None:
    text = (
        "茅野台市個人情報保護審議会 会議結果報告書\n\n"
        "会議名　令和6年度第2回茅野台市個人情報保護審議会\n"
        "日時　令和6年7月9日（火）午後2時～午後3時\n議題\n"
        "(1) 諮問第3号　介護予防教室参加者名簿の提供について（長寿支援課）\n"
        "(2) 諮問第4号　防犯カメラの設置について（危機管理課）\n"
        "審議結果\n諮問第3号　条件付承認（条件：名簿の管理者を定めること。）\n諮問第4号　承認\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["number"], i["outcome"], i["opinion"]) for i in items] == [
        ("諮問第3号", "conditional", "名簿の管理者を定めること。"),
        ("諮問第4号", "approved", None),
    ]


def test_a_paged_heading_after_a_web_pages_furniture_is_still_the_title() -> None:
    text = (
        "本文へ移動\nホーム > 市政情報 > 会議録\nページの先頭です\n更新日：2026年11月20日\n\n"
        + _PAGED.format(1).replace(
            "楡ヶ丘町個人情報保護審議会", "令和6年度第1回楡ヶ丘町個人情報保護審議会"
        )
        + "\n"
        + _paged_minutes().split("\n", 2)[2]
    )
    assert parse_minutes(text)["meeting"]["title"] == "令和6年度第1回楡ヶ丘町個人情報保護審議会"


# --- found by bench/perturb.py on development documents: re-laid out, labels unchanged ------

_YOROKU = (
    "令和5年度第2回楓野村個人情報保護審議会　会議要録\n\n"
    "● 日時　令和5年9月26日（火）13時30分～15時05分　● 会場　楓野村役場　第2委員会室　"
    "● 出席委員　3名　井上 千代子、遠藤 茂（会長）、北村 昭　● 村出席者　村長　小林 正義、"
    "総務課長　沢田 勝彦、総務課総務係長　吉川 久美、保健福祉課長　桜井 美智代、保健福祉課保健係長"
    "　菅野 まどか、教育委員会事務局次長　丸山 浩一　● 傍聴者　0人\n"
    # (90 characters before the department's bracket: broken at 45, the bracket opens a line)
    "● 会議次第　1.開会　2.議事　(1) 乳幼児健康診査の問診票電子化に伴う外部との結合について"
    "（保健福祉課）　(2) 村立小学校及び中学校の校務支援システムのクラウド移行について"
    "（教育委員会事務局）　(3) 報告　個人情報取扱事務登録簿の変更状況について（総務課）　3.閉会\n\n"
    "(1) 乳幼児健康診査の問診票電子化に伴う外部との結合について（保健福祉課）\n"
    "○保健福祉課長　問診票を電子化したい。\n○会長　原案のとおり承認とする。\n\n"
    "(2) 村立小学校及び中学校の校務支援システムのクラウド移行について（教育委員会事務局）\n"
    "○教育委員会事務局次長　校務支援システムをクラウドに移行したい。\n"
    "○会長　本件は原案のとおり承認とする。\n\n"
    "(3) 報告　個人情報取扱事務登録簿の変更状況について（総務課）\n"
    "○総務課長　登録簿を2件変更した。\n○会長　報告として了承する。\n"
)


def test_a_department_bracket_broken_onto_the_next_line_is_no_speakers_label() -> None:
    wrapped = wrap_at(_YOROKU, 45)
    assert "\n（教育委員会事務局）" in wrapped  # the bracket opens a line, as a label would
    items = parse_minutes(wrapped)["items"]
    assert [(i["department"], i["outcome"]) for i in items] == [
        ("保健福祉課", "approved"),
        ("教育委員会事務局", "approved"),
        ("総務課", "approved"),
    ]


def test_the_heading_above_the_first_page_number_is_kept_before_the_details() -> None:
    text = (
        "令和6年度第1回楓野村個人情報保護審議会　会議録\n1/2\n"
        + _PAGED_BODY
        + "\n"
        + ("令和6年度第1回楓野村個人情報保護審議会　会議録\n2/2\n○会長　以上で終わります。\n")
    )
    assert parse_minutes(text)["meeting"]["title"] == "令和6年度第1回楓野村個人情報保護審議会"


def test_a_running_header_above_the_first_page_number_leaves_the_heading_under_it() -> None:
    text = (
        "楓野村個人情報保護審議会　会議録\n1/2\n\n"
        "令和6年度第1回楓野村個人情報保護審議会　会議録\n\n"
        + _PAGED_BODY
        + "\n楓野村個人情報保護審議会　会議録\n2/2\n○会長　以上で終わります。\n"
    )
    assert parse_minutes(text)["meeting"]["title"] == "令和6年度第1回楓野村個人情報保護審議会"


_PAGED_BODY = (
    "1 開催日時　令和6年6月4日(火) 10時00分~11時10分\n2 開催場所　楓野村役場 会議室\n"
    "3 議題\n (1) 諮問第3号 図書館利用者データの外部保管について(生涯学習課)\n\n"
    "(1) 諮問第3号 図書館利用者データの外部保管について(生涯学習課)\n"
    "○生涯学習課長　利用者データを外部に保管したい。\n○会長　原案のとおり承認します。"
)


def test_inline_labels_after_a_gap_behind_the_full_stop_open_turns() -> None:
    text = (
        "令和3年度第3回楓野町個人情報保護審議会　会議要録\n\n"
        "● 日時　令和3年12月3日（金）10時00分～11時30分　● 場所　楓野町役場　会議室\n"
        "● 議題　(1) 諮問第21号　航空写真撮影業務の委託について〔税務課〕\n\n"
        "(1) 諮問第21号　航空写真撮影業務の委託について〔税務課〕　＜税務課＞町内全域の航空写真を"
        "撮影する業務を委託したい。　＜委員＞前回の写真はどうなっているか。　＜税務課＞税務課の"
        "サーバーで保管している。　＜会長＞審議の結果、附帯意見を付して承認することとする。"
        "附帯意見は「個人の敷地内の様子が判別できる画像は、契約期間の終了時に確実に消去させること。」"
        "とする。\n"
    )
    (item,) = parse_minutes(text)["items"]
    assert item["outcome"] == "approved_with_opinion"
    assert (
        item["opinion"]
        == "個人の敷地内の様子が判別できる画像は、契約期間の終了時に確実に消去させること。"
    )
    speakers = [(u["role"], u["speaker"]) for u in item["utterances"]]
    assert speakers[-3:] == [("member", "委員"), ("department", "税務課"), ("chair", "会長")]


_COLUMN_OF_40 = (
    "令和6年度第1回楓野市個人情報保護審議会　会議録\n\n"
    "開催日時\t令和6年5月21日（火）午前10時から午前11時35分まで\n"
    "出席者\t委員：御手洗 正樹（会長）、寺門 久美子（副会長）、阿久津 大地、今井田 弘美\n"
    "会議次第\n"
    "審議1　諮問第27号　個人住民税の特別徴収税額通知の電子交付に係る外部結合について（市民税課）\n"
    "審議2　諮問第28号　空き家所有者情報の民間事業者への提供について（都市計画課）\n"
    "報告1　情報セキュリティ内部監査の結果について（情報政策課）\n"
    "会議録\n"
    "審議1　諮問第27号　個人住民税の特別徴収税額通知の電子交付に係る外部結合について（市民税課）\n"
    "（市民税課）\n"
    "市営住宅の家賃の滞納額は令和5年度末で約4,800万円に上り、そのうち退去者の滞納分が約3割を"
    "占めている。退去者については所在の把握が難しく、職員による督促には限界がある。\n"
    "（委員）\n受託者が独自に持つ情報がどのように集められたものか、市として確認できているのか。\n"
    "（市民税課）\n確認できていない。\n（会長）\n原案のとおり承認とします。\n"
    "審議2　諮問第28号　空き家所有者情報の民間事業者への提供について（都市計画課）\n"
    "（都市計画課）\n所有者の同意を得た上で提供したいと考えております。\n（会長）\n継続審議とします。\n"
    "報告1　情報セキュリティ内部監査の結果について（情報政策課）\n"
    "（情報政策課）\n監査の結果を報告します。\n（会長）\n報告として了承します。\n"
)


def test_lines_broken_at_a_column_keep_agenda_entries_and_own_line_labels_apart() -> None:
    wrapped = wrap_at(_COLUMN_OF_40, 40)
    # a full line ending its sentence, then a label alone on its line; an agenda entry
    # ending at the column with its department, then the next entry
    assert "できているのか。\n（市民税課）" in wrapped
    assert "（都市計画課）\n報告1" in wrapped
    items = parse_minutes(wrapped)["items"]
    assert [(i["number"], i["department"], i["outcome"]) for i in items] == [
        ("諮問第27号", "市民税課", "approved"),
        ("諮問第28号", "都市計画課", "continued"),
        ("報告1", "情報政策課", "approved"),
    ]
    roles = [u["role"] for u in items[0]["utterances"]]
    assert roles == ["department", "member", "department", "chair"]


# --- 16a–16j, opened after their final score: invented documents of the same shapes --------


def test_agenda_entries_on_one_line_numbered_by_bare_digits_after_their_departments() -> None:
    text = (
        "柊ヶ浦町個人情報保護審議会　会議要録\n\n"
        "◆日時　令和5年8月8日（火）午後1時30分から午後3時まで　◆場所　柊ヶ浦町役場　研修室\n"
        "◆議題　１　諮問事項　諮問第２８号　観光案内の送付について（商工観光課）　２　諮問事項"
        "　諮問第２９号　子育てアプリの導入について（子育て支援課）　３　報告事項　条例の運用状況"
        "について（総務課）\n◆審議の内容\n"
        "１　諮問第２８号　観光案内の送付について（商工観光課）　説明があった。"
        "○会長　承認とする。\n"
        "２　諮問第２９号　子育てアプリの導入について（子育て支援課）　説明があった。"
        "○会長　承認とする。\n"
        "３　報告事項　条例の運用状況について（総務課）　事務局から報告があった。\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["number"], i["title"]) for i in items] == [
        ("諮問第28号", "観光案内の送付について"),
        ("諮問第29号", "子育てアプリの導入について"),
        ("3", "条例の運用状況について"),
    ]


def test_members_listed_under_the_seats_they_hold() -> None:
    text = (
        "桐ヶ谷区情報公開・個人情報保護審議会　会議録\n\n【日　時】　令和５年３月１４日（火）"
        "午前９時３０分から午前１１時まで\n【出席委員（５名）】\n"
        "　学識経験者　　杉山　恭一（会長）、野上　晴美（副会長）\n　区民委員　　　今井　敏行\n"
        "　区議会議員　　木村　ひろし、松本　さとみ\n【欠席委員】　なし\n"
        + _TWO_ITEMS_AGENDA.split("\n", 5)[5]
        + _TWO_ITEMS_BODY
    )
    assert parse_minutes(text)["members_present"] == [
        "杉山恭一",
        "野上晴美",
        "今井敏行",
        "木村ひろし",
        "松本さとみ",
    ]


def test_a_page_number_at_the_right_margin_takes_the_running_header_under_it() -> None:
    header = "楡ヶ丘町個人情報保護審議会　議事録（令和6年6月4日）"
    text = _paged_minutes().replace(_PAGED.format(2), " " * 60 + "2/3\n" + header)
    text = text.replace(_PAGED.format(1), " " * 60 + "1/3\n" + header)
    items = parse_minutes(text)["items"]
    assert items[0]["opinion"] == "貸出履歴は返却後ただちに消去すること。"


def test_a_breadcrumb_led_by_the_sites_name_and_an_agenda_run_into_its_label() -> None:
    text = (
        "ページの先頭です\n楓台区ホーム　>　区政情報　>　審議会　>　"
        "令和6年度第2回楓台区個人情報保護"
        "審議会要録\n令和6年度第2回楓台区個人情報保護審議会要録\nページ番号：D0457102\n\n"
        "● 日時　令和6年10月15日（火）10:00-11:30　● 場所　楓台区役所　"
        "● 議題（1）前回会議録の確認"
        "　（2）諮問第203号　転入者情報の提供について〔地域振興課〕\n\n"
        "● 審議の概要　（1）前回会議録の確認　原案のとおり承認された。\n\n"
        "（2）諮問第203号　転入者情報の提供について〔地域振興課〕　説明があった。審議の結果、"
        "原案のとおり承認された。\n"
    )
    parsed = parse_minutes(text)
    assert parsed["meeting"]["title"] == "令和6年度第2回楓台区個人情報保護審議会"
    assert [(i["kind"], i["outcome"]) for i in parsed["items"]] == [
        ("confirmation", "approved"),
        ("consultation", "approved"),
    ]


def test_a_decision_line_broken_before_wo_joken_ni_still_names_its_condition() -> None:
    ruling = (
        "●会長\n　それでは、諮問第１２号は条件付きで承認とし、条件を次のとおりとします。\n"
        "　結論　受託者の事業所以外の場所での作業を行わせないこと\n"
        "を条件に、諮問のとおり承認する。\n"
        "　よろしいでしょうか。\n●各委員\n　異議なし。\n"
    )
    (item,) = parse_minutes(_LIBRARY + ruling)["items"]
    assert (item["outcome"], item["opinion"]) == (
        "conditional",
        "受託者の事業所以外の場所での作業を行わせない",
    )


def test_bracketed_roles_followed_by_a_space_inside_a_summary_line() -> None:
    text = (
        "柊ヶ丘市個人情報保護審査会　会議要旨\n\n"
        "● 日時　令和6年8月27日（火）10時00分～11時30分\n"
        "● 議題　（１）前回会議要旨の確認　（２）諮問第9号　審査請求について（学務課）\n\n"
        "（１）前回会議要旨の確認　(事務局) 前回の会議要旨（案）を修正している。"
        "　(会長) 意見はあるか。　（各委員から意見なし）"
        "　(会長) それでは、前回の会議要旨は案のとおり承認する。\n\n"
        "（２）諮問第9号　審査請求について（学務課）"
        "　(会長) 実施機関から説明をお願いしたい。"
        "　(実施機関) 記録を確認したが、本日は資料がそろっていない。"
        "本件は次回の審査会で継続審議とする。"
        "　（各委員了承）\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["kind"], i["outcome"]) for i in items] == [
        ("confirmation", "approved"),
        ("consultation", "continued"),
    ]


def test_an_opinion_set_out_under_its_bracketed_name_after_the_narrated_ruling() -> None:
    text = _SUMMARY + (
        "（委員）記録の照会には応じないでほしい。（防災課）マニュアルに明記する。"
        "審議の結果、意見（要望）を付して承認することとした。（意見）なお、台帳の記録については、"
        "本人以外からの照会に応じることのないよう留意されたい。\n"
    )
    (item,) = parse_minutes(text)["items"]
    assert item["outcome"] == "approved_with_opinion"
    assert item["opinion"] == (
        "なお、台帳の記録については、本人以外からの照会に応じることのないよう留意されたい。"
    )


def test_a_condition_label_glued_to_the_first_entry_of_its_list() -> None:
    ruling = (
        "○会長　次の条件を付して承認とします。\n"
        "条件(1) 送信の記録を1年で消去すること。\n(2) 誤送信の防止策を定めること。\n（異議なし）\n"
    )
    (item,) = parse_minutes(_LIBRARY + ruling)["items"]
    assert (
        item["opinion"] == "(1) 送信の記録を1年で消去すること。\n(2) 誤送信の防止策を定めること。"
    )


def test_a_referred_tables_department_pushed_onto_the_next_line() -> None:
    text = (
        "下津原市個人情報保護審査会　会議録\n\n１　日時　令和5年3月14日（火）午後2時～午後3時\n"
        "２　議題\n　（１）諮問第31号から第32号まで（下表のとおり）\n\n"
        "　番号　　　件名　　　　　　　　　　　　　　　　　　　　　　　　担当課\n"
        "　諮問第31号　水道料金等収納業務の委託について　　　　　　　上下水道課\n"
        "　諮問第32号　住民基本台帳の閲覧申出の審査へのＡＩ判定の導入について\n"
        + "　"
        * 32
        + "市民課\n\n"
        "３　会議の経過\n‹会長›\n　諮問第31号について説明をお願いします。\n"
        "‹説明者›\n　委託します。\n‹会長›\n　諮問第31号は諮問のとおり承認といたします。\n"
        "　次に、諮問第32号について説明をお願いします。\n"
        "‹説明者›\n　ＡＩを導入します。\n‹会長›\n　諮問第32号は、不承認といたします。\n"
    )
    items = parse_minutes(text)["items"]
    assert [(i["number"], i["department"], i["outcome"]) for i in items] == [
        ("諮問第31号", "上下水道課", "approved"),
        ("諮問第32号", "市民課", "rejected"),
    ]


@pytest.mark.parametrize("bracket", ["(税務課 )", "( 税務課 )", "〔 税務課 〕"])
def test_a_department_bracket_with_spaces_inside_it_is_still_the_department(
    bracket: str,
) -> None:
    # a letter-spaced bracket 「（ 税 務 課 ）」 comes out of the spacing repair so
    entry = f"ア 諮問第71号 軽自動車税の申告データの外部結合について{bracket}"
    assert split_entry(entry) == (
        "ア",
        "諮問第71号",
        "軽自動車税の申告データの外部結合について",
        "税務課",
    )
