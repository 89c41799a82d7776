import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { auditAccessibility } from "./support/axe.mjs";
import { startSession } from "./support/calculator.mjs";

// index.html carries the default scenario's answer (ui::view::first_answer_html)
// so a first-time visitor sees it before the wasm arrives; the app removes it
// when it mounts. Someone with saved work or a link must never see it.

/// Runs in the page before any of its own scripts: records, at every DOM
/// change and every frame until the app has mounted, which headline figures
/// are visible and whether the static one is among them.
function watchHeadlines() {
  window.__headlines = { staticSeen: [], staticHidden: 0, mostVisible: 0, appMounted: false };
  const look = () => {
    const figures = [...document.querySelectorAll('[data-testid="headline-figure"]')];
    const visible = figures.filter((f) => f.checkVisibility());
    const record = window.__headlines;
    record.mostVisible = Math.max(record.mostVisible, visible.length);
    for (const figure of figures) {
      if (!figure.closest("#first-answer")) {
        record.appMounted = true;
      } else if (visible.includes(figure)) {
        record.staticSeen.push(figure.textContent);
      } else {
        record.staticHidden++;
      }
    }
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true });
  const frame = () => {
    look();
    if (!window.__headlines.appMounted) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

describe("the first answer in the static page", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  async function visit(url, prepare = async () => {}) {
    const context = await session.browser.newContext();
    await prepare(context);
    await context.addInitScript(watchHeadlines);
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.goto(url);
    await page.locator("#first-answer").waitFor({ state: "detached" });
    await page.getByTestId("headline-figure").waitFor();
    const record = await page.evaluate(() => window.__headlines);
    return { context, page, record, errors };
  }

  it("shows a first-time visitor the default answer, then exactly one headline: the app's", async () => {
    const { context, page, record, errors } = await visit(session.server.url);
    // The default preset's net: −407.866,38 kr. (tests/first_answer.rs), in Danish.
    assert.ok(record.staticSeen.length > 0, "the static answer was visible before the app mounted");
    assert.deepEqual([...new Set(record.staticSeen)], ["407.866 kr."]);
    assert.equal(record.staticHidden, 0);
    assert.equal(record.mostVisible, 1, "never two headline figures on screen");
    assert.equal(await page.getByTestId("headline-figure").count(), 1);
    assert.equal((await page.getByTestId("headline-figure").textContent()).trim(), "407.866 kr.");
    assert.equal(await page.locator("[aria-busy]").count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("never shows the default answer to someone with saved work", async () => {
    const { context, page, record, errors } = await visit(session.server.url, (context) =>
      // Set before the page's scripts run, as a returning visitor's storage is.
      context.addInitScript(() => localStorage.setItem("afkortning.lang", "en")),
    );
    assert.deepEqual(record.staticSeen, []);
    assert.ok(record.staticHidden > 0, "the static block was in the page, hidden");
    assert.equal(record.mostVisible, 1);
    // English: the saved language, which the static Danish answer would contradict.
    assert.equal((await page.getByTestId("headline-verdict").textContent()).trim(), "extra cost");
    assert.equal(await page.getByTestId("headline-figure").count(), 1);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("never shows the default answer for a link in the address", async () => {
    // A link of the current format with nothing after its prefix: the app
    // says it is cut off; the static answer must not stand in for it.
    const { context, page, record } = await visit(`${session.server.url}#s1.`);
    assert.deepEqual(record.staticSeen, []);
    assert.ok(record.staticHidden > 0, "the static block was in the page, hidden");
    await page.getByTestId("link-error").waitFor();
    assert.equal(await page.getByTestId("headline-figure").count(), 1);
    await context.close();
  });

  it("passes the accessibility audit while the app is still loading", async () => {
    const context = await session.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    // The wasm never arrives, so the static answer stays as a slow network leaves it.
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.goto(session.server.url);
    await page.locator("#first-answer").waitFor();
    assert.equal(await page.locator("#first-answer[aria-busy=true]").count(), 1);
    assert.equal(await page.locator("#first-answer [aria-live]").count(), 0, "announced once: by the app's headline");
    await auditAccessibility(page, "the static first answer");
    await context.close();
  });
});
