import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { startSession } from "./support/calculator.mjs";

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

  it("fits a 390×844 phone: no sideways scrolling, the answer on top", async () => {
    const calc = await session.open();
    await calc.page.setViewportSize({ width: 390, height: 844 });
    const wide = await calc.page.evaluate(() => document.scrollingElement.scrollWidth);
    assert.ok(wide <= 390, `page is ${wide} px wide`);
    const headline = await calc.page.getByTestId("headline").boundingBox();
    assert.ok(headline.y < 844 / 2, `headline at ${headline.y}`);
    calc.assertNoErrors();
  });
});
