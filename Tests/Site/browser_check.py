#!/usr/bin/env python3
"""Checks a generated help-center site in real headless Chromium, loaded from file:// URLs.

    python3 Tests/Site/browser_check.py SITE_DIR SCREENSHOT_DIR

Each check prints one PASS or FAIL line; the last line is "N passed, N failed" and the exit
status is 1 when any check failed. Needs Debian's chromium and chromium-driver and PyPI's
selenium (scripts/site-check.sh installs them); the accessibility check runs axe-core as shipped
by PyPI's axe-selenium-python, and is reported as failed when that package is missing.
"""
import base64
import html.parser
import json
import os
import pathlib
import re
import sys
import time
import traceback
import urllib.parse

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
WAIT = 10  # seconds for anything the page's script renders
PHONE = (390, 844)
DESKTOP = (1280, 900)
ARTICLE_24H = "messaging/whatsapp-24-hour-window/index.html"

GRAPH_API_ERROR = (
    '{"error":{"message":"(#131047) Re-engagement message","type":"OAuthException","code":131047,'
    '"error_data":{"messaging_product":"whatsapp","details":"Message failed to send because more than 24 hours '
    'have passed since the customer last replied to this number."},"fbtrace_id":"AbCdEfGh123"}}'
)
TURKISH_LOG_LINE = "2026-11-25 10:31:02 HATA gönderim başarısız: hata kodu 131026, alıcı +90 532 123 45 67"
UNRELATED_TURKISH = "Bugün hava çok güzel, yarın pikniğe gidelim"


