"""The eventmap workbench in headless Chromium: the page opens with the example map, a pasted
report fills the table, a correction redraws the map, a downloaded GeoJSON passes `eventmap
validate`, a spec error shows its line and column, the keyboard reaches every control, the page
fits a 200% zoom, and axe-core finds no serious or critical accessibility violation.

Run by scripts/browser-test (which makes the virtual environment); EVENTMAP names the binary.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = Path(__file__).resolve().parent.parent
EVENTMAP = os.environ.get("EVENTMAP", str(ROOT / ".build/debug/eventmap"))
REGENERATE = os.environ.get("EVENTMAP_REGENERATE") == "1"
SCREENSHOTS = ROOT / "docs/screenshots" if REGENERATE else ROOT / ".build/browser-test"
# A real report from the development corpus (paraphrased, source in its README).
REPORT = ROOT / "Tests/Fixtures/corpus/reports/09-ukraine-kharkiv-glide-bombs.txt"
WAIT_SECONDS = 30


def fail(message):
    print(f"browser-test: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def start_server():
    """`eventmap serve` on a free loopback port; returns the process and its address."""
    server = subprocess.Popen(
        [EVENTMAP, "serve", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ, EVENTMAP_HOME=str(ROOT)))
    line = server.stdout.readline()
    match = re.search(r"http://[^ ]+/", line)
    if not match:
        server.kill()
        fail(f"the server did not start: {line}{server.stderr.read()}")
    return server, match.group(0)


def browser(downloads):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1100",
                     "--disable-gpu", "--no-first-run", "--disable-extensions", "--lang=en-US"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads), "download.prompt_for_download": False,
    })
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


def wait(driver, condition, what):
    try:
        return WebDriverWait(driver, WAIT_SECONDS).until(lambda d: condition(d))
    except TimeoutException:
        status = driver.execute_script(
            "return [document.getElementById('read-status').textContent,"
            " document.getElementById('map-status').textContent,"
            " document.getElementById('spec-error').textContent].join(' | ')")
        fail(f"timed out waiting for {what} (page says: {status})")


def preview_drawn(driver):
    return driver.execute_script(
        "const i = document.getElementById('preview'); return i.complete && i.naturalWidth > 0 ? i.src : null;")


def place_rows(driver):
    return driver.find_elements(By.CSS_SELECTOR, "#places tbody tr")


def check_opens_with_example(driver, url):
    driver.get(url)
    wait(driver, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "true", "the page to load")
    wait(driver, preview_drawn, "the example map")
    names = " ".join(row.text for row in place_rows(driver))
    for name in ["Wonsan", "Busan"]:
        if name not in names:
            fail(f"the example's table lacks {name}: {names!r}")
    if "Wonsan" not in driver.find_element(By.ID, "spec").get_attribute("value"):
        fail("the example spec is not loaded")
    driver.save_screenshot(str(SCREENSHOTS / "workbench.png"))


def check_pasted_report(driver):
    text = REPORT.read_text(encoding="utf-8")
    driver.execute_script("document.getElementById('report').value = arguments[0];", text)
    driver.find_element(By.ID, "read").click()
    wait(driver, lambda d: d.find_element(By.ID, "read-status").text.startswith("Read:"), "the report to be read")
    wait(driver, lambda d: "Vovchansk" in " ".join(r.text for r in place_rows(d)), "Vovchansk in the table")
    claims = driver.find_element(By.ID, "claims").text
    if "consistent" not in claims:
        fail(f"the claim about 30 km from the border has no verdict: {claims!r}")


def check_correction_redraws(driver):
    """Builds the spec from the table, then changes a place's match: the spec and the map follow."""
    before = preview_drawn(driver)
    driver.find_element(By.ID, "use-table").click()
    wait(driver, lambda d: preview_drawn(d) not in (None, before), "the map from the table")
    spec = driver.find_element(By.ID, "spec").get_attribute("value")
    if "Vovchansk" not in spec:
        fail(f"the spec from the table lacks Vovchansk: {spec!r}")
    drawn = preview_drawn(driver)
    # Untick Vovchansk: it leaves the spec, and the map is drawn again.
    for row in place_rows(driver):
        if "Vovchansk" in row.text:
            row.find_element(By.CSS_SELECTOR, "input[type=checkbox]").click()
            break
    wait(driver, lambda d: "Vovchansk" not in d.find_element(By.ID, "spec").get_attribute("value"), "Vovchansk to leave the spec")
    wait(driver, lambda d: preview_drawn(d) not in (None, drawn), "the map to be redrawn")
    # Choose another candidate for the first place that has one: its coordinates change in the spec.
    for row in place_rows(driver):
        select = Select(row.find_elements(By.TAG_NAME, "select")[0])
        if len(select.options) > 1 and row.find_element(By.CSS_SELECTOR, "input[type=checkbox]").is_selected():
            old_spec = driver.find_element(By.ID, "spec").get_attribute("value")
            select.select_by_index(1)
            wait(driver, lambda d: d.find_element(By.ID, "spec").get_attribute("value") != old_spec, "a new match in the spec")
            select.select_by_index(0)
            break
    else:
        fail("no place in the table offers a second candidate")
    wait(driver, lambda d: d.find_element(By.ID, "map-status").text.startswith("Map drawn"), "the corrected map")
    driver.execute_script("window.scrollTo(0, document.getElementById('found-heading').offsetTop - 10);")
    driver.save_screenshot(str(SCREENSHOTS / "workbench-report.png"))


