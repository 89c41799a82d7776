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

  it("on a 1024×768 projector, with \"Del og eksportér\" open", async () => {
    const calc = await session.open({ bypassCSP: true, viewport: { width: 1024, height: 768 } });
    await auditAccessibility(calc.page, "the compact toolbar");
    await calc.openShareMenu();
    await auditAccessibility(calc.page, "the share and export menu");
  });

  it("on a tablet", async () => {
    const calc = await session.open({ bypassCSP: true, viewport: { width: 820, height: 1180 } });
    await auditAccessibility(calc.page, "the calculator on a tablet");
  });

  it("the compare view", async () => {
    const calc = await session.open({ bypassCSP: true });
    await calc.page.getByTestId("duplicate-scenario").click();
    await calc.type("groups[0].indsats.monthly", "5000");
    await calc.openCompare();
    await calc.page.getByTestId("compare-results").waitFor();
    await auditAccessibility(calc.page, "the compare view");
    // The folded names and source notes, opened, in English too.
    await calc.page.getByTestId("compare-texts").locator("summary").click();
    await calc.switchLanguage("en");
    await calc.page.getByTestId("compare-texts").locator("table").waitFor();
    await auditAccessibility(calc.page, "the compare view, texts open (en)");
  });

  it("the sharing panel with its QR code, and the delete question", async () => {
    const calc = await session.open({ bypassCSP: true });
    await calc.copyLink();
    await calc.page.getByTestId("qr-code").waitFor();
    await calc.page.getByTestId("new-scenario").click();
    await calc.page.getByTestId("delete-scenario").click();
    await auditAccessibility(calc.page, "the sharing panel");
  });

  it("the large QR code, and the notice when the screen is too small for it", async () => {
    const calc = await session.open({ bypassCSP: true });
    await calc.copyLink();
    await calc.page.getByTestId("show-large-qr").click();
    await calc.page.getByTestId("qr-code-large").waitFor();
    await auditAccessibility(calc.page, "the large QR code");
    // Wide, so the page behind has no scrolled tables; too low for the code.
    const small = await session.open({ bypassCSP: true, viewport: { width: 1280, height: 250 } });
    await small.copyLink();
    await small.page.getByTestId("show-large-qr").click();
    await small.page.getByTestId("qr-too-dense-screen").waitFor();
    await auditAccessibility(small.page, "the large QR code on a small screen");
  });

  it("import errors and a broken link shown", async () => {
    const calc = await session.open({ bypassCSP: true });
    await calc.importFile("fejl.json", JSON.stringify({ version: 1, horizon_months: "x" }));
    await calc.importErrors();
    await auditAccessibility(calc.page, "import errors");
    await calc.openLink(`${calc.url}#s1.AAAA`);
    await calc.linkError();
    await auditAccessibility(calc.page, "a broken link");
  });

  it("decision support: goal seek, tornado, ranges, a Monte Carlo result, the working", async () => {
    const calc = await session.open({ bypassCSP: true });
    await calc.goalSeek("groups[0].indsats.monthly", "330.000");
    await calc.page.getByTestId("tornado-open").click();
    await calc.page.getByTestId("tornado").waitFor();
    await calc.addRange("groups[0].indsats.monthly");
    await calc.runUncertainty("2018", "10000");
    await calc.page.getByTestId("working-net").locator("summary").click();
    await auditAccessibility(calc.page, "decision support");
  });

  it("meeting mode", async () => {
    const calc = await session.open({ bypassCSP: true });
    await calc.openMeeting();
    await auditAccessibility(calc.page, "meeting mode");
  });

  it("printed", async () => {
    const calc = await session.open({ bypassCSP: true });
    await calc.page.emulateMedia({ media: "print" });
    await auditAccessibility(calc.page, "the print view");
  });
});
