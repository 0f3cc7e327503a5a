"""Layout vocabulary as data: what marks a line as noise, a speaker label, a header field.

The layout stage (``_layout.py``) classifies every line with these tables and rewrites the
layouts it recognises into the canonical forms the later stages read. A council whose
minutes bracket speakers differently, or whose web site adds another kind of furniture,
needs a new row here, not new code. The generated corpus (``tests/generator.py``) varies
every feature listed in these tables; its tests fail when a row stops being honoured.

All strings are after ``normalize_chars`` (full-width ASCII folded: ``（`` is ``(``).
"""

from __future__ import annotations

# --- noise: whole lines of web-page or PDF furniture -------------------------------------
NOISE_LINES: tuple[str, ...] = (
    r"ページの先頭(?:です|へ(?:戻る)?)?",
    r"(?:メニューを飛ばして)?本文へ(?:移動|スキップ)?",
    r"メニューを飛ばして.*",
    r"(?:このページの)?(?:先頭|トップ)へ(?:戻る)?",
    r"(?:最終)?更新日\s*[:：]?\s*(?:\d{4}年|令和|平成).{0,20}",
    r"(?:掲載|公開|登録)日\s*[:：]\s*(?:\d{4}年|令和|平成).{0,20}",
    r"Adobe\s*(?:Acrobat\s*)?Reader.{0,40}",
    r"PDF(?:形式の)?ファイルを(?:ご覧|閲覧).{0,60}",
    r"このページに関する(?:お問い合わせ|お問合せ|アンケート).{0,20}",
    r"このページの情報は役に立ちましたか.{0,20}",
    r"(?:印刷|文字サイズ|背景色|ふりがな|読み上げ|サイトマップ|English|Foreign language)"
    r"(?:\s+\S{1,10}){0,6}",
    # (the site's name may lead: 「青砥区ホーム > 区政情報 > …」)
    r"[^\s>›»/]{0,12}(?:ホーム|トップページ|TOP)\s*[>›»/].*",
    r"現在(?:の)?(?:位置|ページ)\s*[:：]?.*",
    r"ページ(?:番号|ID)\s*[:：]\s*[A-Za-z]{0,3}\d+",
    r"印刷用ページを表示する|このページを印刷する|ページを印刷",
    r"(?:Tweet|ツイート|シェア|いいね！?)(?:\s+\S{1,10}){0,4}",
    r"\[?\s*[\d,]+\s*[KM]B\s*(?:PDF|Word|Excel)?\s*ファイル\s*\]?",
    r"現在地\s*[:：]?.*",
    r"PDF(?:形式の)?(?:ファイル|文書)を(?:ご覧|閲覧|開く|表示|見る).{0,80}",
    r".{0,40}Adobe\s*(?:Acrobat\s*)?Reader.{0,60}",
    r"(?:Copyright|\(C\)|©).{0,100}",
    r"(?:SNS|Facebook|X|LINE)?で?(?:シェア|共有)(?:する)?",
    r"前のページ(?:に|へ)戻る|ページ(?:の)?(?:トップ|先頭|上)へ(?:戻る)?",
    r"関連(?:情報|リンク|ページ|ファイル)|ダウンロード|閉じる|ID\s*[:：]\s*\d+",
    # a contact line of the page: 「総務課 情報公開係 電話：0123-45-6789」
    r".{0,40}(?:電話|TEL|Tel|FAX|ファクス)(?:番号)?\s*[:：]?\s*\d{2,5}[-‐(]\d{1,4}[-‐)]\d{3,4}.{0,40}",
)
# A page's footer starts here: what follows is the site's, not the minutes'.
FOOTER_STARTS: tuple[str, ...] = (
    r"このページに関する(?:お問い合わせ|お問合せ).{0,20}",
    r"このページの作成担当.{0,20}",
    r"より良いウェブサイトにするために.{0,30}",
)
# A table drawn with box characters: rule lines are furniture, bars separate cells.
BOX_RULES = "─━┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋═╔╗╚╝╠╣╦╩╬"
BOX_BARS = "│┃║"
# A closing mark of the minutes when it is the last text line.
END_MARKS: tuple[str, ...] = ("以上", "(以上)", "了", "―以上―", "-以上-")
# Removed inside a line: file-size notes after a document link.
INLINE_NOISE: tuple[str, ...] = (
    r"\s*[\[(]\s*[\d,.]+\s*[KM]B(?:\s*(?:PDF|Word|Excel)(?:ファイル)?)?\s*[\])]",
    r"\s*[\[(]\s*(?:PDF|Word|Excel)(?:形式)?(?:ファイル)?\s*[:：,、/]?\s*[\d,.]+\s*[KM]B\s*[\])]",
)
# Words of a site's global menu; a line made only of such words is a menu.
MENU_WORDS: tuple[str, ...] = (
    "暮らし",
    "くらし",
    "手続き",
    "子育て",
    "教育",
    "健康",
    "福祉",
    "市政",
    "町政",
    "区政",
    "村政",
    "情報",
    "観光",
    "文化",
    "事業者",
    "産業",
    "防災",
    "安全",
    "ホーム",
    "トップ",
    "組織",
    "施設",
    "イベント",
    "よくある質問",
    "お知らせ",
    "サイトマップ",
    "アクセシビリティ",
    "プライバシー",
    "環境",
    "まちづくり",
)

