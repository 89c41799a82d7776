import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { startSession } from "./support/calculator.mjs";
import { pdfText } from "./support/pdf-text.mjs";

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

  it("leaves \"Del og eksportér\" out, even when it is open", async () => {
    const calc = await session.open();
    await calc.openShareMenu();
    await calc.page.emulateMedia({ media: "print" });
    assert.equal(await calc.page.getByTestId("share-menu-list").isVisible(), false);
    assert.equal(await visibleControls(calc.page), 0);
  });

  it("prints to a PDF a committee can read: title, period, story, answer, break-even, goal seek named, working, sources", async () => {
    const calc = await session.open();
    await calc.page.getByTestId("goal-result").waitFor();
    const pages = await pdfText(await calc.page.pdf({ format: "A4" }));
    const text = pages.join("\n").replace(/\s+/g, " ");
    const inOrder = (...parts) => {
      let at = 0;
      for (const part of parts) {
        const found = text.indexOf(part, at);
        assert.ok(found >= 0, `"${part}" after position ${at} in: ${text.slice(0, 400)}`);
        at = found + part.length;
      }
    };
    const today = new Date().toLocaleDateString("da-DK", { day: "numeric", month: "long", year: "numeric" });
    inOrder(
      "Business case: afkortning af ressourceforløb (Norddjurs-modellen)",
      "Jeres kommune – seneste satser (2026)",
      "Periode: 2026–2027, 24 mdr.",
      `Udskrevet ${today} · beregnerens version`,
      // The preset's story, then the answer and what it would take.
      "Fra 1. februar 2026 kommer der ingen nye ressourceforløb",
      "407.866 kr. merudgift",
      // Break-even: 2.700 + 407.866,38 / 45 case-months = 11.763,70 a case-month.
      "For at gå i nul skal den sparede indsats i første gruppe være 11.764 kr. pr. sagsmåned",
      "Tal: Sparet indsats pr. sagsmåned · Mål for kommunens netto (kr.): 0",
      "Nødvendig værdi 11.763,70 kr.",
      "Fordeling pr. år og post",
      // The working, open: 45 × 13.345 × 80 % = 480.420.
      "45 sagsmåneder × 13.345,00 × 80 % = 480.420,00",
      "Forudsætninger og kilder",
    );
    // Nothing interactive or empty is left on paper.
    for (const leftover of ["Nulstil til forudindstilling", "Kopiér link", "Intervaller: lav, sandsynlig, høj", "Hvor sikre er vi?", "Historien:"]) {
      assert.ok(!text.includes(leftover), `"${leftover}" is not printed`);
    }
    calc.assertNoErrors();
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
