import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { eventually, startSession } from "./support/calculator.mjs";

describe("Danish-formatted values are understood", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("reads thousands dots and a decimal comma", async () => {
    const calc = await session.open();
    await calc.type("groups[0].indsats.monthly", "12.000,50");
    // 45 × (9.860,80 + 12.000,50 − 16.296) − 210.810,81 = 250.438,50 − 210.810,81 = 39.627,69
    // shown in whole kroner: 39.628 kr.
    await eventually(() => calc.headline(), "39.628 kr.");
    assert.equal(await calc.fieldError("groups[0].indsats.monthly"), null);
    calc.assertNoErrors();
  });

  it("reads spaces as thousands separators and a trailing %", async () => {
    const calc = await session.open();
    await calc.type("investment.annual_cost", "444 000");
    // Buy-out 15/37 × 444.000 = 180.000; benefits 45 × −3.735,20 = −168.084:
    // −168.084 − 180.000 = −348.084
    await eventually(() => calc.headline(), "348.084 kr.");
    await calc.type("groups[0].fp.refusion.pct", "30 %");
    // FP kommune 20.370 × 0,7 = 14.259; per case-month 9.860,80 + 2.700 − 14.259
    // = −1.698,20; × 45 = −76.419; − 180.000 = −256.419
    await eventually(() => calc.headline(), "256.419 kr.");
    calc.assertNoErrors();
  });
});