# --- speaker labels --------------------------------------------------------------------------
# Brackets that may enclose a speaker label, alone on its line or before the words.
SPEAKER_BRACKETS: tuple[tuple[str, str], ...] = (
    ("【", "】"),
    ("‹", "›"),
    ("<", ">"),
    ("(", ")"),
    ("〈", "〉"),
    ("《", "》"),
    ("[", "]"),
    ("≪", "≫"),
    ("«", "»"),
    ("〔", "〕"),
)
# Marks that may precede a label.
SPEAKER_MARKS = "○〇◯●◆◇◎■□▲△☆★▼▽◉♦▶▷►◈*"
# A label ends in one of these (with or without a name in front).
SPEAKER_ENDINGS: tuple[str, ...] = (
    "会長",
    "副会長",
    "委員長",
    "副委員長",
    "議長",
    "委員",
    "会長職務代理",
    "職務代理者",
    "職務代理",
    "課長",
    "係長",
    "部長",
    "室長",
    "所長",
    "館長",
    "局長",
    "次長",
    "参事",
    "主幹",
    "主査",
    "主任",
    "主事",
    "課長補佐",
    "課長代理",
    "担当",
    "担当者",
    "担当課",
    "説明者",
    "説明員",
    "事務局",
    "事務局長",
    "センター長",
    "園長",
    "校長",
    "理事",
    "実施機関",
    "幹事",
    "部会長",
    "書記",
    "司会",
    # staff named by their profession (「健康福祉課保健師」, 「学校給食センター栄養士」)
    "保健師",
    "技師",
    "栄養士",
    "社会福祉士",
    "専門員",
    "相談員",
)
# A label may carry its unit in brackets after the role: 実施機関(税務課), 事務局(総務課).
SPEAKER_UNIT_ROLES: tuple[str, ...] = ("実施機関", "事務局", "説明者", "説明員", "担当課")
# Bracketed words that are never speakers: sections, decisions, notes, stage directions.
NOT_SPEAKER: tuple[str, ...] = (
    "説明",
    "質疑",
    "意見",
    "結論",
    "結果",
    "審議結果",
    "附帯意見",
    "付帯意見",
    "条件",
    "敬称略",
    "五十音順",
    "順不同",
    "概要",
    "要旨",
    "案",
    "参考",
    "資料",
    "以上",
    "質疑応答",
    "主な意見",
    "審議会意見",
    "答申",
    "報告",
    "諮問",
    "異議なし",
)

# --- outcomes -----------------------------------------------------------------------------------
# Stage directions that approve an item when nothing else states the decision.
ASSENT_STAGE: tuple[str, ...] = (
    "異議なし",
    "異議無し",
    "異議なしの声",
    "全員賛成",
    "賛成全員",
    "各委員了承",
    "委員全員了承",
    "全員了承",
    "一同了承",
    "各委員異議なし",
    "全委員異議なし",
)