class CheckFailed(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise CheckFailed(message)


class Checker:
    def __init__(self, site, screenshots):
        self.site = site
        self.screenshots = screenshots
        self.results = []  # (name, passed, detail)
        self.console_problems = []  # (page, message)
        self.outside_requests = []  # (page, url)
        self.requests_seen = 0
        self.pages_seen = []
        self.driver = None

    # -- the browser ---------------------------------------------------------------------------

    def start_browser(self):
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                         "--allow-file-access-from-files", "--window-size=1280,900",
                         "--disable-gpu", "--hide-scrollbars", "--force-color-profile=srgb",
                         "--lang=en-US"):
            options.add_argument(argument)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        self.driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        self.driver.set_page_load_timeout(30)

    def url(self, relative, query=None):
        path = os.path.join(self.site, relative)
        expect(os.path.isfile(path), f"{relative} is not in the site")
        url = pathlib.Path(path).as_uri()
        return url + ("?" + query if query else "")

    def open(self, relative, query=None):
        """Loads a page after collecting the logs of the previous one."""
        self.collect_logs()
        self.driver.get(self.url(relative, query))
        WebDriverWait(self.driver, WAIT).until(
            lambda d: d.execute_script("return document.readyState") == "complete")
        self.pages_seen.append(relative + ("?" + query if query else ""))

    def current_page(self):
        return self.pages_seen[-1] if self.pages_seen else "(start)"

    def collect_logs(self):
        """Console errors and every network request since the last call (reading a log empties it)."""
        if self.driver is None:
            return
        page = self.current_page()
        for entry in self.driver.get_log("browser"):
            if entry.get("level") != "SEVERE":
                continue
            message = entry.get("message", "")
            if "favicon.ico" in message:
                continue
            self.console_problems.append((page, message))
        for entry in self.driver.get_log("performance"):
            try:
                event = json.loads(entry["message"])["message"]
            except (KeyError, ValueError):
                continue
            if event.get("method") != "Network.requestWillBeSent":
                continue
            request_url = event.get("params", {}).get("request", {}).get("url", "")
            self.requests_seen += 1
            scheme = request_url.split(":", 1)[0].lower()
            if scheme not in ("file", "data", "blob", "about"):
                self.outside_requests.append((page, request_url))

    def wait_for(self, description, condition, timeout=WAIT):
        try:
            return WebDriverWait(self.driver, timeout).until(lambda d: condition())
        except TimeoutException:
            raise CheckFailed(f"timed out after {timeout}s waiting for {description}")

    def result_links(self, container_id):
        return [a.get_attribute("href") or "" for a in
                self.driver.find_elements(By.CSS_SELECTOR, f"#{container_id} ol.results > li > a")]

    def wait_for_results(self, container_id):
        """The rendered result links, or [] once the no-results paragraph shows."""
        def ready():
            links = self.result_links(container_id)
            if links:
                return links
            if self.driver.find_elements(By.CSS_SELECTOR, f"#{container_id} .no-results"):
                return ["<no results>"]
            return None
        links = self.wait_for(f"#{container_id} to show results", ready)
        return [] if links == ["<no results>"] else links

    def link_target_exists(self, href):
        parsed = urllib.parse.urlparse(href)
        return parsed.scheme == "file" and os.path.isfile(urllib.parse.unquote(parsed.path))

    # -- running -------------------------------------------------------------------------------

    def check(self, name, function):
        try:
            detail = function() or ""
            self.results.append((name, True, detail))
            print(f"PASS  {name}" + (f" — {detail}" if detail else ""), flush=True)
        except Exception as error:  # noqa: BLE001 - every failure is reported, then the next check runs
            if isinstance(error, CheckFailed):
                detail = str(error)
            else:
                detail = f"{type(error).__name__}: {error}".strip()
                traceback.print_exc()
            self.results.append((name, False, detail))
            print(f"FAIL  {name} — {detail}", flush=True)

    # -- search --------------------------------------------------------------------------------

    def search_first_result(self, language, query, expected_suffix):
        def run():
            self.open(f"{language}/search/index.html", "q=" + urllib.parse.quote_plus(query))
            value = self.driver.find_element(By.ID, "search-input").get_attribute("value")
            expect(value == query, f"#search-input holds {value!r}, not the ?q= query {query!r}")
            links = self.wait_for_results("search-results")
            expect(links, "no results")
            expect(links[0].endswith(expected_suffix),
                   f"first result is {short(links[0])}, expected …{expected_suffix} (all: {[short(l) for l in links[:5]]})")
            expect(self.link_target_exists(links[0]), f"first result {short(links[0])} does not exist in the site")
            return f"first of {len(links)}: {short(links[0])}"
        return run

    def search_as_you_type(self):
        self.open("en/search/index.html")
        field = self.driver.find_element(By.ID, "search-input")
        field.clear()
        field.send_keys("payment method")
        wanted = "account/missing-payment-method/index.html"
        links = self.wait_for(f"a result linking to {wanted}",
                              lambda: [l for l in self.result_links("search-results") if l.endswith(wanted)] or None)
        expect(self.link_target_exists(links[0]), f"{short(links[0])} does not exist in the site")
        position = self.result_links("search-results").index(links[0]) + 1
        return f"result #{position}: {short(links[0])}"

    # -- paste box -----------------------------------------------------------------------------

    def paste(self, language, text):
        self.open(f"{language}/index.html")
        field = self.driver.find_element(By.ID, "paste-input")
        field.clear()
        field.send_keys(text)
        typed = field.get_attribute("value")
        expect(typed == text, f"#paste-input holds {typed!r}, not the pasted text")
        self.driver.find_element(By.CSS_SELECTOR, "#paste-form button[type=submit], #paste-form button").click()
        return self.wait_for_results("paste-results")

    def paste_first_result(self, language, text, expected_suffix):
        def run():
            links = self.paste(language, text)
            expect(links, "the paste matched nothing")
            expect(links[0].endswith(expected_suffix),
                   f"first result is {short(links[0])}, expected …{expected_suffix} (all: {[short(l) for l in links]})")
            expect(self.link_target_exists(links[0]), f"first result {short(links[0])} does not exist in the site")
            return f"first of {len(links)}: {short(links[0])}"
        return run

    def paste_unrelated(self):
        links = self.paste("tr", UNRELATED_TURKISH)
        expect(not links, f"unrelated text matched {[short(l) for l in links]}")
        anchors = self.driver.find_elements(By.CSS_SELECTOR, "#paste-results a")
        expect(not anchors, f"#paste-results has {len(anchors)} links")
        message = self.driver.find_element(By.CSS_SELECTOR, "#paste-results .no-results")
        expect(message.is_displayed() and message.text.strip(), "the no-results paragraph is empty or hidden")
        return f"“{message.text.strip()}”"

    def paste_shows_steps_and_keeps_the_fragment(self):
        """Ctrl+Enter answers with the steps; the paste goes into #paste=, so reloading the address shows it again."""
        from selenium.webdriver.common.keys import Keys
        self.open("en/index.html")
        field = self.driver.find_element(By.ID, "paste-input")
        field.send_keys("error 131047")
        field.send_keys(Keys.CONTROL, Keys.ENTER)
        self.wait_for_results("paste-results")
        steps = self.driver.find_elements(By.CSS_SELECTOR, "#paste-results .result-steps ol.steps li")
        expect(len(steps) >= 2, f"{len(steps)} steps under the paste's answer")
        expect(self.driver.find_elements(By.CSS_SELECTOR, "#paste-results button.copy-steps"), "no copy button")
        fragment = self.driver.execute_script("return location.hash")
        expect(fragment == "#paste=error%20131047", f"the address keeps {fragment!r}")
        self.collect_logs()
        self.driver.get(self.url("en/index.html") + fragment)
        self.wait_for_results("paste-results")
        self.pages_seen.append("en/index.html" + fragment)
        value = self.driver.find_element(By.ID, "paste-input").get_attribute("value")
        expect(value == "error 131047", f"the shared address filled the box with {value!r}")
        recent = self.driver.find_elements(By.CSS_SELECTOR, "#paste-recent button.recent-paste")
        expect(recent and recent[0].text == "error 131047", "the paste is not among the recent ones")
        return f"{len(steps)} steps, {fragment}, remembered"

    # -- accessibility: axe-core ---------------------------------------------------------------

    def axe_source(self):
        try:
            import axe_selenium_python
        except ImportError:
            raise CheckFailed("PyPI's axe-selenium-python is not installed (it ships axe-core)")
        path = os.path.join(os.path.dirname(axe_selenium_python.__file__), "node_modules", "axe-core", "axe.min.js")
        expect(os.path.isfile(path), f"axe-core is not at {path}")
        with open(path, encoding="utf-8") as handle:
            return handle.read()

    def axe_pages(self):
        """One page of each kind, in each language, plus a paste answer and the language choice."""
        pages = [("index.html", None)]
        for language in ("en", "tr"):
            code_pages = sorted(os.listdir(os.path.join(self.site, language, "errors")))
            code = next(name for name in code_pages if os.path.isdir(os.path.join(self.site, language, "errors", name)))
            pages += [(f"{language}/index.html", None), (f"{language}/messaging/index.html", None),
                      (f"{language}/{ARTICLE_24H}", None), (f"{language}/errors/index.html", None),
                      (f"{language}/errors/{code}/index.html", None), (f"{language}/search/index.html", "q=template"),
                      (f"{language}/404.html", None), (f"{language}/index.html#paste=131047", None)]
        return pages

    def accessibility(self):
        source = self.axe_source()
        problems, checked = [], 0
        for dark in (False, True):
            self.emulate(DESKTOP, dark)
            for relative, query in self.axe_pages():
                page, _, fragment = relative.partition("#")
                self.collect_logs()
                self.driver.get(self.url(page, query) + ("#" + fragment if fragment else ""))
                WebDriverWait(self.driver, WAIT).until(lambda d: d.execute_script("return document.readyState") == "complete")
                self.pages_seen.append(relative)
                if fragment or query:
                    self.wait_for_results("paste-results" if fragment else "search-results")
                self.driver.execute_script(source)
                self.driver.set_script_timeout(60)
                result = self.driver.execute_async_script(
                    "var done = arguments[arguments.length - 1];"
                    "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(r.violations); },"
                    " function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]); });")
                checked += 1
                for violation in result:
                    if violation.get("impact") in ("serious", "critical"):
                        targets = [",".join(node.get("target", [])) for node in violation.get("nodes", [])[:3]]
                        scheme = "dark" if dark else "light"
                        problems.append(f"{relative} ({scheme}): {violation['impact']} {violation['id']} — "
                                        f"{violation.get('help', '')} at {targets}")
        self.reset_emulation()
        for problem in problems:
            print(f"      {problem}")
        expect(not problems, f"{len(problems)} serious or critical violations")
        return f"{checked} page loads (every kind, en and tr, light and dark): no serious or critical axe-core violation"

    # -- language switcher ---------------------------------------------------------------------

    def language_switcher(self):
        self.open(f"en/{ARTICLE_24H}")
        expect(self.driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en", "the English page is not lang=en")
        switch = self.driver.find_elements(By.CSS_SELECTOR, 'nav.languages a[hreflang="tr"]')
        expect(switch, "no Turkish link in nav.languages")
        href = switch[0].get_attribute("href")
        expect(href.endswith(f"tr/{ARTICLE_24H}"), f"the Turkish link goes to {short(href)}, not tr/{ARTICLE_24H}")
        switch[0].click()
        self.wait_for("the Turkish page", lambda: self.driver.current_url.endswith(f"tr/{ARTICLE_24H}") or None)
        self.wait_for("document.readyState complete",
                      lambda: self.driver.execute_script("return document.readyState") == "complete")
        self.pages_seen.append(f"tr/{ARTICLE_24H}")
        lang = self.driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
        expect(lang == "tr", f'the page behind the link has <html lang="{lang}">')
        back = self.driver.find_elements(By.CSS_SELECTOR, 'nav.languages a[hreflang="en"]')
        expect(back and back[0].get_attribute("href").endswith(f"en/{ARTICLE_24H}"),
               "the Turkish page does not link back to the English article")
        return f"→ {short(self.driver.current_url)} (lang=tr)"

    # -- screenshots and layout ----------------------------------------------------------------

    def emulate(self, size, dark):
        width, height = size
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600,
        })
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
            "media": "", "features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}],
        })

    def reset_emulation(self):
        self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})

    def screenshot(self, name, size):
        """A PNG of the whole page (at most 4000 px tall) at the emulated width."""
        width, _ = size
        height = self.driver.execute_script(
            "return Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0)")
        height = max(size[1], min(int(height), 4000))
        shot = self.driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
        })
        path = os.path.join(self.screenshots, name + ".png")
        with open(path, "wb") as handle:
            handle.write(base64.b64decode(shot["data"]))
        return path

    def overflow(self):
        """Elements wider than the viewport, that make the page scroll sideways."""
        return self.driver.execute_script("""
            const width = document.documentElement.clientWidth;
            const wide = [];
            if (document.documentElement.scrollWidth > width + 1) {
              for (const el of document.body.querySelectorAll('*')) {
                const box = el.getBoundingClientRect();
                if (box.width && box.right > width + 1) {
                  let inScroller = false;
                  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                    const s = getComputedStyle(p).overflowX;
                    if (s === 'auto' || s === 'scroll' || s === 'hidden') { inScroller = true; break; }
                  }
                  if (!inScroller) wide.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
                    (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : '') +
                    ' right=' + Math.round(box.right));
                }
              }
              if (!wide.length) wide.push('document scrollWidth ' + document.documentElement.scrollWidth + ' > ' + width);
            }
            // A box that scrolls sideways hides part of what it holds; only code blocks may.
            for (const el of document.body.querySelectorAll('*')) {
              const s = getComputedStyle(el).overflowX;
              if ((s === 'auto' || s === 'scroll') && !el.closest('pre') && el.tagName !== 'TEXTAREA' &&
                  el.scrollWidth > el.clientWidth + 1 && el.getClientRects().length) {
                wide.push(el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ?
                  '.' + el.className.split(' ').join('.') : '') + ' scrolls sideways (' + el.scrollWidth + ' > ' +
                  el.clientWidth + ')');
              }
            }
            return wide.slice(0, 5);
        """)

    def contrast_problems(self):
        """Text/background pairs under WCAG AA 4.5:1, from the computed styles of the page."""
        return self.driver.execute_script(r"""
            function rgb(value) {
              const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(value || '');
              return m ? { r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4] } : null;
            }
            function lum(c) {
              const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
              return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
            }
            function background(el) {
              for (let e = el; e; e = e.parentElement) {
                const c = rgb(getComputedStyle(e).backgroundColor);
                if (c && c.a > 0.5) return c;
              }
              return { r: 255, g: 255, b: 255, a: 1 };
            }
            const selectors = ['body', 'main p', 'main a', '.summary', '.site-title', 'nav.breadcrumbs a',
              'nav.languages a', 'nav.languages [aria-current]', 'button', 'code', 'a.code', '.codes', '.count',
              'footer', 'footer a', 'th', 'td', '.no-results', '.updated', 'ol.steps > li', 'input', 'textarea'];
            const problems = [];
            for (const selector of selectors) {
              const el = document.querySelector(selector);
              if (!el || !el.getClientRects().length) continue;
              const fg = rgb(getComputedStyle(el).color);
              if (!fg) continue;
              const bg = background(el);
              const [hi, lo] = [lum(fg), lum(bg)].sort((x, y) => y - x);
              const ratio = (hi + 0.05) / (lo + 0.05);
              if (ratio < 4.5) problems.push(selector + ' ' + ratio.toFixed(2) + ':1 (' +
                getComputedStyle(el).color + ' on rgb(' + bg.r + ', ' + bg.g + ', ' + bg.b + '))');
            }
            return problems;
        """)

    def screenshots_and_layout(self):
        os.makedirs(self.screenshots, exist_ok=True)
        pages = [
            ("home", "en/index.html", None, (False, True)),
            ("article", f"en/{ARTICLE_24H}", None, (False, True)),
            ("errors", "tr/errors/index.html", None, (False, True)),
            ("search", "en/search/index.html", "q=re-engagement", (False, True)),
            ("paste", "tr/index.html#paste=" + urllib.parse.quote(GRAPH_API_ERROR, safe=""), None, (False, True)),
        ]
        saved, problems = [], []
        try:
            for name, relative, query, modes in pages:
                for dark in modes:
                    for label, size in (("phone", PHONE), ("desktop", DESKTOP)):
                        self.emulate(size, dark)
                        page, _, fragment = relative.partition("#")
                        self.open(page, query)
                        if fragment:
                            self.driver.get(self.url(page) + "#" + fragment)
                            self.wait_for_results("paste-results")
                            self.driver.execute_script(
                                "var box = document.getElementById('paste-results'); if (box) box.scrollIntoView();")
                        if query:
                            self.wait_for_results("search-results")
                        if dark:
                            background = self.driver.execute_script(
                                "return getComputedStyle(document.body).backgroundColor")
                            if background in ("rgb(255, 255, 255)", "rgb(251, 251, 250)"):
                                problems.append(f"{name} dark: the page stayed light ({background})")
                        scheme = "dark" if dark else "light"
                        shot = f"{name}-{label}-{scheme}"
                        wide = self.overflow()
                        if wide:
                            problems.append(f"{shot}: wider than the screen: {', '.join(wide)}")
                        for contrast in self.contrast_problems():
                            problems.append(f"{shot}: low contrast {contrast}")
                        saved.append(self.screenshot(shot, size))
        finally:
            self.reset_emulation()
        for path in saved:
            print(f"      screenshot {path}")
        expect(not problems, "; ".join(problems))
        return f"{len(saved)} screenshots in {self.screenshots}, no sideways scrolling, text contrast ≥ 4.5:1"

    def layout_sample(self):
        """Pages of every kind, and the articles with the longest unbreakable words, in each language."""
        pages = ["index.html"]
        for language in sorted(os.listdir(self.site)):
            home = os.path.join(self.site, language, "index.html")
            if not (len(language) <= 8 and os.path.isfile(home) and os.path.isfile(os.path.join(self.site, language, "search-index.js"))):
                continue
            pages += [f"{language}/index.html", f"{language}/search/index.html", f"{language}/errors/index.html"]
            articles, codes = [], []
            for entry in sorted(os.listdir(os.path.join(self.site, language))):
                folder = os.path.join(self.site, language, entry)
                if not os.path.isfile(os.path.join(folder, "index.html")) or entry == "search":
                    continue
                if entry != "errors":
                    pages.append(f"{language}/{entry}/index.html")
                for slug in sorted(os.listdir(folder)):
                    page = os.path.join(folder, slug, "index.html")
                    if os.path.isfile(page):
                        (codes if entry == "errors" else articles).append(page)
            def longest_word(path):
                text = re.sub(r"<[^>]*>", " ", open(path, encoding="utf-8").read())
                return max((len(word) for word in text.split()), default=0)
            codes.sort(key=lambda path: (-len(os.path.basename(os.path.dirname(path))), path))
            articles.sort(key=lambda path: (-longest_word(path), path))
            pages += [os.path.relpath(path, self.site) for path in codes[:1] + articles[:3]]
        return pages

    def every_kind_of_page_on_a_phone(self):
        pages = self.layout_sample()
        problems = []
        try:
            for dark in (False, True):
                self.emulate(PHONE, dark)
                for relative in pages:
                    self.open(relative)
                    scheme = "dark" if dark else "light"
                    if not dark:
                        problems += [f"{relative}: {wide}" for wide in self.overflow()]
                    problems += [f"{relative} ({scheme}): low contrast {c}" for c in self.contrast_problems()]
        finally:
            self.reset_emulation()
        expect(not problems, "; ".join(problems[:12]) + (f" (and {len(problems) - 12} more)" if len(problems) > 12 else ""))
        return f"{len(pages)} pages at {PHONE[0]} px: no sideways scrolling; light and dark text contrast ≥ 4.5:1"

    # -- what the browser saw ------------------------------------------------------------------

    def no_console_errors(self):
        self.collect_logs()
        problems = list(dict.fromkeys(f"{page}: {message}" for page, message in self.console_problems))
        expect(not problems, "; ".join(problems[:10]))
        return f"{len(set(self.pages_seen))} pages"

    def no_outside_requests_in_browser(self):
        self.collect_logs()
        expect(self.requests_seen, "the DevTools network log recorded no request at all: it is not working")
        problems = list(dict.fromkeys(f"{page}: {url}" for page, url in self.outside_requests))
        expect(not problems, "; ".join(problems[:10]))
        return f"all {self.requests_seen} requests of {len(set(self.pages_seen))} pages were file: or data:"

    def no_outside_references_in_files(self):
        problems, links_out = static_outside_references(self.site)
        expect(not problems, "; ".join(problems[:15]) + (f" (and {len(problems) - 15} more)" if len(problems) > 15 else ""))
        note = f"; {len(links_out)} links to other sites (navigation only)" if links_out else ""
        return "no src/href/url()/import reaching outside the site in its .html, .css and .js" + note

    def internal_links_resolve(self):
        problems, count = broken_internal_links(self.site)
        expect(not problems, "; ".join(problems[:15]) + (f" (and {len(problems) - 15} more)" if len(problems) > 15 else ""))
        return f"{count} links and resources checked"

    def addresses(self):
        problems, count = addresses_name_pages(self.site)
        expect(not problems, "; ".join(problems[:15]) + (f" (and {len(problems) - 15} more)" if len(problems) > 15 else ""))
        return f"{count} sitemap, canonical and hreflang addresses"

    def run(self):
        self.check("static: no request leaves the site (html/css/js)", self.no_outside_references_in_files)
        self.check("static: every relative link and resource exists", self.internal_links_resolve)
        self.check("static: sitemap, canonical and hreflang addresses name generated pages", self.addresses)
        try:
            self.start_browser()
        except Exception as error:  # noqa: BLE001
            self.results.append(("start headless Chromium", False, str(error)))
            print(f"FAIL  start headless Chromium — {error}")
            return self.finish()
        try:
            self.check("search tr ?q=sablon+duraklatildi → template-paused-low-quality first",
                       self.search_first_result("tr", "sablon duraklatildi",
                                                "templates/template-paused-low-quality/index.html"))
            self.check("search en ?q=re-engagement → 24-hour window first",
                       self.search_first_result("en", "re-engagement", ARTICLE_24H))
            self.check("search en typing 'payment method' → missing-payment-method", self.search_as_you_type)
            self.check("paste en Graph API error JSON (131047) → 24-hour window first",
                       self.paste_first_result("en", GRAPH_API_ERROR, ARTICLE_24H))
            self.check("paste tr log line 'hata kodu 131026' → recipient-not-on-whatsapp first",
                       self.paste_first_result("tr", TURKISH_LOG_LINE, "messaging/recipient-not-on-whatsapp/index.html"))
            self.check("paste tr unrelated text → no-results message, no links", self.paste_unrelated)
            self.check("paste en Ctrl+Enter → numbered steps, copy button, #paste= fragment reopens it, remembered",
                       self.paste_shows_steps_and_keeps_the_fragment)
            self.check("language switcher on an article → same article in Turkish, <html lang=tr>", self.language_switcher)
            self.check("screenshots phone/desktop, light/dark: no overflow, readable contrast",
                       self.screenshots_and_layout)
            self.check("phone width: every kind of page fits and is readable, light and dark",
                       self.every_kind_of_page_on_a_phone)
            self.check("accessibility: axe-core, no serious or critical violation on any kind of page", self.accessibility)
            self.check("browser: no request leaves the site (DevTools network log)", self.no_outside_requests_in_browser)
            self.check("browser: no JavaScript console errors", self.no_console_errors)
        finally:
            self.driver.quit()
        return self.finish()

    def finish(self):
        passed = sum(1 for _, ok, _ in self.results if ok)
        failed = len(self.results) - passed
        print(f"{passed} passed, {failed} failed")
        return 0 if failed == 0 else 1


