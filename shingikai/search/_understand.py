"""Query understanding: a sentence typed the way people talk becomes content words.

Pure module (no Django). Japanese users type no spaces and wrap what they want in grammar
(「委託先のデータ消去を確認する方法」), so a query is analysed, not split on blanks:

- Sudachi reads the text in its longest units (split mode C), and each unit is also taken
  apart into the shortest units (mode A), which is what the index holds;
- particles, auxiliaries, punctuation, pronouns and the like are dropped, and so are words
  that every question carries but no consultation is about (事例, 方法, 場合, 件, する …);
- a run of nouns (防犯 + カメラ, 個人番号カード) is one chunk: kept whole (a phrase) and as
  its parts, so 防犯カメラ finds the phrase first and 防犯 or カメラ alone after it.

Quoted phrases ("…" or 「…」) and -word keep their meaning: a quoted phrase must occur,
a -word must not. Everything else is a wish list of content words ranked by coverage.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sudachipy import SplitMode

from shingikai.search import _tokenizer as t

# Parts of speech that never carry the subject of a question.
_DROPPED = {"助詞", "助動詞", "補助記号", "空白", "代名詞", "連体詞", "接続詞", "感動詞", "記号"}
# Nouns that join a neighbouring noun into one chunk.
_JOINING = {"名詞", "接頭辞", "接尾辞"}
# Generic words of questions (normalised forms). Kept short and general: anything that
# names a subject of the field stays a content word.
STOP_WORDS = frozenset(
    """
    する 為る ある 有る いる 居る なる 成る できる 出来る れる られる せる いう 言う 思う 考える
    知る 教える 探す 調べる 見る 見せる 欲しい ほしい 良い よい 良いか いい ない 無い 行う
    関する 対する 係る 関わる 伴う 基づく 使う 用いる つく 付く 於く おく みる 頂く いただく
    下さる くださる 分かる わかる 求める 扱う 取る
    こと 事 もの 物 ため 為 よう 様 場合 件 事例 案件 例 方法 やり方 仕方 とき 時 ところ 所
    等 など 他 ほか 際 点 上 中 内 的 関係 について 何 なに 何か どう どの どんな どれ いつ どこ
    誰 なぜ 方 かた 過去 前例 先例 審議 審議会 諮問 答申 知りたい 確か
    """.split()
)
# A part of a compound that says little alone (委託先 → 委託, not 先).
_WEAK_PART_POS = {"接尾辞", "接頭辞"}


@dataclass(frozen=True)
class Chunk:
    """A run of content units: its shortest units (normalised) and its longest units."""

    surface: str
    words: tuple[str, ...]  # mode A normalised forms, what the index holds
    parts: tuple[tuple[str, ...], ...]  # mode C units, each as its mode A words
    strong: tuple[bool, ...]  # per word: worth searching alone
    unknown: bool = False  # some unit is not in the dictionary


_modes: dict = {}


def _tokenizer_c():
    tokenizer = _modes.get("C")
    if tokenizer is None:
        dictionary = t._dictionary or t._load()
        tokenizer = _modes["C"] = dictionary.tokenizer(SplitMode.C)
    return tokenizer


def _form(morpheme) -> str:
    form = morpheme.normalized_form().lower().replace(" ", "")
    if form and (form[-1] == "ー" or "ヴ" in form or "ヷ" in form):
        form = t.fold_katakana(form)
    return form


def _content(morpheme) -> bool:
    pos = morpheme.part_of_speech()
    if pos[0] in _DROPPED:
        return False
    if pos[0] == "動詞" and pos[1] == "非自立可能":
        return False
    form = _form(morpheme)
    if not form or form in STOP_WORDS or morpheme.dictionary_form() in STOP_WORDS:
        return False
    # A lone hiragana or symbol is an ending the dictionary did not attach.
    return not (len(form) == 1 and ("\u3041" <= form <= "\u309f" or not form.isalnum()))


def chunks(text: str) -> list[Chunk]:
    """The content chunks of a piece of query text, in order."""
    text = t.normalize(unicodedata.normalize("NFKC", text))[: t._CHUNK]
    found: list[Chunk] = []
    current: list = []

    def close() -> None:
        if not current:
            return
        words: list[str] = []
        strong: list[bool] = []
        parts: list[tuple[str, ...]] = []
        unknown = False
        for morpheme in current:
            units = list(morpheme.split(SplitMode.A)) or [morpheme]
            unit_words = []
            for unit in units:
                form = _form(unit)
                if not form:
                    continue
                pos = unit.part_of_speech()[0]
                unit_words.append(form)
                strong.append(
                    pos not in _WEAK_PART_POS and form not in STOP_WORDS and pos not in _DROPPED
                )
            words.extend(unit_words)
            if unit_words:
                parts.append(tuple(unit_words))
            unknown = unknown or morpheme.is_oov()
        if words:
            surface = "".join(m.surface() for m in current)
            found.append(Chunk(surface, tuple(words), tuple(parts), tuple(strong), unknown))
        current.clear()

    for morpheme in _tokenizer_c().tokenize(text):
        if not _content(morpheme):
            close()
            continue
        pos = morpheme.part_of_speech()[0]
        if current and not (pos in _JOINING and current[-1].part_of_speech()[0] in _JOINING):
            close()
        current.append(morpheme)
    close()
    return found


def segments(words: tuple[str, ...], known) -> list[tuple[str, ...]]:
    """Split a run of words into the longest sub-phrases that `known` accepts (greedy from
    the left); a word nobody knows is kept alone. Used when a chunk as a whole occurs
    nowhere (ショートメッセージ督促 → ショート メッセージ | 督促)."""
    result: list[tuple[str, ...]] = []
    start = 0
    while start < len(words):
        end = len(words)
        while end > start + 1 and not known(words[start:end]):
            end -= 1
        result.append(words[start:end])
        start = end
    return result
