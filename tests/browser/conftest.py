"""Browser tests: Playwright driving Debian's /usr/bin/chromium, headless, never a download."""

from __future__ import annotations

import os

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from playwright.sync_api import Error as PlaywrightError

from shingikai.front.demo import load_demo

# Playwright's sync API runs an event loop in this thread; Django's ORM calls made by the
# test itself are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
# The machine's network is closed: keep Chromium from reaching out at all.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Browser:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def demo(transactional_db, settings):
    settings.DEMO_MODE = True
    load_demo()


@pytest.fixture
def page(browser: Browser, live_server, demo) -> Page:
    context = browser.new_context(locale="ja-JP", base_url=live_server.url)
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    # Let the requests the page still has in flight finish first: the live server's thread
    # would hold its row locks while the database flush after the test truncates the tables
    # (PostgreSQL then reports a deadlock and the teardown fails).
    for open_page in context.pages:
        try:
            open_page.wait_for_load_state("networkidle", timeout=5_000)
        except PlaywrightError:
            pass  # a page that never goes idle (polling) is closed all the same
    context.close()


def login(page: Page, username: str) -> None:
    page.goto("/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "demo")
    page.get_by_role("button", name="ログイン").click()
    page.wait_for_url("**/dashboard/")


def upload_for_review(page: Page, path) -> None:
    """Uploads a minutes file and waits until its review page is ready to be used."""
    page.goto("/minutes/upload/")
    page.set_input_files("input[name=files]", str(path))
    page.get_by_role("button", name="読み取り結果を確認").click()
    expect(page.locator("h1")).to_contain_text("読み取り結果の確認")
    # review.js is deferred: it listens for focus only once the document is parsed, and a
    # field focused before that (a busy machine) would never be marked
    page.wait_for_load_state("domcontentloaded")
