"""Bytes to text: UTF-8, Shift_JIS/CP932 and EUC-JP minutes, with clear errors for the rest.

Municipal sites still publish Shift_JIS text and HTML, and people upload the wrong file
(a scanned image, a PDF, a Word document).  Those must fail with a message a clerk can act
on rather than produce a page of mojibake that then "parses" into nonsense.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes


class MinutesError(ValueError):
    """The input cannot be read as minutes (empty, binary, or undecodable text)."""


# Magic numbers of files people upload by mistake, with what to tell them.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"BM", "a BMP image"),
    (b"%PDF", "a PDF file (extract its text first)"),
    (b"PK\x03\x04", "a ZIP archive or Office document (save it as text first)"),
    (b"\xd0\xcf\x11\xe0", "a legacy Office document (save it as text first)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"RIFF", "a RIFF media file"),
)
_JAPANESE_ENCODINGS = ["utf_8", "cp932", "shift_jis", "euc_jp", "iso2022_jp"]


def decode_bytes(data: bytes) -> str:
    """Decode minutes bytes to text, stripping any BOM.

    UTF-8 is tried strictly first because it is by far the most common and unambiguous;
    otherwise charset-normalizer chooses among the Japanese encodings.  Shift_JIS guesses
    are decoded as CP932, its Windows superset, so ①, ㈱ and NEC kanji survive.
    Raises :class:`MinutesError` for empty input, known binary formats, NUL-laden data and
    text that no candidate encoding decodes cleanly.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise MinutesError(f"expected bytes, got {type(data).__name__}")
    data = bytes(data)
    if not data.strip():
        raise MinutesError("empty input: the file contains no text")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise MinutesError(f"input looks like {what}, not minutes text")
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec).lstrip("\ufeff"))
            except UnicodeDecodeError as exc:
                raise MinutesError(
                    f"input has a {codec} byte-order mark but is not valid "
                    f"{codec}: {exc.reason} at byte {exc.start}"
                ) from None
    if b"\x00" in data[:4096]:
        raise MinutesError("input looks like binary data (it contains NUL bytes), not minutes text")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=_JAPANESE_ENCODINGS).best()
    if best is None:
        return _checked(_strict_japanese(data))
    encoding = "cp932" if best.encoding in ("shift_jis", "cp932") else best.encoding
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        text = str(best)
    return _checked(text)


# Share of kana among the non-ASCII characters below which a strict decoding is taken for
# mojibake: Japanese prose is largely kana, while EUC-JP bytes read as CP932 (or the other
# way round) come out as kanji and half-width katakana nobody writes.
_MIN_KANA_SHARE = 0.15


def _strict_japanese(data: bytes) -> str:
    """CP932 or EUC-JP by strict decoding, for text charset-normalizer gave up on.

    charset-normalizer refuses some perfectly valid CP932 minutes as too "chaotic": a table
    drawn with box characters (┌─┬─┐, as Word and Ichitaro export them) is enough. A strict
    decoding that yields Japanese prose is then the answer; if neither does, the file is
    refused as before.
    """
    best_text, best_share = None, _MIN_KANA_SHARE
    for encoding in ("cp932", "euc_jp"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        share = _kana_share(text)
        if share >= best_share:
            best_text, best_share = text, share
    if best_text is None:
        raise MinutesError("could not decode input as UTF-8, Shift_JIS/CP932 or EUC-JP text")
    return best_text


def _kana_share(text: str) -> float:
    """Kana among the letters (kana, kanji, half-width katakana); symbols and spaces aside."""
    kana = letters = 0
    for c in text[:20000]:
        if "\u3041" <= c <= "\u30fa":
            kana += 1
            letters += 1
        elif "\u4e00" <= c <= "\u9fff" or "\uff61" <= c <= "\uff9f":
            letters += 1
    return kana / letters if letters else 0.0


# Control characters other than tab, newline, form feed and carriage return, and U+FFFD.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def _checked(text: str) -> str:
    """Reject decoded text that is mostly control characters or replacement marks."""
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise MinutesError("empty input: the file contains no text")
    sample = text[:20000]
    bad = len(_BAD_CHARS.findall(sample))
    if bad > max(3, len(sample) // 100):
        raise MinutesError(
            "input looks like binary data, not minutes text "
            f"({bad} control or undecodable characters in the first "
            f"{len(sample)})"
        )
    return text
