import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { eventually, startSession } from "./support/calculator.mjs";

const digits = (text) => text.replace(/[^\d]/g, "");

describe("switching language changes the labels, not the numbers", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("translates labels and keeps every figure", async () => {
    const calc = await session.open();
    const daLabel = await calc.labelOf("groups[0].months_shortened");
    const daFigure = await calc.headline();
    const daTable = await calc.page.getByTestId("breakdown-table").textContent();
    assert.equal(await calc.page.locator("html").getAttribute("lang"), "da");

    await calc.switchLanguage("en");
    await eventually(() => calc.verdict(), "extra cost");
    const enLabel = await calc.labelOf("groups[0].months_shortened");
    assert.notEqual(enLabel, daLabel);
    assert.equal(await calc.headline(), "407,866 kr.");
    assert.equal(digits(await calc.headline()), digits(daFigure));
    const enTable = await calc.page.getByTestId("breakdown-table").textContent();
    assert.equal(digits(enTable).length > 20, true);
    assert.deepEqual(
      enTable.match(/-?[\d.,]+\d/g).map(digits),
      daTable.match(/-?[\d.,]+\d/g).map(digits),
      "the same figures in the same order",
    );
    assert.equal(await calc.page.locator("html").getAttribute("lang"), "en");

    await calc.switchLanguage("da");
    await eventually(() => calc.verdict(), "merudgift");
    assert.equal(await calc.labelOf("groups[0].months_shortened"), daLabel);
    calc.assertNoErrors();
  });
});
