"""Japanese analysis for search: Sudachi normalised forms plus character bigrams.

Pure module (no Django): the index builder, the query parser, worker processes of a bulk
rebuild and the benchmark all share it.

- Text is NFKC-normalised and lower-cased first, so full-width and half-width forms
  (ＩＳＭＡＰ, ｼｮｰﾄﾒｯｾｰｼﾞ, ４７) meet their ordinary forms.
- Sudachi (split mode A, the shortest units) gives normalised forms, so variant spellings
  and okurigana meet (申込み = 申し込み, サーバ = サーバー). Short units make parts of
  compounds searchable: 審議会 matches 個人情報保護審議会.
- Particles, auxiliary verbs, punctuation and blanks carry no meaning for retrieval and
  are dropped on both sides, so 督促の強化 also finds 督促強化.
- Katakana variants Sudachi does not know are folded (ヴァ → バ, a trailing ー dropped).
- Character bigrams are the fallback: words Sudachi does not know (names, products:
  キッズドア, ジェイリス) and words of three or more katakana or kanji (メッセージ,
  東村山) are also indexed as bigrams, marked so that they never meet words, so that a
  part of such a word still matches (リス finds ジェイリス, メッセ finds メッセージ).
  Hiragana runs get none: they are mostly endings, and bigrams of everything would double
  the index for little gain.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain, repeat
from operator import itemgetter

from sudachipy import Dictionary, Morpheme, SplitMode

# Sudachi refuses inputs over 49,149 bytes; 12,000 characters stay under it even at
# four bytes per character.
_CHUNK = 12_000
_DROPPED_POS = {"助詞", "助動詞", "補助記号", "空白"}
# Characters that make a bigram worth indexing: kana and kanji (ASCII words are kept whole).
_CJK = re.compile(r"[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff々〆ヵヶ]")
# Known words that also get bigrams: three or more katakana or kanji, no hiragana.
_GRAMMED = re.compile(r"[\u30a1-\u30ff\u3400-\u9fff\uf900-\ufaff々〆]{3,}")
# Marks a bigram token, so that the bigram 京都 (of 東京都) is never the word 京都.
GRAM_MARK = "\ue001"
_KATAKANA_V = str.maketrans({"ヷ": "バ", "ヸ": "ビ", "ヹ": "ベ", "ヺ": "ボ"})
_V_SYLLABLES = (
    ("ヴァ", "バ"),
    ("ヴィ", "ビ"),
    ("ヴェ", "ベ"),
    ("ヴォ", "ボ"),
    ("ヴュ", "ビュ"),
    ("ヴ", "ブ"),
)
_QUOTED = re.compile(r'"([^"]*)"|「([^」]*)」|(\S+)')

_dictionary: Dictionary | None = None
_excluded_pos: frozenset[int] = frozenset()
_lock = threading.Lock()
_local = threading.local()


def _load() -> Dictionary:
    """The dictionary, loaded once per process (it is the expensive part)."""
    global _dictionary, _excluded_pos
    with _lock:
        if _dictionary is None:
            dictionary = Dictionary()
            excluded, pos_id = set(), 0
            while (pos := dictionary.pos_of(pos_id)) is not None:
                if pos[0] in _DROPPED_POS:
                    excluded.add(pos_id)
                pos_id += 1
            _excluded_pos = frozenset(excluded)
            _dictionary = dictionary
    return _dictionary


def _tokenizer():
    # A Sudachi tokenizer must not be shared between threads (it raises); creating one from
    # the loaded dictionary costs microseconds, so each thread gets its own.
    tokenizer = getattr(_local, "tokenizer", None)
    if tokenizer is None:
        dictionary = _dictionary or _load()
        tokenizer = _local.tokenizer = dictionary.tokenizer(
            SplitMode.A, fields={"pos", "normalized_form"}
        )
    return tokenizer


def preload() -> None:
    """Load the dictionary now (a process about to fork workers shares it with them)."""
    if _dictionary is None:
        _load()


def reset_after_fork() -> None:
    """Drop the inherited per-thread tokenizer (worker processes call this first)."""
    _local.__dict__.clear()


def normalize(text: str) -> str:
    """Width and case folding applied before anything else."""
    return unicodedata.normalize("NFKC", text).lower()


def fold_katakana(token: str) -> str:
    """Fold the katakana spellings that vary between writers."""
    if "ヴ" in token:
        for variant, plain in _V_SYLLABLES:
            token = token.replace(variant, plain)
    token = token.translate(_KATAKANA_V)
    # コンピューター / コンピュータ, サーバー / サーバ: the long mark at the end is optional.
    if len(token) > 2 and token[-1] == "ー":
        token = token[:-1]
    return token


def bigrams(word: str) -> list[str]:
    """Marked character bigrams of a word."""
    return [GRAM_MARK + word[i : i + 2] for i in range(len(word) - 1)]


def unmark(gram: str) -> str:
    return gram[1:] if gram.startswith(GRAM_MARK) else gram


def _chunks(text: str) -> Iterator[str]:
    while len(text) > _CHUNK:
        cut = max(text.rfind("\n", 0, _CHUNK), text.rfind("。", 0, _CHUNK))
        cut = cut + 1 if cut > _CHUNK // 2 else _CHUNK
        yield text[:cut]
        text = text[cut:]
    if text:
        yield text


@dataclass
class Analysis:
    words: list[str] = field(default_factory=list)
    grams: list[str] = field(default_factory=list)

    def tokens(self) -> list[str]:
        """What the index stores for a field: its words, then the bigrams of unknown words."""
        return self.words + self.grams


# Short texts recur (department names, item numbers, 異議なし。, the chair's set phrases):
# each is analysed once and its tokens remembered. Sudachi's cost per call, not per
# character, is most of a short text's analysis.
_SHORT = 64
_SHORT_KEPT = 5_000  # (at most about 1 KB each)
_short: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}


def analyse(text: str) -> Analysis:
    """Index-side analysis of one field."""
    if len(text) > _SHORT:
        return _analyse(text)
    found = _short.get(text)
    if found is None:
        result = _analyse(text)
        if len(_short) >= _SHORT_KEPT:
            _short.clear()
        _short[text] = (tuple(result.words), tuple(result.grams))
        return result
    return Analysis(list(found[0]), list(found[1]))


def _analyse(text: str) -> Analysis:
    result = Analysis()
    if not text:
        return result
    tokenizer = _tokenizer()
    get = _words.get
    words, grams = result.words, result.grams
    for chunk in _chunks(normalize(text)):
        morphemes = tokenizer.tokenize(chunk)
        # The hot loop of indexing (a million utterances), run by map in C: one call into
        # Sudachi per morpheme. A dictionary word's id decides its part of speech and
        # normalised form, so what it becomes is worked out once per word (see _word).
        found = list(map(get, map(_word_id, morphemes), repeat(_NEW)))
        if _NEW in found or _UNKNOWN in found:
            _resolve(morphemes, found)
        kept = list(filter(None, found))
        words.extend(map(itemgetter(0), kept))
        grams.extend(chain.from_iterable(map(itemgetter(1), kept)))
    return result


# Sudachi's word ids: those of words it does not know carry this flag and their part of
# speech (sudachi.rs WordId::oov); those of dictionary words name the word.
_OOV_FLAG = 0xF000_0000
_word_id = Morpheme.word_id
_NEW = object()
_UNKNOWN = object()
# Word id → (the token, its bigrams if it gets them); None for a dropped part of speech;
# _UNKNOWN for a kept word Sudachi does not know (see _resolve).
_words: dict[int, object] = {}
_WORDS_KEPT = 300_000  # (about 150 bytes each)


def _resolve(morphemes, found: list) -> None:
    """Fill in the words met for the first time and those Sudachi does not know."""
    for position, entry in enumerate(found):
        if entry is _NEW:
            entry = found[position] = _word(morphemes[position])
        if entry is _UNKNOWN:
            # The id says only its part of speech: the form is the text's own (numbers
            # joined by Sudachi, names, products), and so are its bigrams.
            raw = morphemes[position].normalized_form()
            form, gets_grams, unknown_grams = _forms.get(raw) or _form(raw)
            found[position] = None if form is None else (form, gets_grams or unknown_grams)


def _word(morpheme) -> object:
    word_id = morpheme.word_id()
    if morpheme.part_of_speech_id() in _excluded_pos:
        found = None
    elif word_id >= _OOV_FLAG or morpheme.is_oov():
        found = _UNKNOWN
    else:
        form, known, _unknown = _form(morpheme.normalized_form())
        found = None if form is None else (form, known)
    if len(_words) >= _WORDS_KEPT:
        _words.clear()
    _words[word_id] = found
    return found


# Normalised form → (the token, its bigrams if it is a word that gets them, its bigrams if
# it gets them only when Sudachi does not know it); None for a token that is dropped.
_forms: dict[str, tuple] = {}
_FORMS_KEPT = 200_000  # (about 150 bytes each)


def _form(raw: str) -> tuple:
    form: str | None = raw
    if raw.isascii():
        form = raw.lower()
        if " " in form:  # tokens are stored space-separated
            form = form.replace(" ", "") or None
    elif raw[-1] == "ー" or "ヴ" in raw or "ヷ" in raw:
        form = fold_katakana(raw)
    known = unknown = ()
    if form is not None and len(form) > 2:
        if _GRAMMED.fullmatch(form):
            known = tuple(bigrams(form))
        elif _CJK.search(form):
            unknown = tuple(bigrams(form))
    if len(_forms) >= _FORMS_KEPT:
        _forms.clear()
    found = _forms[raw] = (form, known, unknown)
    return found


def tokens(text: str) -> list[str]:
    return analyse(text).tokens()


@dataclass(frozen=True)
class Term:
    """One term of a query: a phrase of tokens, with alternatives.

    `words` are the normalised forms; `alternate`, when it differs, the surface forms:
    Sudachi may read a word alone differently from the same word in a sentence (月次
    alone is normalised to 月並み), and the text was analysed in sentences. `grams` are the
    term's character bigrams, the fallback.
    """

    text: str
    words: tuple[str, ...]
    grams: tuple[str, ...] = ()
    negated: bool = False
    alternate: tuple[str, ...] = ()
    # In a plain-language query: which concept the term stands for, and how much it counts
    # (the user's own word 1.0; parts and synonyms less). Snippets use them.
    group: int = -1
    weight: float = 1.0

    @property
    def empty(self) -> bool:
        return not self.words and not self.grams

    @property
    def phrases(self) -> list[tuple[str, ...]]:
        return [p for p in (self.words, self.alternate) if p]


def _query_words(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Normalised and surface forms of the kept tokens of a query term."""
    tokenizer = _tokenizer()
    words: list[str] = []
    surfaces: list[str] = []
    for morpheme in tokenizer.tokenize(normalize(text)[:_CHUNK]):
        if morpheme.part_of_speech_id() in _excluded_pos:
            continue
        form = fold_katakana(morpheme.normalized_form().lower().replace(" ", ""))
        surface = fold_katakana(morpheme.surface().replace(" ", ""))
        if form:
            words.append(form)
            surfaces.append(surface or form)
    return tuple(words), tuple(surfaces)


