import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { eventually, startSession } from "./support/calculator.mjs";

// Laptops and projectors in meeting rooms: the results get the screen's
// height, not a band under the toolbars; a phone gets the page at its width.
describe("screen space", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  for (const [width, height] of [
    [1366, 768],
    [1024, 768],
  ]) {
    it(`gives the results most of a ${width}×${height} screen`, async () => {
      const calc = await session.open();
      await calc.page.setViewportSize({ width, height });
      const results = await calc.page.locator(".area-results").boundingBox();
      const shown = Math.min(results.y + results.height, height) - results.y;
      assert.ok(shown >= height * 0.55, `results ${Math.round(shown)} px of ${height}`);
      // The headline stays in view above them.
      const headline = await calc.page.getByTestId("headline").boundingBox();
      assert.ok(headline.y >= 0 && headline.y + headline.height <= results.y + 1);
      calc.assertNoErrors();
    });
  }

  for (const [width, height] of [
    [1024, 768],
    [1280, 800],
    [1366, 768],
  ]) {
    it(`shows the whole title and the story's cards on the first ${width}×${height} screen`, async () => {
      const calc = await session.open({ viewport: { width, height } });
      const title = calc.page.locator("header.topbar h1");
      assert.equal((await title.textContent()).trim(), "Afkortning af ressourceforløb – business case");
      // Cut with an ellipsis, the text is wider than its box.
      const cut = await title.evaluate((el) => ({
        wide: el.scrollWidth > el.clientWidth,
        high: el.scrollHeight > el.clientHeight,
      }));
      assert.deepEqual(cut, { wide: false, high: false }, "the title is not cut");
      const box = await title.boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= width, `title from ${box.x} to ${box.x + box.width}`);
      const cards = await calc.page.locator(".story-card").all();
      assert.equal(cards.length, 3);
      for (const card of cards) {
        const c = await card.boundingBox();
        assert.ok(c.y >= 0 && c.y + c.height <= height, `a card from ${Math.round(c.y)} to ${Math.round(c.y + c.height)} px`);
      }
      calc.assertNoErrors();
    });
  }

  it("opens and closes \"Del og eksportér\" with the keyboard, and its actions work", async () => {
    const calc = await session.open({ viewport: { width: 1024, height: 768 } });
    const list = calc.page.getByTestId("share-menu-list");
    assert.equal(await list.isVisible(), false, "folded at first");
    assert.equal(await calc.page.getByTestId("copy-link").isVisible(), false);
    await calc.tabTo("share-menu");
    assert.equal(await calc.page.getByTestId("share-menu").getAttribute("aria-controls"), await list.getAttribute("id"));
    await calc.page.keyboard.press("Enter");
    await eventually(() => calc.shareMenuOpen(), true);
    assert.ok(await list.isVisible());
    // Its actions come next in the tab order.
    await calc.page.keyboard.press("Tab");
    assert.equal(await calc.focusedTestId(), "copy-link");
    await calc.page.keyboard.press("Escape");
    await eventually(() => calc.shareMenuOpen(), false);
    assert.equal(await list.isVisible(), false);
    assert.equal(await calc.focusedTestId(), "share-menu", "focus back on the button");
    // Open again, walk to the CSV and choose it with Enter: it downloads,
    // the menu closes, focus is back on its button.
    await calc.page.keyboard.press("Enter");
    await eventually(() => calc.shareMenuOpen(), true);
    await calc.tabTo("export-csv");
    const [download] = await Promise.all([calc.page.waitForEvent("download"), calc.page.keyboard.press("Enter")]);
    assert.match(download.suggestedFilename(), /\.csv$/);
    await eventually(() => calc.shareMenuOpen(), false);
    assert.equal(await calc.focusedTestId(), "share-menu");
    // Tabbing past its last action closes it too.
    await calc.page.keyboard.press("Enter");
    await eventually(() => calc.shareMenuOpen(), true);
    await calc.tabTo("print");
    await calc.page.keyboard.press("Tab");
    await eventually(() => calc.shareMenuOpen(), false);
    calc.assertNoErrors();
  });

  it("closes \"Del og eksportér\" on a click elsewhere; \"Kopiér link\" from it opens the link and QR code", async () => {
    const calc = await session.open({ viewport: { width: 1366, height: 768 } });
    await calc.openShareMenu();
    await calc.page.getByTestId("headline").click();
    await eventually(() => calc.shareMenuOpen(), false);
    const link = await calc.copyLink();
    assert.match(link, /#/);
    assert.equal(await calc.shareMenuOpen(), false, "closed after the action");
    assert.ok(await calc.page.getByTestId("share-panel").isVisible());
    calc.assertNoErrors();
  });

  it("fits a 390×844 phone: no sideways scrolling, the answer on top", async () => {
    const calc = await session.open();
    await calc.page.setViewportSize({ width: 390, height: 844 });
    const wide = () => calc.page.evaluate(() => document.scrollingElement.scrollWidth);
    assert.ok((await wide()) <= 390, `page is ${await wide()} px wide`);
    const headline = await calc.page.getByTestId("headline").boundingBox();
    assert.ok(headline.y < 844 / 2, `headline at ${headline.y}`);
    await calc.openShareMenu();
    assert.ok((await wide()) <= 390, `with the menu open the page is ${await wide()} px wide`);
    calc.assertNoErrors();
  });
});
