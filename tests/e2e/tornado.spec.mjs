import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { eventually, startSession } from "./support/calculator.mjs";

describe("What matters most (tornado)", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("orders the inputs by swing, and a range reorders them", async () => {
    const calc = await session.open();
    await calc.page.getByTestId("preset-select").selectOption("norddjurs-2018-realistic");
    assert.equal(await calc.page.getByTestId("tornado").count(), 0, "closed until asked for");
    await calc.page.getByTestId("tornado-open").click();
    // FP ±20 %: swing 268.444,80; RFY: 163.668,38.
    await eventually(async () => (await calc.tornadoOrder()).slice(0, 2).join(" "),
      "groups[0].fp.rate.monthly groups[0].rfy.rate.monthly");
    assert.equal(await calc.page.getByTestId("tornado").getAttribute("role"), "img");
    // Indsats 1.000 … 35.000: 45 × 34.000 × 50 % refusion in 2018 = 765.000, the widest.
    await calc.addRange("groups[0].indsats.monthly");
    await calc.setRange("groups[0].indsats.monthly", "1.000", "", "35.000");
    await eventually(async () => (await calc.tornadoOrder())[0], "groups[0].indsats.monthly");
    calc.assertNoErrors();
  });
});