def query_term(text: str, *, negated: bool = False) -> Term:
    words, surfaces = _query_words(text)
    folded = fold_katakana(normalize(text).strip())
    grams: tuple[str, ...] = ()
    # Bigrams of the whole term let it match inside a word of the text (リス in ジェイリス,
    # although Sudachi reads リス alone as 栗鼠). Queries use them only as a fallback.
    compact = "".join(folded.split())
    if len(compact) > 1 and _CJK.search(compact):
        grams = tuple(bigrams(compact))
    alternate = surfaces if surfaces != words else ()
    return Term(text=text, words=words, grams=grams, negated=negated, alternate=alternate)


def parse_query(query: str) -> list[Term]:
    """Whitespace separates terms (all must match); "…" or 「…」 quote a phrase with spaces;
    a leading - excludes a term. Each term matches as a phrase of its tokens."""
    terms: list[Term] = []
    for match in _QUOTED.finditer(unicodedata.normalize("NFKC", query)):
        quoted = match.group(1) if match.group(1) is not None else match.group(2)
        raw = quoted if quoted is not None else match.group(3)
        negated = False
        if quoted is None and raw.startswith("-") and len(raw) > 1:
            negated, raw = True, raw[1:]
        term = query_term(raw, negated=negated)
        if not term.empty:
            terms.append(term)
    return terms


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def display_form(text: str) -> str:
    """The text as snippets show it: NFKC-normalised, so that offsets of `match_spans` fit."""
    display = unicodedata.normalize("NFKC", text)
    # Lower-casing keeps offsets for everything but a few letters (İ); use the lower-cased
    # text in that rare case so that highlights never drift.
    return display if len(display.lower()) == len(display) else display.lower()


def match_spans(display: str, wanted: set[str]) -> list[Span]:
    """Offsets in `display` (see display_form) of tokens whose normalised form is wanted."""
    if not display or not wanted:
        return []
    tokenizer = _tokenizer()
    pairs = {unmark(w) for w in wanted if w.startswith(GRAM_MARK)}
    spans: list[Span] = []
    base = 0
    for chunk in _chunks(display.lower()):
        for morpheme in tokenizer.tokenize(chunk):
            form = morpheme.normalized_form().lower()
            if form and (form[-1] == "ー" or "ヴ" in form or "ヷ" in form):
                form = fold_katakana(form)
            if form in wanted:
                spans.append(Span(base + morpheme.begin(), base + morpheme.end()))
            elif pairs and morpheme.is_oov() and len(form) > 2:
                # A bigram of the query inside an unknown word: highlight that part.
                surface = morpheme.surface()
                for gram in pairs:
                    offset = surface.find(gram)
                    if offset >= 0:
                        begin = base + morpheme.begin() + offset
                        spans.append(Span(begin, begin + 2))
        base += len(chunk)
    return sorted(set(spans), key=lambda span: (span.start, span.end))
