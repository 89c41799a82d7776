// Takes the first screen of the release build (dist/) at a laptop's, a
// projector's and a phone's size into docs/screenshots/, the check of issue
// 15 that results show without scrolling inside a small pane.
// Run after `trunk build --release`: node scripts/screenshots.mjs
import { launchBrowser } from "../tests/e2e/support/browser.mjs";
import { startServer } from "../tests/e2e/support/server.mjs";

const out = new URL("../docs/screenshots/", import.meta.url).pathname;
const server = await startServer();
const browser = await launchBrowser();
try {
  for (const [width, height] of [
    [1366, 768],
    [1024, 768],
    [390, 844],
  ]) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(server.url);
    await page.locator("#first-answer").waitFor({ state: "detached" });
    await page.getByTestId("headline-figure").waitFor();
    await page.screenshot({ path: `${out}default-${width}x${height}.png` });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
