import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { startSession } from "./support/calculator.mjs";

describe("Show the working", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("writes the net and each line item with the scenario's own numbers", async () => {
    const calc = await session.open();
    const net = await calc.working("net");
    assert.deepEqual(net, [
      "Netto for kommunen: 45 sagsmåneder × (10.676,00 + 2.700,00 − 17.642,40) − 215.878,38 = −407.866,38",
    ]);
    // 45 × 13.345 × 80 % = 480.420
    const rfy = await calc.working("rfy_saved");
    assert.match(rfy[0], /45 sagsmåneder × 13\.345,00 × 80 % = 480\.420,00$/);
    // 15 / 37 × 532.500 = 215.878,38
    const buyout = await calc.working("buyout");
    assert.match(buyout[0], /15 \/ 37 × 532\.500,00 × 12 \/ 12\) = −215\.878,38$/);
    calc.assertNoErrors();
  });
});