# What may stand between a narrated ruling's subject and its verb, whichever way the subject
# is named: by whom (「各委員に」), as worded (「原案のとおり」, 「報告のとおり」) or with what
# attached (「附帯意見を付して」).
_RULED_BY = r"(?:[^。、]{1,10}?(?:に|から|により)[、,]?\s*)?"
_RULED_AS = (
    # after what was done first: 「修正の上、原案のとおり」, 「字句を改めた上で、」
    r"(?:[^。、]{1,12}?(?:の上|のうえ|上で|うえで)[、,]?\s*)?"
    r"(?:[^。、]{1,8}(?:のとおり|どおり|の通り)[、,]?"
    r"|[^。]{1,16}?(?:を付して|を付け|付きで)[、,]?)?"
)
_RULED_VERB = (
    r"(?:(?:了承|承認|可決|否決)(?:され|し)|(?:不承認|継続審議|継続審査|継続)と(?:され|し|なっ|なり))"
    r"(?:た|ました)"
    # 「本件は、原案のとおり承認することに決定した。」
    r"|(?:了承|承認|不承認と)すること(?:に|と)(?:決定|決)し(?:た|ました)"
)

# The minutes' own narration of a decision, in whatever paragraph it ends up.
NARRATED_RESULTS: tuple[str, ...] = (
    # 「本報告は、各委員に了承された。」, 「報告は原案のとおり了承された。」
    r"本?(?:報告|諮問|本件|原案|本諮問)(?:が|は|について(?:は)?)[、,]?\s*"
    + _RULED_BY
    + _RULED_AS
    + _RULED_VERB,
    # the passive narration of an item named by its own number, ruled as worded or not:
    # 「報告第2号は報告のとおり了承された。」, 「議案第3号は、原案どおり可決された。」,
    # 「諮問第4号は附帯意見を付して承認された。」, and of
    # the minutes themselves: 「前回の会議録（案）は原案のとおり承認された。」
    # (or by its ordinal: 「報告事項(1)について、了承された。」, 「議題2は、承認された。」)
    r"(?:(?:諮問|報告|議案)第\d+号|(?:会議|議事)?(?:録|要録|記録)(?:\(案\))?"
    r"|(?:報告事項|諮問事項|審議事項|報告|議題|案件)\s*(?:\(\d{1,2}\)|\d{1,2}))"
    r"(?:は|が|について(?:は)?)[、,]?\s*" + _RULED_BY + _RULED_AS + _RULED_VERB,
    # the narrator's voice, whoever's paragraph the sentence ends up in: 「採決の結果、…」,
    # 「会長が諮ったところ、…」, 「異議なく承認された。」, 「…答申することに決した。」
    # (after a clause of its own: 「以上の質疑の後、会長が本件について…か諮ったところ、」)
    r"^(?:[^。]{0,24}?[、,]\s*)?(?:採決|挙手|会長(?:が|から|より)[^。]{0,60}?諮った|諮った|お諮りした)"
    r"(?:の)?(?:結果|ところ)",
    # (「全員異議なく、原案どおり了承された。」: what it was ruled as may come between)
    r"(?:異議なく|全員一致で|賛成多数で|賛成少数で|満場一致で|全会一致で)[、,]?\s*"
    r"(?:[^。、]{1,12}(?:のとおり|どおり|の通り)[、,]?)?"
    r"(?:承認|了承|可決|否決|不承認と|継続審議と|継続と)(?:され|し|な)",
    r"(?:挙手|賛成)(?:多数|全員)(?:により|で)[、,]?\s*(?:承認|了承|可決|否決)(?:され|し)",
    r"異議なく決定し(?:た|ました)",
    # 「結論は次回に持ち越すこととなった。」
    r"(?:持ち越す|継続審議とする|継続する|(?:継続して|再度|改めて|引き続き|次回に?)審議する)"
    r"こと(?:と|に)(?:なっ|し)た",
    r"(?:承認|了承|可決)されなかった",
    r"(?:に|と)決した。?$",
    # 「（異議なし） 以上により、…を条件に承認された。」: after the floor's answer, too
    r"^(?:[(（][^()（）]{1,12}[)）]\s*)?以上(?:により|の(?:結果|審議により|とおり)|から)[、,]",
    # 「…が諮られ、各委員了承した。」: the members' assent told by the narrator
    r"(?:各委員|委員全員|委員一同|全委員|出席委員)(?:が|は|とも)?(?:これを)?(?:了承|承認)(?:し|され)(?:た|ました)",
    # 「…原案のとおり答申することとした。」, 「…との附帯意見を付すこととした。」
    # (「…こととしたいと思います」 proposes; the chair's proposal is read as speech)
    r"(?:答申|承認|了承)することと(?:した|なった|された)(?!い)",
    r"(?:意見|条件|要望)を付(?:す|する|して答申する)こととした(?!い)",
    # a report's acceptance told with no subject: 「報告のとおり了承された。」, 「以上の報告を了承
    # した。」 (「報告を了承していただきました」 thanks the council; it tells no ruling)
    r"^報告の?(?:とおり|どおり|通り)(?:了承|承認)(?:され|し)(?:た|ました)",
    r"^(?:以上の|本|この)?報告を(?:了承|承認)(?:し|され)(?:た|ました)",
    # 「以上の報告について、委員から異議はなく、了承した。」
    r"異議(?:は|も)?(?:なく|ない(?:ため|ので))[、,]?\s*(?:了承|承認|可決)(?:され|し)(?:た|ました)",
    # 「総務課長から報告があり、了承された。」: the report told, then its acceptance
    r"報告が?あり[、,]\s*(?:[^。]{0,16}?の後[、,]\s*)?(?:了承|承認)(?:され|し)(?:た|ました)",
    # 「報告内容について、全委員了承。」: the members' assent in a noun-ended note
    r"[、,]\s*(?:各委員|委員全員|委員一同|全委員|出席委員)(?:とも)?(?:了承|承認)。?$",
)

