"""The analyser, with sentences of the sample minutes: what meets and what must not."""

from shingikai.search._tokenizer import (
    GRAM_MARK,
    analyse,
    display_form,
    match_spans,
    parse_query,
    query_term,
    unmark,
)


def words(text: str) -> list[str]:
    return analyse(text).words


def test_full_width_and_half_width_forms_meet():
    assert words("ＩＳＭＡＰ") == words("ISMAP") == ["ismap"]
    assert words("ｼｮｰﾄﾒｯｾｰｼﾞ送信") == words("ショートメッセージ送信")
    assert words("諮問書Ｐ．２") == words("諮問書P.2")


def test_numbers_are_normalised():
    """４７，０００件 and 47,000件 are the same number; 481 is a token of 諮問第481号."""
    assert words("受給者 約４７，０００件") == words("受給者 約47,000件")
    assert "47000" in words("約47,000件")
    assert "481" in words("諮問第481号「図書館資料の督促訪問業務」")
    assert words("２週間保管") == words("2週間保管")


def test_katakana_variants_meet():
    assert words("コンピューター") == words("コンピュータ")
    assert words("サーバーはどこにあるのか") == words("サーバはどこにあるのか")
    assert words("ヴァイオリン") == words("バイオリン")


def test_a_katakana_variant_sudachi_does_not_know_is_folded():
    assert words("ルミナスメーラー") == words("ルミナスメーラ")


def test_okurigana_variants_meet():
    assert words("申込み") == words("申し込み")


def test_particles_do_not_separate_a_phrase():
    """督促の強化 and 督促強化 give the same words, so a phrase query finds both."""
    assert words("督促の強化") == words("督促強化") == ["督促", "強化"]


def test_different_words_stay_different():
    assert words("防犯カメラ") != words("監視カメラ")
    assert "大阪" not in words("東京と大阪にある。")[:1]


def test_a_word_sudachi_does_not_know_is_also_indexed_by_bigrams():
    analysis = analyse("当然私もキッズドアさんの事業はよく存じています")
    assert "キッズドア" in analysis.words
    assert [unmark(g) for g in analysis.grams] == ["キッ", "ッズ", "ズド", "ドア"]
    assert all(g.startswith(GRAM_MARK) for g in analysis.grams)


def test_a_bigram_is_never_a_word():
    """東村山 gives the bigram 村山, marked: the word 村山 must not find it."""
    analysis = analyse("東村山市")
    assert "村山" not in analysis.words
    assert GRAM_MARK + "村山" in analysis.grams


def test_parse_query_terms_quotes_and_exclusions():
    terms = parse_query('ショートメッセージ　督促 "個人情報の取扱い" -委託 「駅前 トイレ」')
    assert [t.text for t in terms] == [
        "ショートメッセージ",
        "督促",
        "個人情報の取扱い",
        "委託",
        "駅前 トイレ",
    ]
    assert terms[0].words == ("ショート", "メッセージ")
    assert terms[3].negated and not terms[2].negated
    assert terms[4].words == ("駅前", "トイレ")


def test_a_query_word_keeps_its_surface_when_sudachi_reads_it_differently_alone():
    """月次 alone is normalised to 月並み, but in a sentence it stays 月次."""
    term = query_term("月次")
    assert "月次" in words("月次の報告ということで")
    assert ("月次",) in term.phrases


def test_match_spans_marks_the_matched_words():
    display = display_form("ＩＤとパスワードが個別にあったとしても、事故は起こり得る。")
    spans = match_spans(display, {"パスワード", "id"})
    assert [display[s.start : s.end] for s in spans] == ["ID", "パスワード"]


def test_long_text_is_analysed_in_chunks():
    text = "委託先の作業場所を確認する。" * 3000
    assert words(text).count("委託") == 3000
