import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { eventually, startSession } from "./support/calculator.mjs";

const INDSATS = "groups[0].indsats.monthly";

describe("What must we believe (goal seek)", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("finds the indsats that breaks even and Norddjurs' +0,33 mio.", async () => {
    const calc = await session.open();
    await calc.goalSeek(INDSATS, "0");
    // 2.700 + 407.866,38 / 45 = 2.700 + 9.063,70 = 11.763,70 (kroner with
    // both decimals, never one)
    await eventually(() => calc.goalResult(), "11.763,70");
    await calc.type(INDSATS, await calc.goalResult());
    await eventually(() => calc.headline(), "0 kr.");
    await calc.goalSeek(INDSATS, "330.000");
    // At 11.763,70 the net is 45 × 9.063,70 − 407.866,38 = +0,12:
    // 11.763,70 + 329.999,88 / 45 = 19.097,03
    await eventually(() => calc.goalResult(), "19.097,03");
    await calc.type(INDSATS, "19.097,03");
    await eventually(() => calc.headline(), "330.000 kr.");
    calc.assertNoErrors();
  });

  it("says plainly when no value gets there", async () => {
    const calc = await session.open();
    await calc.goalSeek("investment.hours_per_week", "330.000");
    await eventually(() => calc.has("goal-unreachable"), true);
    assert.match(await calc.text("goal-unreachable"), /Ingen tilladt værdi/);
    calc.assertNoErrors();
  });
});
