import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { eventually, startSession } from "./support/calculator.mjs";

describe("several scenarios, compared side by side", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("creates, duplicates, renames and deletes (after asking)", async () => {
    const calc = await session.open();
    await calc.page.getByTestId("new-scenario").click();
    assert.deepEqual(await calc.scenarioNames(), ["Jeres kommune – seneste satser (2026)", "Scenarie 2"]);
    await calc.page.getByTestId("duplicate-scenario").click();
    assert.equal((await calc.scenarioNames())[2], "Scenarie 2 (kopi)");
    await calc.renameScenario("Høj indsats");
    await calc.type("groups[0].indsats.monthly", "12000");
    // −407.866,38 + 45 × 9.300 = 10.633,62
    await eventually(() => calc.headline(), "10.634 kr.");
    await calc.switchTo(0);
    await eventually(() => calc.headline(), "407.866 kr.");
    await calc.page.getByTestId("delete-scenario").click();
    await calc.page.getByTestId("cancel-delete").click();
    assert.equal((await calc.scenarioNames()).length, 3);
    await calc.page.getByTestId("delete-scenario").click();
    await calc.page.getByTestId("confirm-delete").click();
    assert.deepEqual(await calc.scenarioNames(), ["Scenarie 2", "Høj indsats"]);
    await calc.reload();
    assert.deepEqual(await calc.scenarioNames(), ["Scenarie 2", "Høj indsats"]);
    calc.assertNoErrors();
  });

  it("opens a preset beside the work on screen, and undo survives switching", async () => {
    const calc = await session.open();
    await calc.type("groups[0].indsats.monthly", "12000");
    await calc.leave("groups[0].indsats.monthly");
    // −407.866,38 + 45 × (12.000 − 2.700) = 10.633,62
    await eventually(() => calc.headline(), "10.634 kr.");
    await calc.choosePreset("norddjurs-2018-claimed");
    await eventually(() => calc.headline(), "330.005 kr.");
    assert.match(await calc.text("preset-notice"), /«Norddjurs 2018 som påstået» er åbnet som et nyt scenarie\. «Jeres kommune – seneste satser \(2026\)» er bevaret/);
    assert.deepEqual(await calc.scenarioNames(), ["Jeres kommune – seneste satser (2026)", "Norddjurs 2018 som påstået"]);
    // The work is kept, and its edit can still be undone after the switch.
    await calc.switchTo(0);
    await eventually(() => calc.headline(), "10.634 kr.");
    await calc.undo();
    await eventually(() => calc.headline(), "407.866 kr.");
    await calc.switchTo(1);
    await calc.switchTo(0);
    await calc.redo();
    await eventually(() => calc.headline(), "10.634 kr.");
    calc.assertNoErrors();
  });

  it("compares claimed and realistic Norddjurs: the indsats differs by −716.647,50 kr.", async () => {
    const calc = await session.open();
    await calc.choosePreset("norddjurs-2018-claimed");
    // 45 × (9.025,60 + 17.275,50 − 14.913,60) − 182.432,43 = 330.005,07
    await eventually(() => calc.headline(), "330.005 kr.");
    await calc.choosePreset("norddjurs-2018-realistic");
    // 45 × (9.025,60 + 1.350 − 14.913,60) − 182.432,43 = −386.642,43
    await eventually(() => calc.headline(), "386.642 kr.");
    // Each preset opened beside the default scenario: compare the two.
    assert.deepEqual(await calc.scenarioNames(), [
      "Jeres kommune – seneste satser (2026)",
      "Norddjurs 2018 som påstået",
      "Norddjurs 2018 med realistisk indsats",
    ]);
    await calc.openCompare();
    await calc.page.getByTestId("compare-pick-0").uncheck();
    // Only the inputs that differ are listed (no marker needed), by name.
    const diff = calc.page.getByTestId("compare-diff-groups[0].indsats.monthly");
    await diff.waitFor();
    assert.match(await diff.textContent(), /^Gruppe «Udvalgte ressourceforløb»: Sparet indsats pr\. sagsmåned34\.5512\.700$/);
    // Claimed indsats 34,551 vs realistic 2,700 a case-month: 31,851 × 45 ×
    // 50 % (kommune's share in 2018) = 716,647.50 less saved; of the
    // baseline 330,005.07 that is −217,2 %.
    const net = calc.page.getByTestId("compare-results").locator("tr", { hasText: "Netto (kommune)" });
    const cells = (await net.locator("td").allTextContents()).map((t) => t.trim());
    assert.deepEqual(cells, ["330.005,07 kr.", "-386.642,43 kr.", "-716.647,50 kr.", "-217,2 %"]);
    // Inputs that are the same are not listed.
    assert.equal(await calc.page.getByTestId("compare-diff-groups[0].cases_shortened").count(), 0);
    // The comparison's CSV: the date, then each scenario's name and NPV
    // (no discount rate: the kommune's net), then the scenarios' rows.
    const file = await calc.download("export-csv");
    const rows = file.bytes.toString("utf8").slice(1).split("\r\n").map((r) => r.split(";"));
    assert.equal(rows[0][0], "Eksporteret");
    assert.deepEqual(rows[1].slice(0, 3), ["Norddjurs 2018 som påstået", "Nutidsværdi for kommunen (diskonteringsrente 0 %)", "330005,07"]);
    assert.deepEqual(rows[2].slice(0, 3), ["Norddjurs 2018 med realistisk indsats", "Nutidsværdi for kommunen (diskonteringsrente 0 %)", "-386642,43"]);
    calc.assertNoErrors();
  });

  it("writes years in the comparison without a thousands separator", async () => {
    const calc = await session.open();
    await eventually(() => calc.headline(), "407.866 kr.");
    // The preset opens beside the default scenario: the two are compared.
    await calc.choosePreset("norddjurs-2018-realistic");
    await eventually(() => calc.headline(), "386.642 kr.");
    await calc.openCompare();
    for (const path of ["start.year", "groups[0].rfy.rate.year", "groups[0].fp.rate.year"]) {
      const row = calc.page.getByTestId(`compare-diff-${path}`);
      await row.waitFor();
      const cells = (await row.locator("td").allTextContents()).map((t) => t.trim());
      assert.deepEqual(cells, ["2026", "2018"], path);
    }
    calc.assertNoErrors();
  });

  it("reads as a report: results first, rows named in words, texts folded, the page's height", async () => {
    const calc = await session.open({ viewport: { width: 1366, height: 768 } });
    await eventually(() => calc.headline(), "407.866 kr.");
    await calc.choosePreset("norddjurs-2018-realistic");
    await eventually(() => calc.headline(), "386.642 kr.");
    await calc.openCompare();
    const view = calc.page.getByTestId("compare-view");
    await calc.page.getByTestId("compare-results").waitFor();
    // The results table precedes the differing inputs in the document.
    const order = await calc.page.evaluate(() => {
      const results = document.querySelector('[data-testid="compare-results"]');
      const inputs = document.querySelector('[data-testid="compare-table"]');
      return Boolean(results.compareDocumentPosition(inputs) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    assert.ok(order, "results before inputs");
    // Every row is named in words, none by a document path.
    const labels = (await view.locator("tbody th").allTextContents()).map((t) => t.trim());
    assert.ok(labels.length > 10, labels.join(" | "));
    for (const label of labels) assert.doesNotMatch(label, /\[\d+\]|\.text_en|_/);
    // A group's row names it by both scenarios' names for it.
    const group = "Gruppe «Ressourceforløb til gennemgang / Udvalgte ressourceforløb»: ";
    assert.ok(labels.some((l) => l.startsWith(group)), labels.join(" | "));
    assert.ok(labels.includes("Netto 2026 (kommune)") && labels.includes("Netto 2018 (kommune)"));
    // Source notes and other texts: folded, closed by default.
    const texts = calc.page.getByTestId("compare-texts");
    assert.equal(await texts.evaluate((d) => d.tagName + d.open), "DETAILSfalse");
    assert.match(await texts.locator("summary").textContent(), /^Kilder og tekster, der er forskellige \(\d+\)$/);
    assert.equal(await texts.locator("table").isVisible(), false);
    // Not a small box: the view is most of a 1366×768 page, scrolls with
    // the page rather than inside itself, and the net results are in the
    // first screen.
    const box = await view.boundingBox();
    assert.ok(box.height > 0.6 * 768, `height ${box.height}`);
    assert.ok(await view.evaluate((el) => el.scrollHeight <= el.clientHeight + 1), "no scrolling inside the view");
    const net = calc.page.getByTestId("compare-results").locator("tr", { hasText: "Netto (kommune)" });
    const netBox = await net.boundingBox();
    assert.ok(netBox.y + netBox.height < 768, `net row at ${netBox.y}`);
    calc.assertNoErrors();
  });

  it("opens on a phone where it can be seen, its heading focused", async () => {
    const calc = await session.open({ viewport: { width: 390, height: 844 } });
    await calc.page.getByTestId("new-scenario").click();
    await calc.choosePreset("norddjurs-2018-claimed");
    // Scrolled down a little, as a person reading the page: the comparison
    // opens above the calculator, and the browser keeps the page still
    // (scroll anchoring), so without a move it opens out of sight.
    await calc.page.evaluate(() => {
      // The button just under the sticky headline.
      const button = document.querySelector('[data-testid="compare-open"]');
      const headline = document.querySelector(".area-headline").offsetHeight;
      window.scrollTo(0, button.getBoundingClientRect().top + window.scrollY - headline - 16);
    });
    assert.ok(await calc.page.evaluate(() => window.scrollY) > 0, "scrolled down");
    assert.ok(await calc.page.getByTestId("compare-open").isVisible());
    await calc.page.getByTestId("compare-open").click();
    const title = calc.page.getByTestId("compare-title");
    await eventually(() => calc.focusedTestId(), "compare-title");
    const box = await title.boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= 844, `the heading at ${box.y} px`);
    assert.equal((await title.textContent()).trim(), "Scenarier side om side");
    calc.assertNoErrors();
  });

  it("fits a phone: the results table scrolls in its own box, row names stay", async () => {
    const calc = await session.open({ viewport: { width: 390, height: 844 } });
    await calc.page.getByTestId("new-scenario").click();
    await calc.choosePreset("norddjurs-2018-claimed");
    await calc.openCompare();
    await calc.page.getByTestId("compare-results").waitFor();
    const view = calc.page.getByTestId("compare-view");
    assert.ok(await view.evaluate((el) => el.scrollWidth <= el.clientWidth), "the view is no wider than the phone");
    const sticky = await calc.page.locator('[data-testid="compare-results"] tbody th').first().evaluate((el) => getComputedStyle(el).position);
    assert.equal(sticky, "sticky");
    calc.assertNoErrors();
  });
});
