import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { eventually, startSession } from "./support/calculator.mjs";

// The default preset runs from January 2026 on the estimated 2026 rates
// (2025 × 1,045): the results carry the reform notice (lov nr. 1750 af
// 29/12/2025) and flag both rates as estimates, on screen and in print.
describe("the 2026 reform and the estimated rates", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("shows the reform notice and the estimates on screen and in print", async () => {
    const calc = await session.open();
    const warnings = calc.page.getByTestId("warnings");
    await warnings.waitFor();
    const text = await warnings.textContent();
    assert.match(text, /Fra 1\. februar 2026 findes ressourceforløb kun for borgere, der allerede er i et \(lov nr\. 1750 af 29\/12\/2025\)/);
    assert.equal(text.match(/satsen for 2026 er et skøn/g).length, 2, text);
    await calc.page.emulateMedia({ media: "print" });
    assert.equal(await warnings.isVisible(), true, "the notice is printed");
    await calc.page.emulateMedia({ media: "screen" });
    // A 2018 scenario has neither.
    await calc.choosePreset("norddjurs-2018-realistic");
    await eventually(() => calc.headline(), "386.642 kr.");
    assert.equal(await calc.page.getByTestId("warnings").count(), 0);
    calc.assertNoErrors();
  });
});
