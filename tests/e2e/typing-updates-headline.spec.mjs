import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { eventually, startSession } from "./support/calculator.mjs";

// Default preset "Jeres kommune – seneste satser (2026)": 15 cases × 3 months
// = 45 case-months. Per case-month, kommune: RFY 13.345 × 0,8 = 10.676;
// indsats at 0 % refusion; FP 22.053 × 0,8 = 17.642,40. Buy-out 15/37 ×
// 532.500 = 215.878,38.
const INDSATS = "groups[0].indsats.monthly";

describe("typing a value updates the headline", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("shows the default preset's hand-worked net", async () => {
    const calc = await session.open();
    // 45 × (10.676 + 2.700 − 17.642,40) − 215.878,38 = −191.988 − 215.878,38 = −407.866,38
    assert.equal(await calc.headline(), "407.866 kr.");
    assert.equal(await calc.verdict(), "merudgift");
    calc.assertNoErrors();
  });

  it("recomputes on each keystroke, turning into a saving", async () => {
    const calc = await session.open();
    await calc.type(INDSATS, "10000");
    // 45 × (10.676 + 10.000 − 17.642,40) − 215.878,38 = 136.512 − 215.878,38 = −79.366,38
    await eventually(() => calc.headline(), "79.366 kr.");
    assert.equal(await calc.verdict(), "merudgift");
    await calc.type(INDSATS, "12000");
    // 45 × (10.676 + 12.000 − 17.642,40) − 215.878,38 = 226.512 − 215.878,38 = 10.633,62
    await eventually(() => calc.headline(), "10.634 kr.");
    assert.equal(await calc.verdict(), "besparelse");
    calc.assertNoErrors();
  });
});
