"""DOMAIN §5 journey 5, first half: the secretariat imports past minutes and browses them."""

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import login

pytestmark = pytest.mark.browser
SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "minutes"


def test_the_secretariat_uploads_minutes_and_reads_an_items_turns(page: Page, tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    login(page, "jimukyoku")
    page.goto("/minutes/upload/")
    page.set_input_files(
        "input[name=files]",
        [
            str(SAMPLES / "adachi_2022-12-27.txt"),
            str(SAMPLES / "higashimurayama_2022-02-02.txt"),
            str(scan),
        ],
    )
    page.get_by_role("button", name="取り込む").click()
    results = page.locator("#results")
    expect(results.locator("tr.result.created")).to_have_count(2)
    expect(results.locator("tr.result.failed")).to_contain_text("scan.pdf")

    page.get_by_role("link", name="adachi_2022-12-27.txt").click()
    expect(page.locator("h1")).to_contain_text("情報公開・個人情報保護審議会")
    page.get_by_role(
        "link", name="図書館資料の督促訪問業務におけるショートメッセージ送信サービスの導入"
    ).click()
    expect(page.locator("h1")).to_contain_text("諮問第481号")
    expect(page.locator("#outcome")).not_to_have_text("不明")
    expect(page.locator("#turns tr").first).to_be_visible()
    assert page.locator("#turns tr").count() >= 5
