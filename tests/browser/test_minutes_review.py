"""Review before import: correct an outcome and a speaker, save, re-import: the correction stays."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import login, upload_for_review

pytestmark = pytest.mark.browser

MINUTES = (
    "会議名：令和5年度第2回みなと市個人情報保護審議会\n"
    "日時：令和5年9月5日（火）午後2時～午後3時30分\n"
    "場所：みなと市役所 第3会議室\n"
    "出席委員：山田 太郎、鈴木 花子、佐藤 一郎\n"
    "議題：(1) 諮問第12号 図書館の利用者登録の電子化について〔中央図書館〕\n"
    "会議経過\n"
    "(1) 諮問第12号 図書館の利用者登録の電子化について〔中央図書館〕\n"
    "‹会長›\n説明をお願いします。\n"
    "‹中央図書館長›\n利用者登録を電子化するものです。氏名と住所を扱います。\n"
    "‹委員›\n紙の申込書はどう処分しますか。\n"
    "‹中央図書館長›\n溶解処理します。\n"
)


def test_a_correction_survives_re_importing_the_same_file(page: Page, tmp_path):
    path = tmp_path / "minato.txt"
    path.write_text(MINUTES, encoding="utf-8")
    login(page, "jimukyoku")
    upload_for_review(page, path)
    expect(page.locator("#source-text")).to_contain_text("溶解処理します。")
    outcome = page.locator("select[name=item-0-outcome]")
    expect(outcome).to_have_value("unknown")  # nothing in the minutes says it
    expect(page.locator("#review-warnings")).to_be_visible()
    outcome.select_option("approved")
    speaker = page.locator("input[name=item-0-turn-2-speaker]")
    expect(speaker).to_have_value("委員")
    speaker.fill("佐藤委員")
    page.get_by_role("button", name="保存").click()
    expect(page.locator("h1")).to_contain_text("みなと市")
    expect(page.locator("table").nth(1)).to_contain_text("承認")

    # The same file again: the review shows the correction, and saving keeps it.
    upload_for_review(page, path)
    expect(page.locator("#review-warnings")).to_contain_text("以前の修正")
    expect(page.locator("select[name=item-0-outcome]")).to_have_value("approved")
    expect(page.locator("input[name=item-0-turn-2-speaker]")).to_have_value("佐藤委員")
    page.get_by_role("button", name="保存").click()
    page.get_by_role("link", name="図書館の利用者登録の電子化について").click()
    expect(page.locator("#outcome")).to_contain_text("承認")
    expect(page.locator("#turns")).to_contain_text("佐藤委員")


def test_an_item_the_reading_missed_is_added_from_the_unplaced_text(page: Page, tmp_path):
    path = tmp_path / "minato-missed.txt"
    path.write_text(MINUTES, encoding="utf-8")
    login(page, "jimukyoku")
    upload_for_review(page, path)
    page.locator("#unplaced").fill("報告　返却ポストの防犯カメラについて説明があった。")
    page.locator("#unplaced-target").select_option("new")
    page.get_by_role("button", name="反映して確認を続ける").click()
    title = page.locator("input[name=item-1-title]")
    expect(title).to_be_visible()  # the new item, still a draft
    expect(page.locator("#item-1")).to_contain_text("返却ポストの防犯カメラ")
    title.fill("返却ポストの防犯カメラについて")
    page.locator("select[name=item-1-kind]").select_option("report")
    page.get_by_role("button", name="保存").click()
    expect(page.locator("h1")).to_contain_text("みなと市")
    page.get_by_role("link", name="返却ポストの防犯カメラについて").click()
    expect(page.locator("#turns")).to_contain_text("説明があった")


def test_a_field_in_focus_is_marked_in_the_source_text(page: Page, tmp_path):
    """Where the value of the field being checked stands in the minutes, spaced out or not."""
    path = tmp_path / "minato-wide.txt"
    text = MINUTES.replace("‹委員›", "‹委 員›")
    path.write_text(text, encoding="utf-8")
    login(page, "jimukyoku")
    upload_for_review(page, path)
    expect(page.locator("#source-mark")).to_have_count(0)
    page.locator("#meeting-place").focus()
    expect(page.locator("#source-mark")).to_have_text("みなと市役所 第3会議室")
    page.locator("#item-0-number").focus()
    expect(page.locator("#item-0-number")).to_have_value("諮問第12号")
    expect(page.locator("#source-mark")).to_have_text("諮問第12号")  # the first place it stands
    page.locator("input[name=item-0-turn-2-speaker]").focus()
    expect(page.locator("#source-mark")).to_have_text("委 員")
    # A date is worked out, not printed as such: nothing is marked and the hint says so.
    page.locator("#meeting-date").focus()
    expect(page.locator("#source-mark")).to_have_count(0)
    expect(page.locator("#source-hint")).to_contain_text("見当たりません")
    expect(page.locator("#source-text")).to_contain_text("溶解処理します。")  # text intact
