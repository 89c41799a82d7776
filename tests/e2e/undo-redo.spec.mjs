import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { eventually, startSession } from "./support/calculator.mjs";

const HOURS = "investment.hours_per_week";

describe("undo brings back the previous value", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("undoes and redoes an edit with the buttons", async () => {
    const calc = await session.open();
    await calc.type(HOURS, "37");
    await calc.leave(HOURS);
    // A whole post: 532.500; benefits 45 × −4.266,40 = −191.988: −724.488
    await eventually(() => calc.headline(), "724.488 kr.");
    await calc.undo();
    await eventually(() => calc.fieldValue(HOURS), "15");
    assert.equal(await calc.headline(), "407.866 kr.");
    await calc.redo();
    await eventually(() => calc.fieldValue(HOURS), "37");
    assert.equal(await calc.headline(), "724.488 kr.");
    calc.assertNoErrors();
  });

  it("undoes with the keyboard outside a text field", async () => {
    const calc = await session.open();
    await calc.type(HOURS, "37");
    await calc.leave(HOURS);
    await eventually(() => calc.headline(), "724.488 kr.");
    await calc.page.getByTestId("headline-figure").click();
    await calc.page.keyboard.press("ControlOrMeta+z");
    await eventually(() => calc.headline(), "407.866 kr.");
    await calc.page.keyboard.press("ControlOrMeta+Shift+z");
    await eventually(() => calc.headline(), "724.488 kr.");
    calc.assertNoErrors();
  });
});
