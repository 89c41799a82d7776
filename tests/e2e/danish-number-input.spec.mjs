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
    // 45 × (10.676 + 12.000,50 − 17.642,40) − 215.878,38 = 226.534,50 − 215.878,38 = 10.656,12
    // shown in whole kroner: 10.656 kr.
    await eventually(() => calc.headline(), "10.656 kr.");
    assert.equal(await calc.fieldError("groups[0].indsats.monthly"), null);
    calc.assertNoErrors();
  });

  it("reads spaces as thousands separators and a trailing %", async () => {
    const calc = await session.open();
    await calc.type("investment.annual_cost", "444 000");
    // Buy-out 15/37 × 444.000 = 180.000; benefits 45 × −4.266,40 = −191.988:
    // −191.988 − 180.000 = −371.988
    await eventually(() => calc.headline(), "371.988 kr.");
    await calc.type("groups[0].fp.refusion.pct", "30 %");
    // FP kommune 22.053 × 0,7 = 15.437,10; per case-month 10.676 + 2.700 − 15.437,10
    // = −2.061,10; × 45 = −92.749,50; − 180.000 = −272.749,50
    await eventually(() => calc.headline(), "272.750 kr.");
    calc.assertNoErrors();
  });
});