SITE_URI = ""  # file:///…/site/, set by main()


def short(url):
    """A result URL without the site folder, for messages."""
    return url[len(SITE_URI):] if SITE_URI and url.startswith(SITE_URI) else url


# -- static scans of the output ----------------------------------------------------------------

URL_ATTRIBUTES = {"src", "href", "srcset", "poster", "data", "action", "formaction", "background", "ping",
                  "manifest", "xlink:href", "imagesrcset", "content"}
OUTSIDE = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)  # http://, https://, //host, ftp://…


class TagCollector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []  # (tag, {attr: value}, line)
        self.ids = set()
        self.styles = []  # inline <style> and style="" text
        self.scripts = []  # inline <script> text
        self._inside = None

    def handle_starttag(self, tag, attrs):
        values = {name.lower(): (value or "") for name, value in attrs}
        self.tags.append((tag, values, self.getpos()[0]))
        if "id" in values:
            self.ids.add(values["id"])
        if "name" in values and tag == "a":
            self.ids.add(values["name"])
        if "style" in values:
            self.styles.append(values["style"])
        self._inside = tag if tag in ("style", "script") else None

    def handle_endtag(self, tag):
        self._inside = None

    def handle_data(self, data):
        if self._inside == "style":
            self.styles.append(data)
        elif self._inside == "script":
            self.scripts.append(data)


