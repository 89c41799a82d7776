import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { eventually, startSession } from "./support/calculator.mjs";

// The main flows with the keyboard alone: reach a field, change it, undo,
// switch language, and open and leave the reset dialog.
describe("keyboard only", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("edits a value, undoes it and switches language without a mouse", async () => {
    const calc = await session.open();
    await calc.tabTo("field-groups[0].indsats.monthly");
    await calc.page.keyboard.press("ControlOrMeta+a");
    await calc.page.keyboard.type("12000");
    // 45 × (10.676 + 12.000 − 17.642,40) − 215.878,38 = 10.633,62
    await eventually(() => calc.headline(), "10.634 kr.");
    await calc.page.keyboard.press("Tab");
    await calc.tabTo("undo", { backwards: true });
    await calc.page.keyboard.press("Enter");
    await eventually(() => calc.headline(), "407.866 kr.");
    await calc.tabTo("lang-en", { backwards: true });
    await calc.page.keyboard.press("Enter");
    await eventually(() => calc.verdict(), "extra cost");
    calc.assertNoErrors();
  });

  it("opens the reset dialog, keeps focus in it and leaves with Escape", async () => {
    const calc = await session.open();
    await calc.tabTo("reset-preset");
    await calc.page.keyboard.press("Enter");
    await eventually(() => calc.focusedTestId(), "cancel-reset");
    // Tab stays inside the dialog.
    for (let i = 0; i < 4; i++) {
      await calc.page.keyboard.press("Tab");
      assert.ok(["cancel-reset", "confirm-reset"].includes(await calc.focusedTestId()));
    }
    await calc.page.keyboard.press("Escape");
    await eventually(() => calc.focusedTestId(), "reset-preset");
    assert.equal(await calc.page.getByTestId("confirm-reset").count(), 0);
    calc.assertNoErrors();
  });

  it("shows where the focus is", async () => {
    const calc = await session.open();
    await calc.tabTo("field-groups[0].cases_shortened");
    const outline = await calc.page.evaluate(() => {
      const style = getComputedStyle(document.activeElement);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    assert.notEqual(outline.split(" ")[0], "none", "a visible focus ring");
  });
});
