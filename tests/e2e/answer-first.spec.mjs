import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { startSession } from "./support/calculator.mjs";

// What the page holds at the moment the app's answer first appears, recorded
// by a MutationObserver before any of the app's scripts run. Its callback
// runs right after the render that inserted the answer, before the next task.
// (The static first answer in index.html, which the app replaces, is not the
// app's render: first-answer.spec.mjs covers it.)
function recordFirstRender() {
  new MutationObserver((_, observer) => {
    const figure = [...document.querySelectorAll('[data-testid="headline-figure"]')].find(
      (f) => !f.closest("#first-answer"),
    );
    if (!figure) return;
    observer.disconnect();
    window.firstRender = {
      figure: figure.textContent,
      drawn: document.querySelector("[data-drawn]")?.dataset.drawn,
      form: document.querySelector('[data-testid="add-group"]') !== null,
    };
  }).observe(document, { childList: true, subtree: true });
}

describe("the answer comes first", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("draws the headline before the form and the results, then the rest", async () => {
    const context = await session.browser.newContext();
    await context.addInitScript(recordFirstRender);
    const page = await context.newPage();
    await page.goto(session.server.url);
    await page.waitForFunction(() => window.firstRender !== undefined);
    // The default preset's net (tests/golden: −407,866.38 kr., an extra cost).
    assert.deepEqual(await page.evaluate(() => window.firstRender), {
      figure: "407.866 kr.",
      drawn: "answer",
      form: false,
    });
    await page.locator('[data-drawn="all"]').waitFor();
    await page.getByTestId("add-group").waitFor();
    assert.equal(await page.getByTestId("headline-figure").count(), 1);
    await context.close();
  });
});