# The floor's assent told by the narrator: 「各委員から『異議なし』との発言があった」.
NARRATED_ASSENT: tuple[str, ...] = (
    r"「?異議(?:なし|無し)」?\s*(?:と|の)(?:の)?(?:発言|声|意見|返答|回答)(?:が|も)?(?:あ|出)",
    r"(?:各委員|委員全員|全委員|出席委員)(?:から|とも|より)?(?:「)?異議(?:なし|無し|なく)",
    # 「…諮ったところ、異議はなかった。」
    r"(?:諮った|お諮りした)ところ[、,]\s*(?:委員から)?(?:の)?異議(?:は|が)?(?:なかった|ありませんでした)",
)
# A deferral however it is worded (read before an approval word in the same sentence:
# 「次回に再度説明を受けることとし、各委員これを了とした」 is continued, not approved).
CONTINUED_PHRASES: tuple[str, ...] = (
    # (「次回の審議会で改めて報告してください」 asks for a report; the item is decided)
    r"次回(?:の会議|の審議会)?(?:に|で)?(?:再度|改めて)(?!(?:御|ご)?(?:報告|説明)(?:して|を(?:求|お願|して)))",
    r"(?:再度|改めて)(?:説明|報告)を受け",
    r"結論を(?:持ち越|先送り|次回)",
    # 「本件は次回へ継続となった」, 「次回に継続とする」: continued to the next meeting
    r"次回(?:へ|に|まで)?(?:の(?:審議会|会議)(?:へ|に))?継続",
    # 「次回、引き続き審議することとします」 (「引き続き、次の議題の審議に入ります」 moves on)
    r"次回[^。]{0,10}?引き続き(?:審議|審査)|引き続き(?:審議|審査)(?:すること|とし|を行う)",
)

# What else a council calls the opinion it attaches to an approval, besides 附帯意見 / 意見 /
# 要望: 「留意事項を付して承認」, 「次の要望事項を付して承認」.
OPINION_NAMES: tuple[str, ...] = ("留意事項", "要望事項", "指摘事項", "申し添え事項", "申入れ事項")

# A past opinion spoken of, not one attached now: 「附帯意見への対応の状況は…」,
# 「前回の附帯意見の趣旨に沿って…」.
OPINION_REFERENCES: tuple[str, ...] = (
    r"(?:附帯|付帯)意見(?:へ|に対する|に対して|に係る|に関する|の趣旨|の対応|の内容|を踏まえ|に沿|の件)",
    r"(?:前回|以前|過去)の?(?:審議会の)?(?:附帯|付帯)意見",
)

