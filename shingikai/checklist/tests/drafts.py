"""A complete 諮問書 draft that passes every shipped rule; tests spoil one point at a time."""

from __future__ import annotations

COMPLETE: dict = {
    "title": "図書館資料の督促におけるショートメッセージ送信サービスの導入",
    "outline": (
        "返却期限を過ぎた資料の督促を、電話に代えてショートメッセージで行う。"
        "本番データを使う前にテストデータで動作を確認する。"
    ),
    "contractor": "株式会社メッセージ",
    "contract_period": "令和7年4月1日から令和8年3月31日まで",
    "tasks": "督促メッセージの送信",
    "work_place": "受託者の事業所",
    "telework": "テレワークは行わない。",
    "subcontracting": "再委託は行わない。",
    "personal_items": ["氏名", "電話番号"],
    "data_subjects": "督促対象の利用者 年間約3,000人",
    "handling_cautions": (
        "作業は受託者の事業所内で行う。実地検査を年1回行う。従事者の誓約書の写しを市に提出させる。"
    ),
    "retention_period": "送信後3か月",
    "retention_reason": "送達確認のため",
    "disposal_method": (
        "契約終了時にデータを消去し、データ消去証明書を提出させる。紙の書類は返却させる。"
    ),
    "disposal_confirmation": "職員が消去証明書を確認する。",
    "systems": "事業者のクラウドサービス（SaaS）",
    "media": "",
    "connections": "LGWAN経由のTLS暗号化通信",
    "datacenter_location": "国内（東京都）",
    "certifications": "プライバシーマーク、ISMAP",
    "security_measures": (
        "IDとパスワードは担当者ごとに付与し、異動時に変更する。閲覧できる者は担当者に限定する。"
    ),
    "contract_instruments": "個人情報の取扱いに関する特約条項、情報セキュリティに関する合意書",
}


# Form fields as the draft form posts them (personal items one per line).
def form_data(world, **changes) -> dict:
    data = {**COMPLETE, **changes}
    items = data.pop("personal_items")
    return {
        **data,
        "council": world.council.pk,
        "department": world.shimin.pk,
        "grounds": [world.ground.pk],
        "personal_items": "\n".join(items) if isinstance(items, list) else items,
    }
