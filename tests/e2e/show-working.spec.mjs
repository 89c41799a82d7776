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
      "Netto for kommunen: 45 sagsmåneder × (9.860,80 + 2.700,00 − 16.296,00) − 210.810,81 = −378.894,81",
    ]);
    // 45 × 12.326 × 80 % = 443.736
    const rfy = await calc.working("rfy_saved");
    assert.match(rfy[0], /45 sagsmåneder × 12\.326,00 × 80 % = 443\.736,00$/);
    const buyout = await calc.working("buyout");
    assert.match(buyout[0], /15 \/ 37 × 520\.000,00 × 12 \/ 12\) = −210\.810,81$/);
    calc.assertNoErrors();
  });
});