# --- header ---
# Document-type words after a title (a running header may print another one).
DOC_TYPES: tuple[str, ...] = (
    "会議の要旨",
    "会議の概要",
    "会議の記録",
    "議事概要",
    "会議録",
    "議事録",
    "会議要録",
    "要録",
    "会議記録",
    "会議概要",
    "会議要旨",
    "議事要旨",
    "記録",
)
# Marks that open a header field inside a long 要録 line: ``● 日時 … ● 場所 …``.
FIELD_MARKS = "●■◆◇○〇◯◎・□▽▼★☆▲△◉♦▶▷"

# What may stand between a header label and its value besides a colon, a tab or spaces:
# dot leaders (「日時…………」, 「場所・・・・」, 「会場.....」), a rule (「会場――」), or a bar
# (「会議名｜…」, a flattened table row).  A bar counts only after a known label.
LABEL_LEADERS = r"(?:[…‥]{2,}|[・･.]{3,}|[―\-ｰー]{3,})"
LABEL_BARS = r"\|"
# Words standing for the 午前/午後 of the start time in a time range: 「午後1時30分～同3時」.
TIME_SAME_AS_START: tuple[str, ...] = ("同", "同日")

# One-character counters of the enclosed and number-form blocks, each series in its order.
ENCLOSED_SERIES: tuple[str, ...] = (
    "".join(chr(c) for c in range(0x3220, 0x322A)),  # ㈠ … ㈩
    "".join(chr(c) for c in range(0x3280, 0x328A)),  # ㊀ … ㊉
    "".join(chr(c) for c in range(0x2170, 0x217A)),  # ⅰ … ⅹ
    "".join(chr(c) for c in range(0x249C, 0x24B6)),  # ⒜ … ⒵
    "".join(chr(c) for c in range(0x32D0, 0x32DA)),  # ㋐ … ㋙ (ア … コ)
)
ENCLOSED_COUNTERS = "".join(ENCLOSED_SERIES)

# --- agenda ------------------------------------------------------------------------------------
# Words that, followed by a number, are an agenda ordinal: 審議1, 議題1, 報告2.
ORDINAL_WORDS: tuple[str, ...] = ("議題", "審議", "報告", "案件", "議事", "協議", "諮問", "議案")

# More shapes of an agenda ordinal, each kept as printed (a trailing 「.」「、」 goes).  A
# named group ``ord`` is the ordinal when a word in front only says the kind: 諮問事項第1 is
# the item 第1 of the consultations.  Each must be followed by a space or the title.
ORDINAL_SHAPES: tuple[str, ...] = (
    r"\d{1,2}[-‐ー－]\d{1,2}",  # 1-1, 2-1: section and item
    r"\d{1,2}\)",  # 1)
    r"\([アイウエオカキクケコサシスセソ]\)",  # (ア)
    r"\([一二三四五六七八九十]{1,3}\)",  # (一)
    # 一、 / 一 諮問第8号 / 四 報告 … (a kanji ordinal then a space only before a number or kind)
    r"[一二三四五六七八九十]{1,3}(?=[、.]|\s+(?:諮問|報告|審議|議案|協議)(?:事項)?\s|\s+(?:諮問|報告|審議|議案|協議)?第)",
    r"[\u2474-\u2487]",  # ⑴ (parenthesised digit, one character)
    # other one-character counters of the enclosed and number-form blocks: ㈠ (parenthesised
    # ideograph), ㊀ (circled ideograph), ⅰ (small Roman numeral), ⒜ (parenthesised small
    # letter), ㋐ (circled katakana)
    rf"[{ENCLOSED_COUNTERS}]",
    # A B C (a capital alone, then a space) / A. B、 (then a full stop, as 3. is; not A.B.)
    r"[A-Z](?=\s|[.、](?![A-Za-z0-9.]))",
    r"No\.?\s?\d{1,2}",  # No.1
    r"[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]",  # Ⅰ
    r"その\d{1,2}",  # その1
    r"日程第\d{1,2}",  # 日程第1
    r"(?:諮問事項|報告事項|審議事項|協議事項|確認事項)\d{1,2}",  # 審議事項1
    # 第1 / 第1件 / 第2項: a counter word after the ordinal is part of it
    # 第1議題 / 第2議案: the counter is a word naming the entry
    r"(?:諮問事項|報告事項|審議事項|協議事項|確認事項|議題)?"
    r"(?P<ord>第\d{1,2}(?:件|項|番|議題|議案|案件)?)(?![0-9号回])",
)

