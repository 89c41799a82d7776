import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { startSession } from "./support/calculator.mjs";

// "Print → PDF": the figures and where they come from, no controls.
describe("the printed report", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  async function visibleControls(page) {
    return page.evaluate(() =>
      [...document.querySelectorAll("button, input, select, textarea")].filter(
        (el) => el.getClientRects().length > 0,
      ).length,
    );
  }

  it("shows headline, assumptions with sources, breakdown and chart, and no controls", async () => {
    const calc = await session.open();
    await calc.page.emulateMedia({ media: "print" });
    assert.equal(await visibleControls(calc.page), 0);
    for (const id of ["headline-figure", "print-assumptions", "breakdown-table"]) {
      assert.ok(await calc.page.getByTestId(id).isVisible(), id);
    }
    assert.ok(await calc.page.locator(".area-results svg").first().isVisible(), "the chart");
    const assumptions = await calc.page.getByTestId("print-assumptions").textContent();
    assert.match(assumptions, /Sager afkortet/);
    // The default preset's 2026 rates are estimates: their source and the
    // flag are printed with them, and so is the reform notice.
    assert.match(assumptions, /ikke verificeret \(skøn\): Skøn: 2025-sats × 1,045/, "sources are printed");
    assert.ok(await calc.page.getByTestId("warnings").isVisible(), "warnings are printed");
    assert.match(await calc.page.getByTestId("warnings").textContent(), /lov nr\. 1750 af 29\/12\/2025/);
  });

  it("prints the side-by-side table of a comparison", async () => {
    const calc = await session.open();
    await calc.page.getByTestId("new-scenario").click();
    await calc.openCompare();
    await calc.page.emulateMedia({ media: "print" });
    assert.equal(await visibleControls(calc.page), 0);
    assert.ok(await calc.page.getByTestId("compare-table").isVisible());
    assert.ok(await calc.page.getByTestId("compare-results").isVisible());
  });
});
