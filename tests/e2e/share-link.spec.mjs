import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { eventually, startSession } from "./support/calculator.mjs";

const fixture = (name) =>
  readFileSync(new URL(`../fixtures/links/${name}`, import.meta.url), "utf8").trim();

// A link carries the whole scenario in the fragment; opening it adds the
// scenario beside the user's own and never changes what they had.
describe("share links", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("opens a copied link in a fresh browser with the same figures", async () => {
    const calc = await session.open();
    await calc.type("groups[0].indsats.monthly", "12000");
    // 2,700 → 12,000: +45 × 9,300 = 418,500 → −407,866.38 + 418,500 = 10,633.62
    await eventually(() => calc.headline(), "10.634 kr.");
    await calc.leave("groups[0].indsats.monthly");
    const url = await calc.copyLink();
    assert.match(url, /#s2\./);

    const fresh = await session.open();
    await fresh.openLink(url);
    await eventually(() => fresh.headline(), "10.634 kr.");
    assert.equal(await fresh.fieldValue("groups[0].indsats.monthly"), "12.000");
    assert.equal((await fresh.scenarioNames()).length, 2, "beside the fresh browser's own");
    assert.equal(new URL(fresh.page.url()).hash, "", "the link leaves the address");
    calc.assertNoErrors();
    fresh.assertNoErrors();
  });

  it("opens a comparison link compared", async () => {
    const calc = await session.open();
    await calc.choosePreset("norddjurs-2018-claimed");
    await calc.page.getByTestId("new-scenario").click();
    await calc.openCompare();
    const url = await calc.copyLink();
    assert.match(url, /#c2\./);
    const fresh = await session.open();
    await fresh.openLink(url);
    await fresh.page.getByTestId("compare-results").waitFor();
    assert.equal((await fresh.scenarioNames()).length, 3);
    fresh.assertNoErrors();
  });

  it("opens a stored first-version link", async () => {
    const calc = await session.open();
    await calc.openLink(`${session.server.url}#${fixture("v1-scenario-norddjurs-2018-claimed.txt")}`);
    // Claimed Norddjurs as stored (indsats 34,417), with the 2018 RFY row
    // since corrected from 11,365.86 to 11,282: 406,152 + 774,382.50 −
    // 671,112 − 182,432.43 = 326,990.07; the results say the rate was corrected.
    await eventually(() => calc.headline(), "326.990 kr.");
    assert.equal(await calc.verdict(), "besparelse");
    assert.match(await calc.page.getByTestId("warnings").textContent(), /rettet fra skønnet 11\.365,86 kr\./);
    assert.match(await calc.page.getByTestId("link-notice").textContent(), /Norddjurs 2018 som påstået/);
    const comparison = await session.open();
    await comparison.openLink(`${session.server.url}#${fixture("v1-comparison-claimed-realistic.txt")}`);
    await comparison.page.getByTestId("compare-results").waitFor();
  });

  it("says what is wrong with a broken link and leaves saved work untouched", async () => {
    const good = fixture("v1-scenario-norddjurs-2018-claimed.txt");
    const at = 40;
    const tampered = good.slice(0, at) + (good[at] === "A" ? "B" : "A") + good.slice(at + 1);
    const corpus = [
      [good.slice(0, good.length - 40), /afkortet/],
      [tampered, /kontrolsummen/],
      [good.replace("s1.", "s9."), /nyere udgave/],
      ["s1.%3Cscript%3Ealert(1)%3C/script%3E", /tegn nr\./],
      ["c1.", /afkortet|tom/],
    ];
    for (const [fragment, message] of corpus) {
      const calc = await session.open();
      await calc.type("groups[0].indsats.monthly", "12000");
      await eventually(() => calc.headline(), "10.634 kr.");
      await calc.leave("groups[0].indsats.monthly");
      const before = await calc.savedWork();
      await calc.openLink(`${session.server.url}#${fragment}`);
      assert.match(await calc.linkError(), message, fragment.slice(0, 20));
      assert.equal(await calc.headline(), "10.634 kr.");
      assert.deepEqual(await calc.savedWork(), before);
      assert.equal(await calc.page.locator("script:not([src])").count(), 0);
      await calc.page.goto(session.server.url);
      await calc.page.getByTestId("headline-figure").waitFor();
      assert.equal(await calc.headline(), "10.634 kr.");
      assert.deepEqual(await calc.scenarioNames(), ["Jeres kommune – seneste satser (2026)"]);
      calc.assertNoErrors();
      await calc.page.context().close();
    }
  });
});