def check_download(driver, downloads):
    driver.find_element(By.CSS_SELECTOR, ".downloads button[data-format=geojson]").click()
    path = downloads / "map.geojson"
    deadline = time.time() + WAIT_SECONDS
    while not path.exists() and time.time() < deadline:
        time.sleep(0.2)
    if not path.exists():
        fail(f"no GeoJSON was downloaded (found {os.listdir(downloads)})")
    time.sleep(0.5)
    result = subprocess.run([EVENTMAP, "validate", str(path)], capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"the downloaded GeoJSON fails eventmap validate: {result.stdout}{result.stderr}")


def check_spec_error(driver):
    spec = driver.find_element(By.ID, "spec")
    good = spec.get_attribute("value")
    driver.execute_script("const s = document.getElementById('spec'); s.value = arguments[0];"
                          " s.dispatchEvent(new Event('input'));", "title: An error\nplaces:\n  - place: [Kharkiv\n")
    wait(driver, lambda d: "Line" in d.find_element(By.ID, "spec-error").text, "the spec error's line and column")
    message = driver.find_element(By.ID, "spec-error").text
    if not re.search(r"Line \d+, column \d+", message):
        fail(f"the spec error does not give its line and column: {message!r}")
    if spec.get_attribute("aria-invalid") != "true":
        fail("the spec field is not marked invalid")
    driver.execute_script("const s = document.getElementById('spec'); s.value = arguments[0];"
                          " s.dispatchEvent(new Event('input'));", good)
    wait(driver, lambda d: d.find_element(By.ID, "spec-error").text == "", "the error to clear")


def check_keyboard(driver):
    """Tab from the top reaches the report, the read button, the table's controls and the spec."""
    driver.find_element(By.TAG_NAME, "body").click()
    driver.execute_script("document.activeElement.blur(); window.scrollTo(0, 0);")
    reached = set()
    body = driver.find_element(By.TAG_NAME, "body")
    for _ in range(120):
        body.send_keys(Keys.TAB) if not reached else driver.switch_to.active_element.send_keys(Keys.TAB)
        element = driver.switch_to.active_element
        reached.add(element.get_attribute("id") or element.tag_name)
    for wanted in ["report", "read", "add-name", "spec", "select"]:
        if wanted not in reached:
            fail(f"the keyboard does not reach {wanted} (reached {sorted(reached)})")


def check_zoom(driver):
    """At 200% zoom a 1400-pixel window is 700 CSS pixels wide: nothing may need sideways scrolling."""
    driver.set_window_size(700, 1100)
    time.sleep(0.5)
    overflow = driver.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
    driver.set_window_size(1400, 1100)
    if overflow > 1:
        fail(f"at 200% zoom the page is {overflow} px wider than the window")


def check_accessibility(driver):
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    serious = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
    report = ROOT / ".build/browser-test-axe.json"
    report.write_text(json.dumps(results["violations"], indent=1))
    if serious:
        lines = [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}" for v in serious]
        fail("axe-core finds serious or critical violations:\n  " + "\n  ".join(lines))
    return len(results["violations"])


def main():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    downloads = Path(tempfile.mkdtemp(prefix="eventmap-downloads."))
    server, url = start_server()
    driver = None
    try:
        driver = browser(downloads)
        check_opens_with_example(driver, url)
        check_pasted_report(driver)
        check_correction_redraws(driver)
        check_download(driver, downloads)
        check_spec_error(driver)
        check_keyboard(driver)
        check_zoom(driver)
        minor = check_accessibility(driver)
        # Script errors fail the test; the network's 400 for the deliberate spec error does not.
        errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE" and e.get("source") != "network"]
        if errors:
            fail(f"the page logged errors: {errors}")
        print(f"browser-test: ok (example map, report, correction, download, spec error, keyboard, 200% zoom; "
              f"axe-core: no serious or critical violation, {minor} minor or moderate)")
    finally:
        if driver:
            driver.quit()
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(downloads, ignore_errors=True)


if __name__ == "__main__":
    main()
