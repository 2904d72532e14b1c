"""The review desk in a real browser: headless Chromium driven by Selenium against a uvicorn
server started on a free 127.0.0.1 port. Sign in, filter, open an item, see the highlights,
claim it, mark it checked, export; an article with <script> stays text.

Needs Debian's ``chromium`` and ``chromium-driver`` (.ci/run installs them); without them
the test is skipped with the reason. On failure, a screenshot and the page's HTML are saved
in a temporary folder named in the failure message.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..desk_support import PASSWORD, build_queue
from ..queue_support import free_port

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--window-size=1280,900",
)


def _chromium() -> tuple[str, str]:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver") or (
        "/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None
    )
    if not browser or not driver:
        pytest.skip(
            "browser test skipped: chromium and chromedriver not found "
            "(apt-get install chromium chromium-driver; .ci/run does it as root)"
        )
    pytest.importorskip("selenium", reason="browser test skipped: selenium is not installed")
    return browser, driver


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    """`extract desk QUEUE --port P` on 127.0.0.1, as a user runs it; its base URL."""
    _chromium()
    location = build_queue(str(tmp_path_factory.mktemp("desk-browser") / "claims.db"))
    port = free_port()
    log = tmp_path_factory.mktemp("desk-log") / "server.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from extractor.cli import main; main()",
                "desk",
                location,
                "--port",
                str(port),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/login", timeout=2).read()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"the desk did not start: {log.read_text()[-2000:]}")
                time.sleep(0.3)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture
def driver() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    browser, chromedriver = _chromium()
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    profile = tempfile.mkdtemp(prefix="desk-chromium-")
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    chrome = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    chrome.implicitly_wait(5)
    try:
        yield chrome
    finally:
        chrome.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _artefacts(chrome, name: str) -> str:  # type: ignore[no-untyped-def]
    folder = Path(tempfile.mkdtemp(prefix="desk-browser-failure-"))
    chrome.save_screenshot(str(folder / f"{name}.png"))
    (folder / f"{name}.html").write_text(chrome.page_source, encoding="utf-8")
    return str(folder)


def _check_a_claim(chrome, base: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    chrome.get(f"{base}/items")
    assert "/login" in chrome.current_url  # sign-in first
    chrome.find_element(By.ID, "name").send_keys("alice")
    chrome.find_element(By.ID, "password").send_keys(PASSWORD)
    chrome.find_element(By.CSS_SELECTOR, "button[type=submit].primary").click()
    assert _until(chrome, lambda driver: driver.current_url.endswith("/items"))
    rows = chrome.find_elements(By.CSS_SELECTOR, "table.queue tbody tr[data-href]")
    assert len(rows) == 4

    speaker = chrome.find_element(By.NAME, "speaker")
    speaker.send_keys("shoigu")
    speaker.submit()
    assert _until(chrome, lambda driver: "speaker=shoigu" in driver.current_url)  # in the URL
    rows = chrome.find_elements(By.CSS_SELECTOR, "table.queue tbody tr[data-href]")
    assert len(rows) == 1
    export_href = chrome.find_element(By.LINK_TEXT, "CSV").get_attribute("href")
    rows[0].find_element(By.CSS_SELECTOR, "td.score").click()  # desk.js: a row click opens it
    assert _until(chrome, lambda driver: driver.find_elements(By.CSS_SELECTOR, ".hl-quantity"))

    marks = {
        m.get_attribute("class"): m.text
        for m in chrome.find_elements(By.CSS_SELECTOR, "blockquote.sentence mark")
    }
    assert marks == {
        "hl-speaker": "Sergei Shoigu",
        "hl-cue": "told",
        "hl-via": "RIA",
        "hl-quantity": "5,937",
    }
    bar_widths = [b.size["width"] for b in chrome.find_elements(By.CSS_SELECTOR, ".bar")]
    assert max(bar_widths) > 0  # desk.js ran under the CSP

    chrome.find_element(By.ID, "claim").click()
    assert _page_shows(chrome, "claimed by alice")
    Select(chrome.find_element(By.ID, "rating_value")).select_by_value("2")
    chrome.find_element(By.ID, "note").send_keys("MoD figure from September")
    chrome.find_element(By.ID, "mark-checked").click()
    assert _page_shows(chrome, "Marked checked.")
    assert chrome.find_element(By.CSS_SELECTOR, ".claim .status").text == "checked"
    assert "Misleading (2/5)" in chrome.page_source

    cookies = "; ".join(f"{c['name']}={c['value']}" for c in chrome.get_cookies())
    request = urllib.request.Request(export_href, headers={"Cookie": cookies})
    with urllib.request.urlopen(request, timeout=30) as response:
        exported = response.read().decode()
    assert "speaker=shoigu" in export_href and "format=csv" in export_href
    lines = exported.strip().splitlines()
    assert lines[0].startswith("id,score,status") and len(lines) == 2
    assert ",checked," in lines[1] and "Misleading" in lines[1]


def _page_shows(chrome, text: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``text`` appears in the page within 20 s."""
    return _until(chrome, lambda driver: text in driver.page_source)


def _until(chrome, condition, seconds: float = 20.0) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``condition(driver)`` holds within ``seconds``: a click submits a form or
    follows a link, and the page that answers loads after the click returns."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        WebDriverWait(chrome, seconds).until(condition)
    except TimeoutException:
        return False
    return True


def _script_stays_text(chrome, base: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    chrome.get(f"{base}/items?q=onerror")
    chrome.find_element(By.CSS_SELECTOR, "a.itemlink").click()
    assert _until(
        chrome, lambda driver: driver.find_elements(By.CSS_SELECTOR, "blockquote.sentence")
    )
    sentence = chrome.find_element(By.CSS_SELECTOR, "blockquote.sentence").text
    assert '<script>alert("x")</script>' in sentence
    with pytest.raises(NoAlertPresentException):
        chrome.switch_to.alert.text  # noqa: B018 - nothing ran
    assert not chrome.find_elements(By.CSS_SELECTOR, "a[href^='javascript']")


def test_sign_in_filter_open_highlight_check_export(server, driver):
    from selenium.common.exceptions import WebDriverException

    try:
        _check_a_claim(driver, server)
        _script_stays_text(driver, server)
    except (AssertionError, WebDriverException) as err:
        folder = _artefacts(driver, "failure")
        pytest.fail(f"{err.__class__.__name__}: {err}\nscreenshot and page saved in {folder}")
