import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { startSession } from "./support/calculator.mjs";
import { readDrawnQr } from "./support/qr.mjs";

/// Modules a side of the drawn code, quiet zone included, from its viewBox.
async function modules(locator) {
  const viewBox = await locator.getAttribute("viewBox");
  return Number(viewBox.split(" ")[2]);
}

// A QR code is shown only where it scans: every module at least 3 CSS px.
// Each test reads the code back from a screenshot of what the browser drew.
describe("QR codes that scan in a room", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("draws the default scenario's code small, and it reads back as the link", async () => {
    const calc = await session.open();
    const url = await calc.copyLink();
    assert.match(url, /#s2\./);
    const code = calc.page.getByTestId("qr-code");
    await code.waitFor();
    const box = await code.boundingBox();
    const side = await modules(code);
    // At most 22rem = 352 px, each module the same whole number of pixels:
    // the default link is version 19, (93 + 8) modules × 3 px = 303.
    assert.equal(box.width, 303);
    assert.equal(side, 101);
    assert.equal(await readDrawnQr(session.browser, code), url);
    calc.assertNoErrors();
  });

  it("offers a longer link only large, full-screen, and the large code reads back", async () => {
    const calc = await session.open();
    for (const id of ["norddjurs-2018-claimed", "norddjurs-2018-realistic", "udfasning-2026"]) {
      await calc.choosePreset(id);
    }
    await calc.openCompare();
    const url = await calc.copyLink();
    assert.match(url, /#c2\./);
    // Four scenarios: about 1,480 bytes, version 28 (129 + 8 modules), which
    // at 352 px would give 2.6 px a module: no small code.
    assert.equal(await calc.page.getByTestId("qr-code").count(), 0);
    assert.match(await calc.page.getByTestId("qr-too-dense").textContent(), /vis den stor/);
    const button = calc.page.getByTestId("show-large-qr");
    assert.equal((await button.textContent()).trim(), "Vis stor QR-kode");
    await button.click();
    const view = calc.page.getByRole("dialog", { name: "QR-kode med linket" });
    await view.waitFor();
    assert.equal(await calc.page.evaluate(() => document.activeElement.dataset.testid), "close-large-qr");
    const code = calc.page.getByTestId("qr-code-large");
    const box = await code.boundingBox();
    // The window is 1280 × 720: the code may take 720 − 96 = 624 px; with
    // 137 modules that is 4 whole px a module, 548 px.
    assert.equal(await modules(code), 137);
    assert.equal(box.width, 548);
    assert.equal(await readDrawnQr(session.browser, code), url);
    // Escape closes it and gives focus back to the button.
    await calc.page.keyboard.press("Escape");
    await view.waitFor({ state: "detached" });
    assert.equal(await calc.page.evaluate(() => document.activeElement.dataset.testid), "show-large-qr");
    calc.assertNoErrors();
  });

  it("says so on a screen too small for the code, and offers the link", async () => {
    const calc = await session.open({ viewport: { width: 360, height: 420 } });
    for (const id of ["norddjurs-2018-claimed", "norddjurs-2018-realistic", "udfasning-2026"]) {
      await calc.choosePreset(id);
    }
    await calc.openCompare();
    const url = await calc.copyLink();
    await calc.page.getByTestId("show-large-qr").click();
    // min(360 − 32, 420 − 96) = 324 px < 129 modules × 3 = 387.
    const view = calc.page.getByTestId("large-qr-view");
    await view.waitFor();
    assert.equal(await calc.page.getByTestId("qr-code-large").count(), 0);
    const notice = calc.page.getByTestId("qr-too-dense-screen");
    assert.match(await notice.textContent(), /Skærmen er for lille/);
    assert.equal(await notice.locator("input").inputValue(), url);
    await calc.page.getByTestId("close-large-qr").click();
    await view.waitFor({ state: "detached" });
    calc.assertNoErrors();
  });

  it("speaks English in English", async () => {
    const calc = await session.open();
    await calc.switchLanguage("en");
    await calc.copyLink();
    assert.equal((await calc.page.getByTestId("show-large-qr").textContent()).trim(), "Show large QR code");
    await calc.page.getByTestId("show-large-qr").click();
    await calc.page.getByRole("dialog", { name: "QR code of the link" }).waitFor();
    calc.assertNoErrors();
  });
});
