import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { eventually, startSession } from "./support/calculator.mjs";

// Default preset "your-municipality-latest": 15 cases move 1.25 a month in
// months 1–12, each cut 3 months, horizon 24; net −407.866,38 (see
// typing-updates-headline.spec.mjs).
const ANYWAY = "groups[0].counterfactual.anyway_pct";

describe("destinations, the counterfactual and cost lines", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("a lower anyway share adds the lasting cost to the headline", async () => {
    const calc = await session.open();
    assert.equal(await calc.headline(), "407.866 kr.");
    await calc.type(ANYWAY, "56");
    // A case moving in month m would have ended its forløb after month
    // m + 2; the difference lasts months m + 3 … 24, 22 − m months. Over
    // m = 1 … 12: 1,25 × (12 × 22 − 78) = 1,25 × 186 = 232,5 case-months.
    // Each costs the kommune FP instead of kontanthjælp:
    // (22.053 − 13.061) × 0,8 = 7.193,60. At 56 %, 44 % of them count:
    // 0,44 × 232,5 × 7.193,60 = 102,3 × 7.193,60 = 735.905,28 more cost, so
    // −407.866,38 − 735.905,28 = −1.143.771,66.
    await eventually(() => calc.headline(), "1.143.772 kr.");
    assert.equal(await calc.verdict(), "merudgift");
    // The breakdown shows the lasting line items.
    assert.match(await calc.breakdownText(), /Varig merudgift efter de afkortede måneder/);
    // What lasts beyond the horizon is stated with the other notices.
    assert.match(await calc.text("warnings"), /den varige forskel fortsætter efter perioden/);
    // The kontanthjælp amount now counts; it is the table's 2026 estimate.
    assert.match(await calc.text("warnings"), /Kontanthjælp pr\. måned: satsen for 2026 er et skøn/);
    calc.assertNoErrors();
  });

  it("a one-off cost line shows in the headline and the breakdown", async () => {
    const calc = await session.open();
    await calc.addCostLine();
    await calc.nameCostLine(0, "Helbredsrådgivning");
    await calc.chooseCostBasis(0, "one_off");
    await calc.type("costs[0].amount", "10.000");
    // Once, in month 1, the kommune's own: −407.866,38 − 10.000 = −417.866,38.
    await eventually(() => calc.headline(), "417.866 kr.");
    const totals = await calc.costLineTotals();
    assert.equal(totals.length, 1);
    assert.match(totals[0], /^Udgiftslinje 1: Helbredsrådgivning/);
    assert.match(totals[0], /10\.000/);
    assert.match(await calc.breakdownText(), /Øvrige investeringer og udgifter/);
    calc.assertNoErrors();
  });

  it("the alternative and each cost line's figures show their sources, and a typed figure is the user's", async () => {
    const calc = await session.open();
    await calc.choosePreset("udfasning-2026");
    const instead = calc.page.getByTestId("source-instead-kind-0");
    assert.match(await instead.textContent(), /^Antagelse Af de 44 % gik flest \(25\) til fleksjob\/ledighedsydelse\./);
    // The select names its source for a screen reader too.
    assert.equal(await calc.page.getByTestId("instead-kind-0").getAttribute("aria-describedby"), "source-instead-kind-0");
    const amount = calc.page.getByTestId("source-costs[0].amount");
    assert.match(await amount.textContent(), /^Afledt 20 timer pr\. pensionssag/);
    await calc.type("costs[0].amount", "5.000");
    await eventually(() => amount.textContent(), "Indtastet af bruger");
    // The print's assumptions list both.
    const printed = () => calc.text("print-assumptions");
    await eventually(async () => /Ellers ville de have fået.*Af de 44 % gik flest/.test(await printed()), true);
    assert.match(await printed(), /Udgiftslinje 2: .* – Beløb1\.500 kr\.Antagelse: Ikke fundet/);
    calc.assertNoErrors();
  });
});
