import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { eventually, startSession } from "./support/calculator.mjs";

describe("What matters most (tornado)", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("ranks the disputed inputs by the sources' ranges, ±20 % for the rest", async () => {
    const calc = await session.open();
    await calc.choosePreset("norddjurs-2018-realistic");
    assert.equal(await calc.page.getByTestId("tornado").count(), 0, "closed until asked for");
    await calc.page.getByTestId("tornado-open").click();
    // Indsats 1.000 … 34.551 (the sources): 33.551 × 45 case-months × 50 %
    // refusion in 2018 = 754.897,50; FP ±20 % 268.444,80; anyway 56–100 %
    // 174.873,60 (the alternative at the 2018 kontanthjælp, 11.282); RFY
    // ±20 % 162.460,80; granted 50–100 % 102.105
    // (tests/engine_evidence_ranges.rs works them out).
    await eventually(async () => (await calc.tornadoOrder()).slice(0, 5).join(" "),
      "groups[0].indsats.monthly groups[0].fp.rate.monthly groups[0].counterfactual.anyway_pct " +
      "groups[0].rfy.rate.monthly groups[0].granted_pct");
    assert.equal(await calc.page.getByTestId("tornado").getAttribute("role"), "img");
    const row = (path) => calc.page.getByTestId(`tornado-row-${path}`).locator("text").textContent();
    assert.match(await row("groups[0].indsats.monthly"), /\(spænd fra kilderne\)/);
    assert.match(await row("groups[0].fp.rate.monthly"), /\(±20 %\)/);
    // The user's own, narrow indsats range: 2.000 … 3.000 swings 22.500, so FP leads.
    await calc.setRange("groups[0].indsats.monthly", "2.000", "", "3.000");
    await eventually(async () => (await calc.tornadoOrder())[0], "groups[0].fp.rate.monthly");
    assert.match(await row("groups[0].indsats.monthly"), /\(jeres spænd\)/);
    calc.assertNoErrors();
  });
});