CSS_OUTSIDE = [re.compile(r"url\(\s*['\"]?\s*((?:[a-z][a-z0-9+.-]*:)?//[^'\")\s]*)", re.I),
               re.compile(r"@import\s+(?:url\()?\s*['\"]?\s*((?:[a-z][a-z0-9+.-]*:)?//[^'\")\s;]*)", re.I)]
JS_OUTSIDE = [
    # Anything that makes a request from script, with an absolute or protocol-relative address.
    re.compile(r"\b(?:fetch|importScripts|import|sendBeacon|EventSource|WebSocket|Worker|SharedWorker)\s*\(\s*['\"`]\s*"
               r"((?:[a-z][a-z0-9+.-]*:)?//[^'\"`]*)", re.I),
    re.compile(r"\bimport\s+(?:[\w*{}\s,]+\s+from\s+)?['\"]((?:[a-z][a-z0-9+.-]*:)?//[^'\"]*)", re.I),
    re.compile(r"\.open\(\s*['\"][A-Z]+['\"]\s*,\s*['\"]((?:[a-z][a-z0-9+.-]*:)?//[^'\"]*)", re.I),
    re.compile(r"\.(?:src|href|action)\s*=\s*['\"]((?:[a-z][a-z0-9+.-]*:)?//[^'\"]*)", re.I),
]
# A script may mention addresses as data (the error texts in search-index.js quote Meta's docs);
# these are the ways script makes requests at all, which the site's own script must not use.
JS_REQUEST_APIS = re.compile(r"\b(?:fetch\s*\(|XMLHttpRequest|importScripts\s*\(|import\s*\(|sendBeacon|new\s+EventSource|"
                             r"new\s+WebSocket|new\s+(?:Shared)?Worker)")


