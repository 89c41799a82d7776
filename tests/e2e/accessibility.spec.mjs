import { after, before, describe, it } from "node:test";
import { auditAccessibility } from "./support/axe.mjs";
import { eventually, startSession } from "./support/calculator.mjs";

// WCAG 2.1 AA (the Danish web-accessibility law): zero axe violations in
// every view and state.
describe("accessibility audit (axe-core, WCAG 2.1 AA)", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("calculator, in Danish and English", async () => {
    const calc = await session.open({ bypassCSP: true });
    await auditAccessibility(calc.page, "the calculator (da)");
    await calc.switchLanguage("en");
    await eventually(() => calc.verdict(), "extra cost");
    await auditAccessibility(calc.page, "the calculator (en)");
  });

  it("calculator with a bad value marked", async () => {
    const calc = await session.open({ bypassCSP: true });
    await calc.type("groups[0].months_shortened", "99");
    await eventually(() => calc.isStale(), true);
    await auditAccessibility(calc.page, "the calculator with an error");
  });

  it("the reset dialog", async () => {
    const calc = await session.open({ bypassCSP: true });
    await calc.page.getByTestId("reset-preset").click();
    await calc.page.getByTestId("confirm-reset").waitFor();
    await auditAccessibility(calc.page, "the reset dialog");
  });

  it("on a tablet", async () => {
    const calc = await session.open({ bypassCSP: true, viewport: { width: 820, height: 1180 } });
    await auditAccessibility(calc.page, "the calculator on a tablet");
  });

  it("printed", async () => {
    const calc = await session.open({ bypassCSP: true });
    await calc.page.emulateMedia({ media: "print" });
    await auditAccessibility(calc.page, "the print view");
  });
});
