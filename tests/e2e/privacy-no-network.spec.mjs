import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { eventually, startSession } from "./support/calculator.mjs";

const dist = process.env.E2E_DIST ?? new URL("../../dist/", import.meta.url).pathname;

// Municipal figures must stay in the browser: after the page has loaded its
// own static files, nothing the user does may cause a request.
describe("privacy: no network request after loading", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("loads only its own files, then requests nothing while the user works", async () => {
    const calc = await session.open();
    // Loading includes the offline copy (static/sw.js), which fetches the
    // app's own files once the app has started; it is made when the worker
    // is active.
    await calc.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const requests = [];
    calc.page.context().on("request", (request) => requests.push(request.url()));
    const loaded = [...session.server.requests];
    assert.ok(loaded.length > 0);
    const paths = new Set(loaded.map((url) => new URL(url, session.server.url).pathname));
    assert.ok(paths.has("/sw.js"), "the offline worker was loaded");
    const shipped = new Set(["/", ...readdirSync(dist).map((name) => `/${name}`)]);
    assert.deepEqual([...paths].filter((path) => !shipped.has(path)), [], "only the app's own files");

    await calc.type("groups[0].indsats.monthly", "12.000");
    await calc.type("groups[0].cases_shortened", "20");
    await calc.type("investment.annual_cost", "abc");
    await calc.type("investment.annual_cost", "500 000");
    await calc.leave("investment.annual_cost");
    await calc.undo();
    await calc.redo();
    await calc.switchLanguage("en");
    await calc.switchLanguage("da");
    await calc.page.getByTestId("add-group").click();
    await calc.page.getByTestId("preset-select").selectOption("norddjurs-2018-claimed");
    await eventually(async () => (await calc.headline()).length > 0, true);
    await calc.page.waitForLoadState("networkidle");

    assert.deepEqual(requests, [], "no request after load");
    assert.deepEqual(session.server.requests, loaded, "the server saw nothing new");
    calc.assertNoErrors();
  });

  it("every file the page loads comes from its own origin", async () => {
    const calc = await session.open();
    const origins = new Set();
    calc.page.context().on("request", (request) => origins.add(new URL(request.url()).origin));
    await calc.reload();
    assert.deepEqual([...origins], [new URL(session.server.url).origin]);
  });
});

describe("Content Security Policy", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("allows no inline script and no eval, only wasm compilation", async () => {
    const html = await readFile(`${dist}/index.html`, "utf8");
    // The release HTML is minified: attributes in any order, quotes optional.
    const meta = html.match(/<meta[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/)?.[0];
    const csp = meta?.match(/content="([^"]+)"/)?.[1];
    assert.ok(csp, "index.html carries a CSP");
    const scriptSrc = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"));
    assert.equal(scriptSrc, "script-src 'self' 'wasm-unsafe-eval'");
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)];
    assert.deepEqual(inlineScripts, [], "no inline <script> in the page");
  });

  it("runs without a single policy violation", async () => {
    const context = await session.browser.newContext();
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`),
      );
    });
    const page = await context.newPage();
    await page.goto(session.server.url);
    await page.getByTestId("headline-figure").waitFor();
    await page.getByTestId("lang-en").click();
    await page.getByTestId("field-groups[0].months_shortened").fill("4");
    await page.getByTestId("headline-figure").waitFor();
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    await context.close();
  });
});