def site_files(site, suffixes):
    for directory, _, names in os.walk(site):
        for name in sorted(names):
            if name.endswith(suffixes):
                yield os.path.join(directory, name)


def static_outside_references(site):
    problems, links_out = [], []
    for path in site_files(site, (".html", ".htm", ".css", ".js", ".mjs", ".svg")):
        relative = os.path.relpath(path, site)
        text = open(path, encoding="utf-8", errors="replace").read()
        css_texts, js_texts = [], []
        if path.endswith((".html", ".htm", ".svg")):
            parser = TagCollector()
            parser.feed(text)
            for tag, attrs, line in parser.tags:
                rel = set(attrs.get("rel", "").lower().split())
                for name, value in attrs.items():
                    if name not in URL_ATTRIBUTES or not value:
                        continue
                    if name == "content" and not (tag == "meta" and attrs.get("http-equiv", "").lower() == "refresh"):
                        continue
                    candidates = [part.strip().split(" ")[0] for part in value.split(",")] if "srcset" in name else [value]
                    if name == "content":
                        candidates = [value.split("url=", 1)[1]] if "url=" in value.lower() else []
                    for candidate in candidates:
                        if not OUTSIDE.match(candidate):
                            continue
                        if tag == "link" and name == "href" and rel & {"canonical", "alternate"}:
                            continue  # metadata for search engines, never fetched
                        if tag == "a" and name == "href":
                            links_out.append(f"{relative}:{line}: {candidate}")
                            continue  # a link the reader may follow, not a request the page makes
                        problems.append(f"{relative}:{line}: <{tag} {name}=\"{candidate}\">")
            css_texts, js_texts = parser.styles, parser.scripts
        elif path.endswith(".css"):
            css_texts = [text]
        else:
            js_texts = [text]
        for css in css_texts:
            for pattern in CSS_OUTSIDE:
                problems += [f"{relative}: CSS {m.group(0).strip()}" for m in pattern.finditer(css)]
        for js in js_texts:
            for pattern in JS_OUTSIDE:
                problems += [f"{relative}: script {m.group(0).strip()[:80]}" for m in pattern.finditer(js)]
            if relative.startswith("assets/"):
                problems += [f"{relative}: script uses {m.group(0).strip()}" for m in JS_REQUEST_APIS.finditer(js)]
    return problems, links_out


