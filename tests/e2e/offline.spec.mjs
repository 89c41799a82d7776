import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Calculator, eventually, startSession } from "./support/calculator.mjs";
import { startServer } from "./support/server.mjs";

const DIST = process.env.E2E_DIST ?? new URL("../../dist/", import.meta.url).pathname;
const DESCRIPTION = "Business case for afkortning af ressourceforløb (Norddjurs-modellen)";

/// Until the offline worker (static/sw.js) is active: its files are copied.
async function offlineCopyMade(page) {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    return caches.keys();
  });
}

/// A copy of the build served on its own, so a test can change its files as
/// a new build would.
async function serveCopy() {
  const dir = await mkdtemp(join(tmpdir(), "afkortning-release-"));
  await cp(DIST, dir, { recursive: true });
  const server = await startServer(`${dir}/`);
  return {
    dir,
    url: server.url,
    async close() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/// Until `name` is the one offline copy: checked once a frame, as the new
/// worker installs (the test's timeout bounds it).
async function onlyCopy(page, name) {
  await page.evaluate(async (name) => {
    for (;;) {
      const names = await caches.keys();
      if (names.length === 1 && names[0] === name) return;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }, name);
}

async function description(page) {
  return page.locator('meta[name="description"]').getAttribute("content");
}

// Once visited, the app opens without a network (a meeting on bad Wi-Fi),
// and a new release is picked up on the next visit.
describe("offline once visited", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("opens and computes with no network after one visit", async () => {
    const context = await session.browser.newContext();
    const calc = new Calculator(await context.newPage(), session.server.url);
    await calc.load();
    const caches = await offlineCopyMade(calc.page);
    assert.equal(caches.length, 1);
    assert.match(caches[0], /^afkortning-offline-[0-9a-f]{16}$/);

    const asked = session.server.requests.length;
    await context.setOffline(true);
    await calc.reload();
    // The default preset, as online: −407.866,38 kr. (tests/first_answer.rs).
    assert.equal(await calc.headline(), "407.866 kr.");
    // Indsats 2.700 → 12.000: +45 case-months × 9.300 = 418.500, so
    // −407.866,38 + 418.500 = 10.633,62 (as in share-link.spec.mjs).
    await calc.type("groups[0].indsats.monthly", "12000");
    await eventually(() => calc.headline(), "10.634 kr.");
    assert.equal(session.server.requests.length, asked, "nothing reached the server while offline");
    await context.close();
  });

  it("picks up a new release on the next visit, and keeps that one offline", { timeout: 30000 }, async () => {
    // A copy of the build, so this test can publish a "new release" of it.
    const served = await serveCopy();
    const dir = served.dir;
    const context = await session.browser.newContext();
    try {
      const calc = new Calculator(await context.newPage(), served.url);
      await calc.load();
      const [before] = await offlineCopyMade(calc.page);
      assert.equal(await description(calc.page), DESCRIPTION);

      // The new release: a changed page and so, as scripts/offline-manifest.mjs
      // writes it, a worker with a new version.
      const page = join(dir, "index.html");
      const html = await readFile(page, "utf8");
      assert.ok(html.includes(DESCRIPTION));
      await writeFile(page, html.replace(DESCRIPTION, `${DESCRIPTION} – ny udgave`));
      const worker = join(dir, "sw.js");
      const script = await readFile(worker, "utf8");
      // (minified: the key may lose its quotes)
      const version = script.match(/"?version"?:"([0-9a-f]{16})"/)?.[1];
      assert.ok(version, "the release build's worker carries its version");
      const next = version === "0".repeat(16) ? "1".repeat(16) : "0".repeat(16);
      await writeFile(worker, script.replace(`"${version}"`, `"${next}"`));

      // The next visit shows the new release at once (the page is asked of the network first)...
      await calc.reload();
      assert.equal(await description(calc.page), `${DESCRIPTION} – ny udgave`);
      // ...and its worker replaces the old copy with the new one.
      await onlyCopy(calc.page, `afkortning-offline-${next}`);
      assert.notEqual(before, `afkortning-offline-${next}`);

      await context.setOffline(true);
      await calc.reload();
      assert.equal(await description(calc.page), `${DESCRIPTION} – ny udgave`, "offline: the new release");
      assert.equal(await calc.headline(), "407.866 kr.");
    } finally {
      await context.close();
      await served.close();
    }
  });

  it("is removed, with its copy, by a development build on the same address", { timeout: 30000 }, async () => {
    const served = await serveCopy();
    const context = await session.browser.newContext();
    try {
      const calc = new Calculator(await context.newPage(), served.url);
      await calc.load();
      assert.equal((await offlineCopyMade(calc.page)).length, 1);
      // A development build ships static/sw.js as written: no file list.
      await cp(new URL("../../static/sw.js", import.meta.url).pathname, join(served.dir, "sw.js"));
      await calc.reload();
      await calc.page.evaluate(async () => {
        for (;;) {
          const left = (await caches.keys()).length + (await navigator.serviceWorker.getRegistrations()).length;
          if (left === 0) return;
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
      });
      // Nothing is kept offline any more: the page needs the server.
      await context.setOffline(true);
      await assert.rejects(calc.page.reload());
    } finally {
      await context.close();
      await served.close();
    }
  });
});
