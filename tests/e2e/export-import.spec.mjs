import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { eventually, startSession } from "./support/calculator.mjs";

describe("files: scenario documents and CSV", () => {
  let session;
  before(async () => (session = await startSession()));
  after(async () => session.close());

  it("downloads the scenario as JSON and imports it back beside", async () => {
    const calc = await session.open();
    await calc.type("groups[0].indsats.monthly", "12000");
    // −407.866,38 + 45 × 9.300 = 10.633,62
    await eventually(() => calc.headline(), "10.634 kr.");
    await calc.leave("groups[0].indsats.monthly");
    const file = await calc.download("export-json");
    assert.match(file.name, /\.json$/);
    const doc = JSON.parse(file.bytes.toString("utf8"));
    assert.equal(doc.version, 3);

    const fresh = await session.open();
    await fresh.importFile(file.name, file.bytes.toString("utf8"));
    await eventually(() => fresh.headline(), "10.634 kr.");
    assert.equal((await fresh.scenarioNames()).length, 2);
    fresh.assertNoErrors();
  });

  it("lists every problem of a file with errors, by the field's label and with its path", async () => {
    const calc = await session.open();
    const text = JSON.stringify({ version: 1, name: "Fejl", horizon_months: "to år" });
    await calc.importFile("fejl.json", text);
    const errors = await calc.importErrors();
    assert.ok(errors.some((e) => /^Periode: .*\(horizon_months\)$/.test(e)), errors.join("\n"));
    assert.equal((await calc.scenarioNames()).length, 1, "nothing added");
    assert.equal(await calc.headline(), "407.866 kr.");
    const tooNew = JSON.stringify({ version: 99 });
    await calc.importFile("ny.json", tooNew);
    assert.ok((await calc.importErrors()).some((e) => /^Formatversionen: er lavet med en nyere udgave.*\(version\)$/.test(e)));
  });

  it("refuses a file with a hundred thousand unknown fields without freezing", async () => {
    // 150,000 unknown members (about 1.7 MB, under the 2 MB limit). A shape
    // problem is reported at the first place it occurs, and the page still
    // answers a keystroke afterwards.
    const calc = await session.open();
    const doc = { version: 1 };
    for (let i = 0; i < 150_000; i++) doc[`x${i}`] = 0;
    await calc.importFile("mange.json", JSON.stringify(doc));
    const errors = await calc.importErrors();
    assert.equal(errors.length, 1, errors.slice(0, 3).join("\n"));
    assert.match(errors[0], /^x0: er ikke et felt her/);
    assert.equal((await calc.scenarioNames()).length, 1, "nothing added");
    await calc.type("groups[0].indsats.monthly", "12000");
    await eventually(() => calc.headline(), "10.634 kr.");
  });

  it("names twenty of a file's many value problems and counts the rest", async () => {
    // A well-formed document whose 100 groups each have two values out of
    // range: 100 × 2 = 200 problems, all found at once; the list names 20
    // and counts the other 200 − 20 = 180.
    const calc = await session.open();
    const doc = JSON.parse(readFileSync(new URL("../fixtures/links/v1-scenario-norddjurs-2018-claimed.json", import.meta.url), "utf8"));
    const bad = { ...doc.groups[0], months_shortened: "999", handling_per_case: "-5" };
    doc.groups = Array.from({ length: 100 }, () => bad);
    await calc.importFile("mange-fejl.json", JSON.stringify(doc));
    const errors = await calc.importErrors();
    assert.equal(errors.length, 21, errors.slice(-3).join("\n"));
    // The group by its own name, the field by its label, the path after.
    assert.match(errors[0], /^Gruppe «Udvalgte ressourceforløb»: Afkortning pr. sag: .*\(groups\[0\]\.months_shortened\)$/);
    assert.equal(errors[20], "… og 180 problemer mere");
    // Values out of range are kept, marked, not lost: the scenario is added.
    assert.equal((await calc.scenarioNames()).length, 2);
  });

  it("downloads the yearly breakdown as CSV for Danish Excel", async () => {
    const calc = await session.open();
    await calc.choosePreset("norddjurs-2018-realistic");
    await eventually(() => calc.headline(), "386.642 kr.");
    const file = await calc.download("export-csv");
    assert.match(file.name, /\.csv$/);
    assert.deepEqual([...file.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 BOM");
    const text = file.bytes.toString("utf8").slice(1);
    const all = text.split("\r\n").filter((r) => r).map((r) => r.split(";"));
    // On top: the scenario's name, today's date, the net present value
    // (0 %: the kommune's net), an empty row; then the table.
    assert.equal(all[0][0], "Scenarie");
    assert.equal(all[0][1], await calc.page.getByTestId("rename-scenario").inputValue());
    assert.equal(all[1][0], "Eksporteret");
    const months = ["januar", "februar", "marts", "april", "maj", "juni", "juli",
      "august", "september", "oktober", "november", "december"];
    const now = new Date();
    assert.equal(all[1][1], `${now.getDate()}. ${months[now.getMonth()]} ${now.getFullYear()}`);
    assert.deepEqual(all[2], ["Nutidsværdi for kommunen (diskonteringsrente 0 %)", "-386642,43", "", "", ""]);
    assert.deepEqual(all[3], ["", "", "", "", ""]);
    const rows = all.slice(4);
    assert.deepEqual(rows[0], ["År", "Post", "Kommune", "Stat", "I alt"]);
    // RFY 2018 11,282 (11,143 × 1.0125) × 45 = 507,690: 406,152 kommune, 101,538 stat.
    assert.deepEqual(rows[1], ["2018", "Sparet ressourceforløbsydelse", "406152,00", "101538,00", "507690,00"]);
    const net = rows.find((r) => r[0] === "I alt" && r[1] === "Netto");
    // 406,152 + 60,750 − 671,112 − 182,432.43 = −386,642.43
    assert.equal(net[2], "-386642,43");
    assert.ok(rows.every((r) => r.length === 5));
    assert.ok(!rows.some((r) => r[0] === "Bemærk"), "2018: no reform notice");

    // The 2026 preset's file ends with the reform notice.
    await calc.choosePreset("your-municipality-latest");
    await eventually(() => calc.headline(), "407.866 kr.");
    const latest = await calc.download("export-csv");
    const latestRows = latest.bytes.toString("utf8").slice(1).split("\r\n").filter((r) => r).map((r) => r.split(";"));
    const last = latestRows[latestRows.length - 1];
    assert.equal(last[0], "Bemærk");
    assert.match(last[1], /^Fra 1\. februar 2026 findes ressourceforløb kun for borgere.*lov nr\. 1750 af 29\/12\/2025/);
    assert.ok(latestRows.every((r) => r.length === 5));
    calc.assertNoErrors();
  });
});
