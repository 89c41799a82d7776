import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { eventually, startSession } from "./support/calculator.mjs";

describe("reload restores the state", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("keeps an edited value and its result across a reload", async () => {
    const calc = await session.open();
    await calc.type("groups[0].cases_shortened", "20");
    // 20 × 3 = 60 case-months × −4.266,40 = −255.984; − 215.878,38 = −471.862,38
    await eventually(() => calc.headline(), "471.862 kr.");
    await calc.leave("groups[0].cases_shortened");
    await calc.reload();
    assert.equal(await calc.fieldValue("groups[0].cases_shortened"), "20");
    assert.equal(await calc.headline(), "471.862 kr.");
    calc.assertNoErrors();
  });

  it("keeps the language across a reload", async () => {
    const calc = await session.open();
    await calc.switchLanguage("en");
    await eventually(() => calc.verdict(), "extra cost");
    await calc.reload();
    assert.equal(await calc.verdict(), "extra cost");
    assert.equal(await calc.headline(), "407,866 kr.");
  });
});
