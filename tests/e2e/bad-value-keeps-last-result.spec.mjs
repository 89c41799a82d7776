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
    // 15 × 4 = 60 case-months × −4.266,40 = −255.984; − 215.878,38 = −471.862,38
    await eventually(() => calc.headline(), "471.862 kr.");
    assert.equal(await calc.isStale(), false);

    await calc.type(MONTHS, "61");
    await eventually(() => calc.fieldError(MONTHS), "Skal være et tal fra 0 til 60 måneder");
    assert.equal(await calc.field(MONTHS).getAttribute("aria-invalid"), "true");
    // Typed key by key, "61" passes through "6", a valid value: 15 × 6 = 90
    // case-months × −4.266,40 = −383.976; − 215.878,38 = −599.854,38. That is
    // the last valid result, and it stays.
    assert.equal(await calc.headline(), "599.854 kr.", "the last valid result stays");
    assert.equal(await calc.isStale(), true);
    assert.equal(await calc.fieldValue(MONTHS), "61", "what the user typed is kept");

    await calc.type(MONTHS, "3");
    await eventually(() => calc.headline(), "407.866 kr.");
    assert.equal(await calc.isStale(), false);
    assert.equal(await calc.fieldError(MONTHS), null);
    calc.assertNoErrors();
  });

  it("shows no figure of another scenario, and marks the figures not updated", async () => {
    const calc = await session.open();
    await calc.page.getByTestId("new-scenario").click();
    await calc.type(MONTHS, "61");
    await eventually(() => calc.fieldError(MONTHS), "Skal være et tal fra 0 til 60 måneder");
    // The last valid figures ("6": −599.854,38) stay, marked as not updated
    // above the results too.
    assert.equal(await calc.headline(), "599.854 kr.");
    assert.match(await calc.text("results-stale"), /^Ikke opdateret/);
    assert.equal(await calc.page.locator(".key-facts.stale").count(), 1);
    // The first scenario is valid: its own figures and break-even.
    await calc.switchTo(0);
    await eventually(() => calc.headline(), "407.866 kr.");
    assert.equal(await calc.has("results-stale"), false);
    assert.equal(await calc.has("break-even"), true);
    // Back to the one that does not evaluate: no figure at all, none of the
    // first scenario's left on screen.
    await calc.switchTo(1);
    await eventually(() => calc.has("headline-figure"), false);
    assert.equal(await calc.has("break-even"), false);
    assert.equal(await calc.has("payback"), false);
    assert.match(await calc.text("headline"), /Intet resultat/);
    calc.assertNoErrors();
  });

  it("marks text that is not a number", async () => {
    const calc = await session.open();
    await calc.type(MONTHS, "tre");
    await eventually(async () => (await calc.fieldError(MONTHS)) !== null, true);
    assert.equal(await calc.headline(), "407.866 kr.");
    assert.equal(await calc.isStale(), true);
    calc.assertNoErrors();
  });
});