# A sentence counting the conditions or opinions before they are listed: 「条件は2点です。」.
LIST_COUNT_SENTENCE = (
    r"[^。\n]{0,8}?\d+\s*(?:点|項目|つ)(?:です|でございます|あります|となります|である|とする)?。"
)

# Marks that open one entry of a listed condition or opinion: ・, (1), 1., (ア), 一, ①.
LIST_ITEM_MARKS: tuple[str, ...] = (
    r"・",
    r"\(\d{1,2}\)",
    r"\d{1,2}[.、)]",
    r"\d{1,2} (?=\S)",  # 1　…こと。 (a number set off by a space)
    r"\([アイウエオカキクケコ]\)",
    r"[アイウエオカキクケコ][.、 ]",
    r"\([一二三四五六七八九十]{1,2}\)",
    r"[一二三四五六七八九十]{1,2}[ 、.]",
    r"[\u2460-\u2473]",
    r"[A-Za-z][ .、)]",  # a / b, A. / B.
    r"\((?:[ivx]{1,4}|[a-z])\)",  # (i) (ii), (a) (b)
    r"[\u2160-\u217f]",  # Ⅰ Ⅱ ⅰ ⅱ (Roman numeral forms)
)

# Words printed after an item's own number and part of it: 第1号議案.
NUMBER_TAILS: tuple[str, ...] = ("議案",)
# Circled ordinals of an agenda list (kept as printed: ③ is not 3).
CIRCLED_ORDINALS: tuple[str, ...] = tuple(chr(c) for c in range(0x2460, 0x2474))
# A bracketed word after a title that names the item's kind: 「…について（報告）」.
KIND_MARKS: dict[str, str] = {
    "報告": "report",
    "報告事項": "report",
    "諮問": "consultation",
    "諮問事項": "consultation",
    "審議": "consultation",
    "審議事項": "consultation",
    "確認": "confirmation",
}
# The kind of an agenda item that names no kind (議題1, 案件1, 第1号議案 …について): a council
# of this field deliberates on what it is asked, so an unmarked agenda entry is a consultation.
DEFAULT_ITEM_KIND = "consultation"

# An agenda entry standing for the rows of a table: 「諮問第31号から第34号まで（下表のとおり）」.
TABLE_REFERENCES: tuple[str, ...] = (
    # 「第31号から第34号まで」, or the first number and how many more: 「第41号ほか2件」
    # (or two named: 「第52号及び第53号」, 「第52号、第53号」)
    r"(?:諮問|報告)?第\d+号(?:(?:から|~|ないし|及び|および|、|・)(?:(?:諮問|報告)?第)?\d+号(?:まで)?"
    r"|(?:ほか|外)\d+件)"
    r".{0,6}?"
    # 下表 / 下の表 / 次の一覧 / 別紙一覧 / 下記一覧 / 一覧表 / 別表: a pointing word, then 表 or
    # 一覧 or nothing, or a list named alone; then のとおり or 参照
    r"(?:(?:下|次|別|以下|下記|左|右)の?(?:表|一覧)|別紙|以下|下記|次|一覧表?|別表|表)(?:の?(?:表|一覧))?"
    r"(?:の?(?:とおり|通り)|を?参照)\)?",
)
# How a department's name ends, as a table cell or after a title (住宅課, 中央図書館).
UNIT_ENDINGS: tuple[str, ...] = ("課", "係", "室", "センター", "館", "所", "局", "部")
# Header cells of such a table (the row is dropped once its rows are agenda entries).
TABLE_HEADER_WORDS: tuple[str, ...] = ("番号", "件名", "諮問番号", "担当課", "所管課", "案件名")

# A sentence moving the meeting on to an item (read where no heading opens the item).
ITEM_INTRODUCTIONS: tuple[str, ...] = (
    r"^(?:次に|続いて|続きまして|では|それでは|最後に|引き続き)",
    r"(?:説明|報告)を(?:お願い|求め|願い)",
    r"(?:審議|議事|報告)に(?:入り|移り|入ります|移ります)",
)

