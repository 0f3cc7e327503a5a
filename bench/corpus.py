"""Synthetic national corpus of imported minutes, from the vocabulary and structure of the samples.

At scale 1: about 1,700 municipalities, 50,000 consultations and 1,000,000 utterances.

- The structure (meetings of a few items; an item's turns: the chair opens, the department
  explains, members ask and the department answers, members give opinions, the chair closes)
  and the proportions of questions, answers, opinions and other turns follow the samples.
- The text is made of the samples' own sentences, in which noun compounds are swapped for
  others drawn from a Zipf distribution: the compounds of the samples first, then a long tail
  of new compounds and unknown katakana names, so that the corpus has common words
  (個人情報, 委託), middling ones and rare ones, as real minutes do.

Pure Python (no Django): `generate()` yields meetings; `load()` (bench/search.py) stores them.
Deterministic for a given seed and scale.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import random
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "tests" / "samples" / "minutes"

UTTERANCES = 1_000_000
CONSULTATIONS = 50_000
MUNICIPALITIES = 1_700
ITEMS_PER_MEETING = 5
SWAP_PROBABILITY = 0.35
TAIL_COMPOUNDS = 60_000

_PLACE_KANJI = (
    "東西南北上下中大小新古高長広福松竹梅桜山川田野原島沢岡崎浜津井石森林宮江戸橋本宝富千"
    "万鶴亀青白金若朝日月星岩坂谷瀬池泉水和平安豊栄春秋吉住久留美緑清神尾寺前城春鹿熊犬"
)
_SUFFIXES = "市市市市区町町村"
_KATAKANA = (
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"
)
_KATAKANA_TAIL = ["ー", "ッ", "ン", "", "", ""]
_TITLE_ENDINGS = [
    "の導入",
    "業務委託",
    "の利用",
    "システムの構築",
    "について",
    "における個人情報の取扱い",
    "の外部結合",
    "に係る目的外利用",
    "の電子計算組織への記録",
    "事業の実施",
]
_GROUNDS = ["条例第16条", "条例第22条第1項", "条例第22条第2項", "条例第10条", "条例第11条"]
_OUTCOMES = [
    ("approved", 0.80),
    ("approved_with_opinion", 0.10),
    ("conditional", 0.05),
    ("continued", 0.04),
    ("rejected", 0.01),
]
_SENTENCE = re.compile(r"[^。？！?!]+[。？！?!]?")


@dataclass
class Utterance:
    role: str
    act: str
    speaker: str
    text: str


@dataclass
class Item:
    kind: str
    number: str
    title: str
    department: str
    grounds: list[str]
    outcome: str
    opinion: str
    followups: list[str]
    utterances: list[Utterance] = field(default_factory=list)


@dataclass
class Meeting:
    municipality: str
    council: str
    title: str
    date: datetime.date
    items: list[Item]


@dataclass
class Template:
    """A sample sentence cut at its noun compounds: text, slot, text, slot, …, text."""

    parts: list[str]

    @property
    def slots(self) -> int:
        return len(self.parts) // 2


class Vocabulary:
    """What the generator draws from, read once from the sample minutes."""

    def __init__(self, seed: int = 7) -> None:
        from shingikai.minutes.parser import parse_minutes_bytes
        from shingikai.search._tokenizer import _load

        dictionary = _load()
        self._tokenizer = dictionary.tokenizer("C")
        rng = random.Random(seed)
        self.sentences: dict[str, list[Template]] = {
            "question": [],
            "answer": [],
            "opinion": [],
            "other": [],
        }
        self.titles: list[str] = []
        self.departments: list[str] = []
        self.opinions: list[str] = []
        self.followups: list[str] = []
        self.speakers: list[str] = []
        counts: Counter[str] = Counter()
        for path in sorted(SAMPLES.glob("*.txt")):
            parsed = parse_minutes_bytes(path.read_bytes(), path.name)
            for item in parsed["items"]:
                if item.get("kind") == "consultation":
                    self.titles.append(item["title"])
                if item.get("department"):
                    self.departments.append(item["department"])
                if item.get("opinion"):
                    self.opinions.extend(_sentences(item["opinion"]))
                self.followups.extend(item.get("followups") or [])
                for turn in item.get("utterances") or []:
                    if turn.get("speaker"):
                        self.speakers.append(turn["speaker"])
                    for sentence in _sentences(turn["text"]):
                        template = self._template(sentence, counts)
                        self.sentences[turn["act"]].append(template)
        common = [word for word, _ in counts.most_common()]
        tail = _tail(common, rng)
        self.compounds = common + tail
        # Zipf: the n-th compound is drawn in proportion to 1/n.
        self._cumulative = list(
            itertools.accumulate(1 / n for n in range(1, len(self.compounds) + 1))
        )
        self.common_count = len(common)
        self.common = set(common)
        self.speakers = sorted(set(self.speakers)) or ["委員"]
        self.departments = sorted(set(self.departments))
        self.topics = [w for w in common if len(w) >= 3][:400]

    def _template(self, sentence: str, counts: Counter[str]) -> Template:
        parts: list[str] = []
        text, run = [], []
        for morpheme in self._tokenizer.tokenize(sentence):
            pos = morpheme.part_of_speech()
            if pos[0] == "名詞" and pos[1] in {"普通名詞", "固有名詞"} and not morpheme.is_oov():
                run.append(morpheme.surface())
                continue
            if run:
                compound = "".join(run)
                counts[compound] += 1
                parts.extend(["".join(text), compound])
                text, run = [], []
            text.append(morpheme.surface())
        if run:
            compound = "".join(run)
            counts[compound] += 1
            parts.extend(["".join(text), compound])
            text = []
        parts.append("".join(text))
        return Template(parts)

    def compound(self, rng: random.Random) -> str:
        point = rng.random() * self._cumulative[-1]
        return self.compounds[bisect.bisect_left(self._cumulative, point)]

    def expected_share(self, rank: int) -> float:
        """Probability that one swap draws the compound of this rank (0-based)."""
        return (1 / (rank + 1)) / self._cumulative[-1]


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if len(s.strip()) > 4]


def _tail(common: list[str], rng: random.Random) -> list[str]:
    """New compounds (two sample compounds joined) and unknown katakana names."""
    seen = set(common)
    tail: list[str] = []
    short = [w for w in common if 2 <= len(w) <= 4] or common
    while len(tail) < TAIL_COMPOUNDS:
        if rng.random() < 0.7:
            word = rng.choice(short) + rng.choice(short)
        else:
            length = rng.randint(3, 6)
            word = "".join(rng.choice(_KATAKANA) for _ in range(length)) + rng.choice(
                _KATAKANA_TAIL
            )
        if word not in seen:
            seen.add(word)
            tail.append(word)
    return tail


def municipalities(count: int, rng: random.Random) -> list[str]:
    names = ["足立区", "東村山市", "市川市"]
    seen = set(names)
    while len(names) < count:
        name = rng.choice(_PLACE_KANJI) + rng.choice(_PLACE_KANJI) + rng.choice(_SUFFIXES)
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names[:count]


class Generator:
    def __init__(self, scale: float = 1.0, seed: int = 1, vocabulary: Vocabulary | None = None):
        self.scale = scale
        self.rng = random.Random(seed)
        self.vocabulary = vocabulary or Vocabulary()
        self.consultations = max(3, round(CONSULTATIONS * scale))
        self.utterances = max(20, round(UTTERANCES * scale))
        self.municipality_names = municipalities(max(3, round(MUNICIPALITIES * scale)), self.rng)
        # How often each compound of the long tail was used: the benchmark takes its rare
        # query terms from here.
        self.tail_counts: Counter[str] = Counter()

    def text(self, act: str, sentences: int) -> str:
        vocabulary, rng = self.vocabulary, self.rng
        pool = vocabulary.sentences[act] or vocabulary.sentences["other"]
        out: list[str] = []
        for _ in range(sentences):
            parts = rng.choice(pool).parts
            for index, part in enumerate(parts):
                if index % 2 and rng.random() < SWAP_PROBABILITY:
                    part = vocabulary.compound(rng)
                    if part not in vocabulary.common:
                        self.tail_counts[part] += 1
                out.append(part)
        return "".join(out)

    def item(self, number: int, turns: int) -> Item:
        rng, vocabulary = self.rng, self.vocabulary
        if rng.random() < 0.15:
            title = rng.choice(vocabulary.titles)
        else:
            title = (
                vocabulary.compound(rng)
                + rng.choice(vocabulary.topics)
                + rng.choice(_TITLE_ENDINGS)
            )
        outcome = _weighted(rng, _OUTCOMES)
        opinion = ""
        if outcome in {"approved_with_opinion", "conditional"}:
            opinion = self.text("opinion", rng.randint(1, 2))
        followups = [self.text("opinion", 1) for _ in range(rng.choice([0, 0, 0, 0, 0, 1, 2]))]
        department = (
            rng.choice(vocabulary.departments)
            if rng.random() < 0.5
            else vocabulary.compound(rng)[:6] + "課"
        )
        item = Item(
            kind="consultation",
            number=f"諮問第{number}号",
            title=title,
            department=department,
            grounds=[rng.choice(_GROUNDS)],
            outcome=outcome,
            opinion=opinion,
            followups=followups,
        )
        item.utterances = self.turns(turns)
        return item

    def turns(self, count: int) -> list[Utterance]:
        rng = self.rng
        turns = [Utterance("chair", "other", "会長", self.text("other", 1))]
        if count > 1:
            turns.append(
                Utterance("department", "other", "課長", self.text("other", rng.randint(2, 6)))
            )
        while len(turns) < count - 1:
            speaker = rng.choice(self.vocabulary.speakers)
            roll = rng.random()
            if roll < 0.62:
                turns.append(
                    Utterance(
                        "member", "question", speaker, self.text("question", rng.randint(1, 3))
                    )
                )
                if len(turns) < count - 1:
                    turns.append(
                        Utterance(
                            "department", "answer", "課長", self.text("answer", rng.randint(1, 3))
                        )
                    )
            elif roll < 0.85:
                turns.append(
                    Utterance("member", "opinion", speaker, self.text("opinion", rng.randint(1, 3)))
                )
            else:
                turns.append(Utterance("member", "other", speaker, self.text("other", 1)))
        if count > 2:
            turns.append(Utterance("chair", "other", "会長", self.text("other", 1)))
        return turns[:count]

    def meetings(self) -> Iterator[Meeting]:
        rng = self.rng
        per_item = self.utterances / self.consultations
        start = datetime.date(2005, 4, 1).toordinal()
        end = datetime.date(2024, 3, 31).toordinal()
        numbers: dict[str, int] = {}
        made, utterances = 0, 0
        while made < self.consultations:
            municipality = self.municipality_names[made % len(self.municipality_names)]
            date = datetime.date.fromordinal(rng.randint(start, end))
            size = min(
                self.consultations - made, rng.randint(ITEMS_PER_MEETING - 2, ITEMS_PER_MEETING + 2)
            )
            items = []
            for _ in range(size):
                made += 1
                # Keep the running total on target: draw around the mean, then correct.
                remaining = self.consultations - made + 1
                target = (self.utterances - utterances) / remaining
                turns = max(2, round(rng.uniform(0.4, 1.6) * min(target, per_item * 1.5)))
                if remaining == 1:
                    turns = max(2, self.utterances - utterances)
                numbers[municipality] = numbers.get(municipality, 100) + 1
                items.append(self.item(numbers[municipality], turns))
                utterances += len(items[-1].utterances)
            if rng.random() < 0.3:
                report = Item(
                    "report",
                    "",
                    rng.choice(self.vocabulary.topics) + "について",
                    rng.choice(self.vocabulary.departments),
                    [],
                    "unknown",
                    "",
                    [],
                )
                report.utterances = [
                    Utterance("secretariat", "other", "事務局", self.text("other", 2))
                ]
                items.append(report)
            yield Meeting(
                municipality=municipality,
                council="個人情報保護審議会",
                title=f"第{rng.randint(1, 6)}回{municipality}個人情報保護審議会",
                date=date,
                items=items,
            )


def _weighted(rng: random.Random, choices: list[tuple[str, float]]) -> str:
    point, total = rng.random(), 0.0
    for value, weight in choices:
        total += weight
        if point < total:
            return value
    return choices[-1][0]


def generate(scale: float = 1.0, seed: int = 1) -> Iterator[Meeting]:
    yield from Generator(scale, seed).meetings()


if __name__ == "__main__":
    import sys
    import time

    started = time.perf_counter()
    chars = items = turns = 0
    for meeting in generate(float(sys.argv[1]) if len(sys.argv) > 1 else 0.01):
        for item in meeting.items:
            items += 1
            turns += len(item.utterances)
            chars += sum(len(u.text) for u in item.utterances)
    print(
        f"items {items} utterances {turns} chars {chars} in {time.perf_counter() - started:.1f} s"
    )
