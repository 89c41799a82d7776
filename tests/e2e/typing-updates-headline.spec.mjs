import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { eventually, startSession } from "./support/calculator.mjs";

// Default preset "Jeres kommune – seneste satser (2024)": 15 cases × 3 months
// = 45 case-months. Per case-month, kommune: RFY 12.326 × 0,8 = 9.860,80;
// indsats at 0 % refusion; FP 20.370 × 0,8 = 16.296. Buy-out 15/37 × 520.000
// = 210.810,81.
const INDSATS = "groups[0].indsats.monthly";

describe("typing a value updates the headline", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("shows the default preset's hand-worked net", async () => {
    const calc = await session.open();
    // 45 × (9.860,80 + 2.700 − 16.296) − 210.810,81 = −378.894,81
    assert.equal(await calc.headline(), "378.895 kr.");
    assert.equal(await calc.verdict(), "merudgift");
    calc.assertNoErrors();
  });

  it("recomputes on each keystroke, turning into a saving", async () => {
    const calc = await session.open();
    await calc.type(INDSATS, "10000");
    // 45 × (9.860,80 + 10.000 − 16.296) − 210.810,81 = 160.416 − 210.810,81 = −50.394,81
    await eventually(() => calc.headline(), "50.395 kr.");
    assert.equal(await calc.verdict(), "merudgift");
    await calc.type(INDSATS, "12000");
    // 45 × (9.860,80 + 12.000 − 16.296) − 210.810,81 = 250.416 − 210.810,81 = 39.605,19
    await eventually(() => calc.headline(), "39.605 kr.");
    assert.equal(await calc.verdict(), "besparelse");
    calc.assertNoErrors();
  });
});