def broken_internal_links(site):
    """Relative href/src of every page that point at a missing file or a missing #fragment."""
    site = os.path.abspath(site)
    pages, problems, count = {}, [], 0
    for path in site_files(site, (".html",)):
        parser = TagCollector()
        parser.feed(open(path, encoding="utf-8", errors="replace").read())
        pages[path] = parser
    base_path = "/"
    home = os.path.join(site, "index.html")
    if home in pages:
        for tag, attrs, _ in pages[home].tags:
            if tag == "link" and "x-default" == attrs.get("hreflang"):
                base_path = urllib.parse.urlparse(attrs.get("href", "")).path or "/"
    for path, parser in pages.items():
        relative = os.path.relpath(path, site)
        for tag, attrs, line in parser.tags:
            for name in ("href", "src"):
                value = attrs.get(name)
                if value is None or OUTSIDE.match(value) or re.match(r"^[a-z][a-z0-9+.-]*:", value, re.I):
                    continue
                if tag == "link" and set(attrs.get("rel", "").lower().split()) & {"canonical", "alternate"}:
                    continue
                count += 1
                target, _, fragment = value.partition("#")
                target = urllib.parse.unquote(target.split("?", 1)[0])
                if target.startswith("/"):
                    if not target.startswith(base_path):
                        problems.append(f"{relative}:{line}: {value} is outside the base path {base_path}")
                        continue
                    file = os.path.join(site, target[len(base_path):])
                elif target:
                    file = os.path.normpath(os.path.join(os.path.dirname(path), target))
                else:
                    file = path
                if os.path.isdir(file):
                    file = os.path.join(file, "index.html")
                if not (file == site or file.startswith(site + os.sep)):
                    problems.append(f"{relative}:{line}: {value} leaves the site folder")
                elif not os.path.isfile(file):
                    problems.append(f"{relative}:{line}: {value} does not exist")
                elif fragment and file in pages and fragment not in pages[file].ids:
                    problems.append(f"{relative}:{line}: {value}: no id=\"{fragment}\" in {os.path.relpath(file, site)}")
    return problems, count