# Words that head a group of agenda entries by kind.
SECTION_WORDS: tuple[str, ...] = ("諮問事項", "報告事項", "審議事項", "協議事項", "確認事項")

# --- attendance ---------------------------------------------------------------------------------
# Notes printed with member lists; not names.
MEMBER_NOTES: tuple[str, ...] = (
    # a longer note in brackets naming the order or the honorifics:
    # (会長・副会長のほかは五十音順、敬称略), (以下名簿順)
    r"\([^()]{0,30}(?:敬称略|五十音順|順不同|名簿順)[^()]{0,30}\)",
    r"(?:(?:委員)?(?:定数|総数|定員|現員)\s*)?\d+\s*[名人]\s*中\s*\d+\s*[名人](?:\s*(?:が|の)?出席)?",
    # names withheld: (氏名省略), 氏名は非公表
    r"\(?(?:氏名|名前|委員名)(?:は|を)?(?:省略|非公表|非公開|略)\)?",
    r"\(?敬称略\)?",
    r"\(?五十音順\)?",
    r"\(?順不同\)?",
    r"\(?名簿順\)?",
    # which items an official came for: (議題(1)), (議題2関係), (諮問第5号のみ)
    r"\((?:議題|案件|審議)\s*\(?\d{1,2}\)?(?:関係|のみ)?\)",
    # who of them came online, in a bracket after the list or a note under it:
    # 「※柚原委員及び綿貫委員は、Web会議システムにより出席」
    r"※?[^()\n]{1,40}(?:は|が)[、,]?\s*(?:Web|WEB|ウェブ|オンライン|リモート)(?:会議)?(?:システム)?"
    r"(?:により|による|で)[^()\n]{0,6}(?:出席|参加)",
    # who of them came online, in a bracket after the list: (うち宇佐美委員、柳沢委員は
    # オンラインによる出席)
    r"\((?:うち)?[^()]{1,60}(?:は|が)(?:Web|WEB|ウェブ|オンライン|リモート)[^()]{0,12}(?:出席|参加)\)",
    r"\(?(?:Web|WEB|ウェブ|オンライン|リモート)(?:会議)?(?:による)?(?:出席|参加)\)?",
    r"[\[(](?:Web|WEB|web|ウェブ|オンライン|リモート)(?:会議)?(?:出席|参加)?[\])]",  # [Web] (Web)
    # a head count with its verb or the council's size: 8名出席, (委員定数9名), (総数10人)
    r"\d+\s*[名人]\s*(?:が|の)?(?:出席|参加)",
    r"\((?:委員)?(?:定数|総数|定員|現員)\s*\d+\s*[名人]\)",
    # the same unbracketed, and the verb before the count: 委員定数9名、出席8名
    r"(?:委員)?(?:定数|総数|定員|現員)\s*\d+\s*[名人]",
    r"(?:出席|欠席|参加)\s*[:：]?\s*\d+\s*[名人]",
    r"\(?\d+名\)?",
    r"計\s*\d+\s*名",
    # a footnote after the list: ※(Web)はWeb会議による出席 (not a mark inside a name's
    # bracket: 「小松崎 美香（※Web）」)
    r"(?<![(（])[※*][^\n、,]*",
    # the category a member sits for, printed before the name: 学識経験者 片岡 周平
    r"(?:(?<=[\s、,])|^)(?:学識経験者|有識者|弁護士|公認会計士|税理士|医師|大学教授|市民委員|町民委員"
    r"|村民委員|区民委員|公募委員|公募市民|公募町民|市民代表|関係団体推薦|関係団体代表|関係団体"
    r"|団体代表|団体推薦|(?:市|区|町|村)?議会議員|議員|識見委員|学識委員|専門委員|行政委員"
    r"|市民|町民|村民|区民|住民代表|司法書士|行政書士|社会保険労務士"
    r"|[^\s、,()（）]{0,10}(?:専門家|経験者))(?=[ \t]+)",  # 情報セキュリティ専門家 乾 隼人
    # 「岩城 達也ほか3名（…）」: the others are named in the bracket
    r"(?:ほか|外)\s*\d+\s*[名人]",
    r"(?:の|以上)\s*\d+\s*[名人]",
)
