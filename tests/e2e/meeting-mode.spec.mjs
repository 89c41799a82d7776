import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { eventually, startSession } from "./support/calculator.mjs";

describe("Meeting mode", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("shows the headline large, sliders move it with the keyboard, Escape goes back", async () => {
    const calc = await session.open();
    await calc.openMeeting();
    assert.equal(await calc.meetingHeadline(), "407.866 kr.");
    // Which scenario and which period the room is looking at.
    assert.equal(await calc.text("meeting-name"), "Jeres kommune – seneste satser (2026)");
    assert.equal(await calc.text("meeting-context"), "Nettoresultat for kommunen over perioden 2026–2027, 24 mdr.");
    const sliders = await calc.meetingSliders();
    assert.ok(sliders.length >= 3 && sliders.length <= 5, String(sliders));
    // The anyway share moves the default scenario most: 100 % down to 80 %
    // costs 46,5 case-months × (22.053 − 13.061) × 0,8 = 334.502,40
    // (src/ui/decision_tests.rs works it out); FP ±20 % 317.563,20 is next.
    assert.deepEqual(sliders.slice(0, 2), ["groups[0].counterfactual.anyway_pct", "groups[0].fp.rate.monthly"]);
    // The first slider has focus; arrows move it by one step.
    await calc.page.keyboard.press("ArrowLeft");
    await eventually(async () => (await calc.meetingHeadline()) !== "407.866 kr.", true);
    const box = await calc.page.getByTestId("meeting-headline").boundingBox();
    assert.ok(box.height >= 60, `headline ${box.height}px high`);
    await calc.page.keyboard.press("Escape");
    await eventually(() => calc.has("meeting-headline"), false);
    assert.equal(await calc.page.evaluate(() => document.activeElement.dataset.testid), "meeting-open");
    await calc.undo();
    await eventually(() => calc.headline(), "407.866 kr.");
    calc.assertNoErrors();
  });

  it("uses the analyst's pick, kept after a reload, and one click goes back", async () => {
    const calc = await session.open();
    await calc.page.locator(".meeting-pick summary").click();
    await calc.page.getByTestId("meeting-pick-groups[0].indsats.monthly").check();
    await calc.page.getByTestId("meeting-pick-groups[0].months_shortened").check();
    await calc.reload();
    await calc.openMeeting();
    assert.deepEqual(await calc.meetingSliders(), ["groups[0].indsats.monthly", "groups[0].months_shortened"]);
    await calc.slider("groups[0].indsats.monthly").fill("12000");
    // 45 × (12.000 − 2.700) = 418.500 more: −407.866,38 + 418.500 = 10.633,62
    await eventually(() => calc.meetingHeadline(), "10.634 kr.");
    await calc.page.getByTestId("meeting-close").click();
    await eventually(() => calc.headline(), "10.634 kr.");
    calc.assertNoErrors();
  });
});