def addresses_name_pages(site):
    """sitemap.xml, canonical and hreflang addresses: each one names a page the generator wrote."""
    import xml.etree.ElementTree as ElementTree
    parser = TagCollector()
    parser.feed(open(os.path.join(site, "index.html"), encoding="utf-8").read())
    base = next((attrs.get("href", "") for tag, attrs, _ in parser.tags
                 if tag == "link" and attrs.get("hreflang") == "x-default"), "")
    expect(re.match(r"^https?://", base), "index.html has no absolute x-default address to take the base URL from")

    def page_of(url):
        if not url.startswith(base):
            return None
        path = urllib.parse.unquote(url[len(base):].split("#", 1)[0])
        return path + "index.html" if path == "" or path.endswith("/") else path

    problems, count = [], 0
    namespaces = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    sitemap = os.path.join(site, "sitemap.xml")
    expect(os.path.isfile(sitemap), "no sitemap.xml")
    try:
        tree = ElementTree.parse(sitemap)
    except ElementTree.ParseError as error:
        raise CheckFailed(f"sitemap.xml is not well-formed XML: {error}")
    listed = set()
    for entry in tree.getroot().findall("s:url", namespaces):
        loc = (entry.findtext("s:loc", "", namespaces) or "").strip()
        urls = [("loc", loc)] + [(f"hreflang {link.get('hreflang')}", link.get("href", ""))
                                 for link in entry.findall("x:link", namespaces)]
        for kind, url in urls:
            count += 1
            page = page_of(url)
            if page is None or not os.path.isfile(os.path.join(site, page)):
                problems.append(f"sitemap.xml {kind} {url} names no page of the site")
            elif kind == "loc":
                listed.add(page)
    for path in site_files(site, (".html",)):
        relative = os.path.relpath(path, site)
        parser = TagCollector()
        parser.feed(open(path, encoding="utf-8", errors="replace").read())
        for tag, attrs, line in parser.tags:
            rel = set(attrs.get("rel", "").lower().split())
            if tag != "link" or not rel & {"canonical", "alternate"}:
                continue
            count += 1
            page = page_of(attrs.get("href", ""))
            if page is None or not os.path.isfile(os.path.join(site, page)):
                problems.append(f"{relative}:{line}: {'/'.join(sorted(rel))} {attrs.get('href')} names no page of the site")
            elif "canonical" in rel and page != relative:
                problems.append(f"{relative}:{line}: canonical {attrs.get('href')} is another page ({page})")
            elif "canonical" in rel and page not in listed:
                problems.append(f"{relative}: has a canonical address but is not in sitemap.xml")
    return problems, count


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    global SITE_URI
    site, screenshots = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    SITE_URI = pathlib.Path(site).as_uri() + "/"
    if not os.path.isfile(os.path.join(site, "index.html")):
        print(f"{site} has no index.html: not a generated site", file=sys.stderr)
        return 2
    started = time.monotonic()
    status = Checker(site, screenshots).run()
    print(f"browser checks took {time.monotonic() - started:.1f} s")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
