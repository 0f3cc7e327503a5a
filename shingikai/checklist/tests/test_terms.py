"""Personal-information terms in attachment text versus the declared items."""

from shingikai.checklist.terms import Term, declared_terms, find_terms, undeclared_terms

DICTIONARY = [
    Term("氏名", ("名前",)),
    Term("住所", ("アドレス",)),  # a municipality's odd variant: must not swallow e-mail
    Term("電話番号", ("携帯番号",)),
    Term("メールアドレス", ("Eメール", "e-mail")),
]


def test_variants_and_width_are_recognised():
    assert find_terms("お名前とＥ－ＭＡＩＬを入力", DICTIONARY) == ["氏名", "メールアドレス"]
    assert find_terms("お名前とE-Mailを入力", DICTIONARY) == ["氏名", "メールアドレス"]
    assert find_terms("ｅメールで連絡", DICTIONARY) == ["メールアドレス"]


def test_the_longest_spelling_wins():
    """メールアドレス is an e-mail address, not also a 住所 (アドレス)."""
    assert find_terms("メールアドレスを入力", DICTIONARY) == ["メールアドレス"]
    assert find_terms("アドレス帳", DICTIONARY) == ["住所"]


def test_declarations_are_read_leniently():
    """保護者の氏名 declares 氏名; メール is short for メールアドレス; 連絡先 declares nothing."""
    assert declared_terms(["保護者の氏名", "メール", "連絡先", "x"], DICTIONARY) == {
        "氏名",
        "メールアドレス",
    }


def test_undeclared_terms_follow_dictionary_order():
    texts = ["入力項目：メールアドレス、氏名、携帯番号"]
    assert undeclared_terms(texts, ["氏名"], DICTIONARY) == ["電話番号", "メールアドレス"]
    assert undeclared_terms(texts, ["氏名", "電話番号", "Eメール"], DICTIONARY) == []
    assert undeclared_terms([], [], DICTIONARY) == []
