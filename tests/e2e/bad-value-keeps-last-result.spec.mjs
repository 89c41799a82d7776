import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { eventually, startSession } from "./support/calculator.mjs";

const MONTHS = "groups[0].months_shortened";

describe("a bad value is marked and the last result stays", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("marks an out-of-range value with what is allowed", async () => {
    const calc = await session.open();
    await calc.type(MONTHS, "4");
    // 15 × 4 = 60 case-months × −3.735,20 = −224.112; − 210.810,81 = −434.922,81
    await eventually(() => calc.headline(), "434.923 kr.");
    assert.equal(await calc.isStale(), false);

    await calc.type(MONTHS, "61");
    await eventually(() => calc.fieldError(MONTHS), "Skal være et tal fra 0 til 60 måneder");
    assert.equal(await calc.field(MONTHS).getAttribute("aria-invalid"), "true");
    // Typed key by key, "61" passes through "6", a valid value: 15 × 6 = 90
    // case-months × −3.735,20 = −336.168; − 210.810,81 = −546.978,81. That is
    // the last valid result, and it stays.
    assert.equal(await calc.headline(), "546.979 kr.", "the last valid result stays");
    assert.equal(await calc.isStale(), true);
    assert.equal(await calc.fieldValue(MONTHS), "61", "what the user typed is kept");

    await calc.type(MONTHS, "3");
    await eventually(() => calc.headline(), "378.895 kr.");
    assert.equal(await calc.isStale(), false);
    assert.equal(await calc.fieldError(MONTHS), null);
    calc.assertNoErrors();
  });

  it("marks text that is not a number", async () => {
    const calc = await session.open();
    await calc.type(MONTHS, "tre");
    await eventually(async () => (await calc.fieldError(MONTHS)) !== null, true);
    assert.equal(await calc.headline(), "378.895 kr.");
    assert.equal(await calc.isStale(), true);
    calc.assertNoErrors();
  });
});
