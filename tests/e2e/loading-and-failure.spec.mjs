import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { auditAccessibility } from "./support/axe.mjs";
import { eventually, startSession } from "./support/calculator.mjs";

const fixture = (name) =>
  readFileSync(new URL(`../fixtures/links/${name}`, import.meta.url), "utf8").trim();

const WASM = /\.wasm$/;

/// Holds the wasm download until `release()` is called, so a test can look at
/// the page as a slow network leaves it, without waiting on a clock.
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  let asked;
  const requested = new Promise((resolve) => (asked = resolve));
  await page.route(WASM, async (route) => {
    asked();
    await released;
    await route.continue();
  });
  return { requested, release };
}

// While the wasm loads, the page says so (the first answer for a first-time
// visitor, a loading line for anyone else); when the app cannot load or
// start, it says what happened and what to do, in Danish and English.
describe("loading and load failure", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("tells a share-link visitor that the calculator is loading, then shows the link's scenario", async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    const wasm = await holdWasm(page);
    // Claimed Norddjurs 2018 as stored in a first-version link: 326.990 kr.
    // besparelse (worked out in share-link.spec.mjs).
    await page.goto(`${session.server.url}#${fixture("v1-scenario-norddjurs-2018-claimed.txt")}`, {
      waitUntil: "domcontentloaded",
    });
    await wasm.requested;

    const loading = page.getByTestId("boot-loading");
    assert.ok(await loading.isVisible(), "the loading line shows while the wasm is held");
    assert.equal((await loading.textContent()).trim(), "Beregneren indlæses … / Loading the calculator …");
    assert.equal(await page.locator("#first-answer").isVisible(), false, "not the default answer");
    assert.equal(await page.getByTestId("load-failure").isVisible(), false);

    wasm.release();
    await page.locator("#boot-status").waitFor({ state: "detached" });
    await eventually(async () => (await page.getByTestId("headline-figure").textContent()).trim(), "326.990 kr.");
    assert.equal(await page.getByTestId("headline-figure").count(), 1);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("says in Danish and English that the calculator could not start when the wasm cannot be fetched, and reloading starts it", async () => {
    // bypassCSP: the accessibility audit injects axe (support/axe.mjs).
    const context = await session.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    // Fails as a dropped connection does until the connection is back.
    let connected = false;
    let refused = 0;
    await page.route(WASM, (route) => (connected ? route.continue() : (refused++, route.abort("internetdisconnected"))));
    await page.goto(session.server.url);

    const failure = page.getByTestId("load-failure");
    await failure.waitFor();
    const text = (await failure.innerText()).replace(/\s+/g, " ");
    assert.match(text, /Beregneren kunne ikke starte\. Dens filer kunne ikke hentes eller startes/);
    assert.match(text, /Genindlæs siden for at prøve igen\. Det, du har gemt, ligger stadig i denne browser\./);
    assert.match(text, /The calculator could not start\. Its files could not be fetched or started/);
    assert.match(text, /Reload the page to try again\. Your saved work is still kept in this browser\./);
    assert.doesNotMatch(text, /WebAssembly/, "only the reason that applies");
    assert.equal(await failure.getAttribute("role"), "alert");
    assert.ok(refused > 0);
    assert.equal(await page.locator(".first-answer-loading").isVisible(), false, "no longer says it is loading");
    // The default answer stays: it is true, it is just not interactive.
    assert.equal((await page.getByTestId("headline-figure").textContent()).trim(), "407.866 kr.");
    await auditAccessibility(page, "the load-failure message");

    connected = true;
    await page.getByTestId("reload").click();
    await page.locator("#boot-status").waitFor({ state: "detached" });
    await page.locator("[data-drawn]").waitFor();
    assert.equal((await page.getByTestId("headline-figure").textContent()).trim(), "407.866 kr.");
    await context.close();
  });

  it("says so when the wasm arrives but cannot start", async () => {
    const context = await session.browser.newContext();
    await context.addInitScript(() => localStorage.setItem("afkortning.lang", "en"));
    const page = await context.newPage();
    await page.route(WASM, (route) =>
      route.fulfill({ status: 200, contentType: "application/wasm", body: "not a wasm module" }),
    );
    await page.goto(session.server.url);
    const failure = page.getByTestId("load-failure");
    await failure.waitFor();
    assert.match(await failure.innerText(), /The calculator could not start\./);
    assert.equal(await page.getByTestId("boot-loading").isVisible(), false);
    assert.equal(await page.locator("#first-answer").isVisible(), false, "saved work: never the default answer");
    await context.close();
  });

  it("says so when the start fails after the app has begun (a trap in its first render)", async () => {
    const context = await session.browser.newContext();
    // The page refuses the app's root once parsing is done, so the wasm
    // traps while mounting, after ui::start has removed the static blocks.
    await context.addInitScript(() => {
      for (const name of ["insertBefore", "appendChild"]) {
        const original = Node.prototype[name];
        Node.prototype[name] = function (node, ...rest) {
          const refused = this === document.body && node.id !== "boot-status" && document.readyState !== "loading";
          if (refused) throw new Error(`refused: ${name}`);
          return original.call(this, node, ...rest);
        };
      }
    });
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    // The wasm is held until the page is parsed, so the app always mounts
    // after the refusal above is armed (on a busy machine it could
    // otherwise start first and mount normally).
    await page.route("**/*.wasm", async (route) => {
      await page.waitForLoadState("domcontentloaded");
      await route.continue();
    });
    await page.goto(session.server.url);
    await page.getByTestId("load-failure").waitFor();
    assert.match(await page.getByTestId("load-failure").innerText(), /The calculator could not start\./);
    assert.equal(await page.locator("[data-drawn]").count(), 0, "the app drew nothing");
    assert.ok(errors.some((e) => e.includes("RuntimeError")), errors.join("\n"));
    await context.close();
  });

  it("names WebAssembly when the browser has none", async () => {
    const context = await session.browser.newContext();
    await context.addInitScript(() => delete globalThis.WebAssembly);
    const page = await context.newPage();
    await page.goto(session.server.url);
    const failure = page.getByTestId("load-failure");
    await failure.waitFor();
    const text = (await failure.innerText()).replace(/\s+/g, " ");
    assert.match(text, /Denne browser kan ikke køre WebAssembly, som beregneren bygger på\./);
    assert.match(text, /This browser cannot run WebAssembly, which the calculator needs\./);
    assert.doesNotMatch(text, /Dens filer|Its files/);
    await context.close();
  });
});
