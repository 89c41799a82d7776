import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { eventually, startSession } from "./support/calculator.mjs";

const INDSATS = "groups[0].indsats.monthly";

describe("How sure are we (Monte Carlo)", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("is opt-in, repeats with the same seed and stays responsive", async () => {
    const calc = await session.open();
    assert.equal(await calc.has("uncertainty-p50"), false, "nothing runs by itself");
    await calc.addRange(INDSATS);
    await calc.setRange(INDSATS, "1.000", "2.700", "35.000");
    const first = await calc.runUncertainty("2018", "100.000");
    const again = await calc.runUncertainty("2018", "100.000");
    assert.deepEqual(first, again);
    assert.ok(await calc.has("uncertainty-histogram"));
    assert.match(await calc.text("uncertainty-settings"), /^100\.000 trækninger, seed 2018\./);
    calc.assertNoErrors();
  });

  it("with low = likely = high gives the headline", async () => {
    const calc = await session.open();
    await calc.addRange(INDSATS);
    await calc.setRange(INDSATS, "2.700", "2.700", "2.700");
    const figures = await calc.runUncertainty("1", "1.000");
    // Every draw is the default preset's net, −407.866,38.
    assert.equal(figures.p10, "-407.866 kr.");
    assert.equal(figures.p50, "-407.866 kr.");
    assert.equal(figures.p90, "-407.866 kr.");
    assert.equal(figures.probability, "0,0 %");
    calc.assertNoErrors();
  });

  it("typing during a 100.000-draw run goes through at once", async () => {
    const calc = await session.open();
    await calc.addRange(INDSATS);
    await calc.addRange("groups[0].months_shortened");
    await calc.page.getByTestId("uncertainty-draws").fill("100.000");
    await calc.page.getByTestId("uncertainty-run").click();
    await calc.type(INDSATS, "12000");
    await eventually(() => calc.headline(), "10.634 kr.", 1000);
    calc.assertNoErrors();
  });
});
