// Page object for the calculator: the specs speak of fields, the headline and
// buttons; selectors (data-testid) live only here.
import assert from "node:assert/strict";
import { launchBrowser } from "./browser.mjs";
import { startServer } from "./server.mjs";

/// Polls until `read()` returns `expected` (the app re-renders after an
/// event, not within it), then asserts, so a failure shows the last value.
export async function eventually(read, expected, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  let actual = await read();
  while (actual !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    actual = await read();
  }
  assert.equal(actual, expected);
}

/// One browser and one server for a spec file; a fresh context per test so
/// storage never leaks between tests.
export async function startSession() {
  const server = await startServer();
  const browser = await launchBrowser();
  return {
    server,
    browser,
    async open(options = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options });
      const page = await context.newPage();
      const calculator = new Calculator(page, server.url);
      await calculator.load();
      return calculator;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export class Calculator {
  constructor(page, url) {
    this.page = page;
    this.url = url;
    this.errors = [];
    page.on("pageerror", (error) => this.errors.push(String(error)));
    page.on("console", (message) => {
      if (message.type() === "error") this.errors.push(message.text());
    });
  }

  async load() {
    await this.page.goto(this.url);
    await this.waitForApp();
  }

  async reload() {
    await this.page.reload();
    await this.waitForApp();
  }

  /// Until the app has mounted: the static first answer in index.html
  /// (shown to a first-time visitor while the wasm loads) is gone and the
  /// app's headline is there.
  async waitForApp() {
    await this.page.locator("#first-answer").waitFor({ state: "detached" });
    await this.page.getByTestId("headline-figure").waitFor();
  }

  field(path) {
    return this.page.getByTestId(`field-${path}`);
  }

  /// Replaces a field's text the way a person does: select all, type.
  async type(path, text) {
    const field = this.field(path);
    await field.click();
    await field.press("ControlOrMeta+a");
    await field.pressSequentially(text);
  }

  async leave(path) {
    await this.field(path).press("Tab");
  }

  async fieldValue(path) {
    return this.field(path).inputValue();
  }

  async fieldError(path) {
    const error = this.page.getByTestId(`error-${path}`);
    return (await error.count()) ? (await error.textContent()).trim() : null;
  }

  async headline() {
    return (await this.page.getByTestId("headline-figure").textContent()).trim();
  }

  async verdict() {
    return (await this.page.getByTestId("headline-verdict").textContent()).trim();
  }

  async isStale() {
    return (await this.page.getByTestId("stale-notice").count()) > 0;
  }

  async switchLanguage(lang) {
    await this.page.getByTestId(`lang-${lang}`).click();
  }

  async undo() {
    await this.page.getByTestId("undo").click();
  }

  async redo() {
    await this.page.getByTestId("redo").click();
  }

  async labelOf(path) {
    const id = await this.field(path).getAttribute("id");
    return (await this.page.locator(`label[for="${id}"]`).textContent()).trim();
  }


  // ---- destinations, counterfactual and cost lines ----

  /// The group's alternative ("kontanthjaelp", "fleksjob", "job", "typed").
  async chooseInstead(group, value) {
    await this.page.getByTestId(`instead-kind-${group}`).selectOption(value);
  }

  async addCostLine() {
    await this.page.getByTestId("add-cost-line").click();
  }

  async nameCostLine(index, name) {
    await this.page.getByTestId(`cost-label-${index}`).fill(name);
  }

  async chooseCostBasis(index, value) {
    await this.page.getByTestId(`cost-basis-${index}`).selectOption(value);
  }

  /// Each cost line's row under the breakdown's totals, as text.
  async costLineTotals() {
    return (await this.page.getByTestId("cost-line-total").allTextContents()).map((t) => t.trim());
  }

  async breakdownText() {
    return (await this.page.getByTestId("breakdown-table").textContent()).trim();
  }

  // ---- decision support ----

  async text(testid) {
    return (await this.page.getByTestId(testid).textContent()).trim();
  }

  async has(testid) {
    return (await this.page.getByTestId(testid).count()) > 0;
  }

  /// Goal seek: which input, which target (typed as a person would).
  async goalSeek(path, target) {
    await this.page.getByTestId("goal-input").selectOption(path);
    const box = this.page.getByTestId("goal-target");
    await box.click();
    await box.press("ControlOrMeta+a");
    await box.pressSequentially(target);
  }

  async goalResult() {
    return this.text("goal-result");
  }

  async tornadoOrder() {
    return this.page.locator('[data-testid^="tornado-row-"]').evaluateAll((rows) =>
      rows.map((r) => r.getAttribute("data-testid").slice("tornado-row-".length)),
    );
  }

  async addRange(path) {
    await this.page.getByTestId("range-add").selectOption(path);
    await this.page.getByTestId("range-add-button").click();
  }

  async setRange(path, low, likely, high) {
    for (const [k, v] of [["low", low], ["likely", likely], ["high", high]]) {
      await this.page.getByTestId(`range-${k}-${path}`).fill(v);
      await this.page.getByTestId(`range-${k}-${path}`).press("Tab");
    }
  }

  /// Runs the simulation and waits until it has finished.
  async runUncertainty(seed, draws) {
    await this.page.getByTestId("uncertainty-seed").fill(seed);
    await this.page.getByTestId("uncertainty-draws").fill(draws);
    await this.page.getByTestId("uncertainty-run").click();
    await this.page.getByTestId("uncertainty-run").waitFor({ timeout: 20000 });
    const figures = {};
    for (const k of ["probability", "p10", "p50", "p90"]) figures[k] = await this.text(`uncertainty-${k}`);
    return figures;
  }

  async openMeeting() {
    await this.page.getByTestId("meeting-open").click();
    await this.page.getByTestId("meeting-headline").waitFor();
  }

  async meetingHeadline() {
    return this.text("meeting-headline");
  }

  async meetingSliders() {
    return this.page.locator('[data-testid^="meeting-slider-"]').evaluateAll((els) =>
      els.map((e) => e.getAttribute("data-testid").slice("meeting-slider-".length)),
    );
  }

  slider(path) {
    return this.page.getByTestId(`meeting-slider-${path}`);
  }

  /// The working of the net or a line item, one formula per line.
  async working(key) {
    const details = this.page.getByTestId(`working-${key}`);
    await details.locator("summary").click();
    return details.locator("li").allTextContents();
  }

  async focusedTestId() {
    return this.page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? null);
  }

  /// Presses Tab (or Shift+Tab) until the element with `testId` has focus, as
  /// a keyboard-only user would; fails if it is never reached.
  async tabTo(testId, { backwards = false, max = 300 } = {}) {
    for (let i = 0; i < max; i++) {
      if ((await this.focusedTestId()) === testId) return i;
      await this.page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    }
    assert.fail(`${testId} cannot be reached with ${backwards ? "Shift+Tab" : "Tab"}`);
  }

  // ---- scenarios, links, files ----

  async scenarioNames() {
    return (await this.page.locator('[data-testid^="scenario-tab-"]').allTextContents()).map((t) => t.trim());
  }

  async switchTo(index) {
    await this.page.getByTestId(`scenario-tab-${index}`).click();
  }

  async renameScenario(name) {
    const field = this.page.getByTestId("rename-scenario");
    await field.fill(name);
    await field.press("Tab");
  }

  async choosePreset(id) {
    await this.page.getByTestId("preset-select").selectOption(id);
  }

  /// Opens "Del og eksportér", where copying the link, the files and
  /// printing are (already open: left open).
  async openShareMenu() {
    const button = this.page.getByTestId("share-menu");
    if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
    await this.page.getByTestId("share-menu-list").waitFor();
  }

  async shareMenuOpen() {
    return (await this.page.getByTestId("share-menu").getAttribute("aria-expanded")) === "true";
  }

  /// Clicks an action of "Del og eksportér" (opening it first).
  async chooseFromShareMenu(testId) {
    await this.openShareMenu();
    await this.page.getByTestId(testId).click();
  }

  /// Clicks "copy link" and returns the link shown in the read-only field.
  async copyLink() {
    await this.chooseFromShareMenu("copy-link");
    await this.page.getByTestId("link-text").waitFor();
    return this.page.getByTestId("link-text").inputValue();
  }

  async openCompare() {
    await this.page.getByTestId("compare-open").click();
    await this.page.getByTestId("compare-view").waitFor();
  }

  /// Opens `url` (a share link) in this page, as a person pasting it.
  async openLink(url) {
    await this.page.goto(url);
    await this.waitForApp();
  }

  async linkError() {
    const el = this.page.getByTestId("link-error");
    await el.waitFor();
    return (await el.textContent()).trim();
  }

  /// Downloads what `testId` in "Del og eksportér" offers; returns { name, bytes }.
  async download(testId) {
    await this.openShareMenu();
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByTestId(testId).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }

  /// Chooses a file in "Del og eksportér"'s "Åbn fil".
  async importFile(name, text) {
    await this.openShareMenu();
    await this.page.getByTestId("import-json").setInputFiles({
      name,
      mimeType: "application/json",
      buffer: Buffer.from(text, "utf8"),
    });
  }

  async importErrors() {
    const list = this.page.getByTestId("import-errors");
    await list.waitFor();
    return (await list.locator("li").allTextContents()).map((t) => t.trim());
  }

  /// What localStorage holds (saved work), key by key.
  async savedWork() {
    return this.page.evaluate(() => ({ ...localStorage }));
  }

  /// Fails the test if the page logged an error or threw (a wasm panic does both).
  assertNoErrors() {
    assert.deepEqual(this.errors, []);
  }
}
