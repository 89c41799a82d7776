// What each part of the code costs in the brotli-compressed wasm.
//
// Run through scripts/size-breakdown.sh, which builds the release wasm with
// function names kept. A function's raw size says little about what it
// costs to send: brotli shrinks repeated code to almost nothing. So each
// area's cost here is its marginal cost: the code section compressed with
// every function, minus the same without that area's functions. That is what
// removing the area's code would save (its texts, in the data section, come
// on top).
//
//   node scripts/size-breakdown.mjs <wasm with names> [name=regex ...]
//
// Areas are module paths (`engine/solve`, `ui/components/compare`) or, for
// other crates, `lib:<crate>`. Each `name=regex` adds a row for the areas the
// regex matches, e.g. 'uncertainty=^(engine|ui/components)/uncertainty$'.
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

const [path, ...bundles] = process.argv.slice(2);
if (!path) {
  console.error("usage: node scripts/size-breakdown.mjs <wasm with names> [name=regex ...]");
  process.exit(2);
}
const bytes = readFileSync(path);

function reader(start) {
  let at = start;
  return {
    get at() {
      return at;
    },
    skip(n) {
      at += n;
    },
    byte() {
      return bytes[at++];
    },
    leb() {
      let value = 0;
      let shift = 0;
      let b;
      do {
        b = bytes[at++];
        value += (b & 0x7f) * 2 ** shift;
        shift += 7;
      } while (b & 0x80);
      return value;
    },
    text() {
      const n = this.leb();
      const s = bytes.subarray(at, at + n).toString("utf8");
      at += n;
      return s;
    },
  };
}

// The sections, then the three this needs: imports (imported functions come
// first in the index space), code (the bodies) and the custom "name" section.
const sections = [];
for (const r = reader(8); r.at < bytes.length; ) {
  const id = r.byte();
  const size = r.leb();
  sections.push({ id, start: r.at, size });
  r.skip(size);
}

let importedFunctions = 0;
const names = new Map();
const bodies = [];
for (const { id, start, size } of sections) {
  const r = reader(start);
  if (id === 2) {
    for (let n = r.leb(); n > 0; n--) {
      r.text();
      r.text();
      const kind = r.byte();
      if (kind === 0) {
        r.leb();
        importedFunctions++;
      } else if (kind === 1) {
        r.byte();
        const flags = r.leb();
        r.leb();
        if (flags & 1) r.leb();
      } else if (kind === 2) {
        const flags = r.leb();
        r.leb();
        if (flags & 1) r.leb();
      } else if (kind === 3) {
        r.skip(2);
      } else if (kind === 4) {
        r.byte();
        r.leb();
      }
    }
  } else if (id === 0 && r.text() === "name") {
    while (r.at < start + size) {
      const sub = r.byte();
      const end = r.leb() + r.at;
      if (sub === 1) {
        for (let n = r.leb(); n > 0; n--) names.set(r.leb(), r.text());
      }
      r.skip(end - r.at);
    }
  } else if (id === 10) {
    for (let n = r.leb(), i = 0; i < n; i++) {
      const size = r.leb();
      bodies.push({ index: importedFunctions + i, start: r.at, size });
      r.skip(size);
    }
  }
}
if (names.size === 0) {
  console.error(`${path} has no function names: build it with scripts/size-breakdown.sh`);
  process.exit(1);
}

// v0 symbol names carry crate hashes (`yew[b622…]::`); the area is the
// module path inside this crate, or the crate.
function area(name) {
  const plain = name.replace(/\[[0-9a-f]+\]/g, "");
  const ours = plain.match(/afkortning::(\w+)::(\w+)(?:::(\w+))?/);
  if (ours) {
    const [, top, module, inner] = ours;
    return top === "ui" && module === "components" ? `ui/components/${inner}` : `${top}/${module}`;
  }
  return `lib:${plain.match(/^<?(\w+)/)?.[1] ?? "?"}`;
}
for (const body of bodies) body.area = area(names.get(body.index) ?? "?");

const brotli = (parts) =>
  brotliCompressSync(Buffer.concat(parts), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
const code = (keep) => bodies.filter(keep).map((b) => bytes.subarray(b.start, b.start + b.size));
const whole = brotli(code(() => true));
const rawSize = (match) => bodies.filter(match).reduce((sum, b) => sum + b.size, 0);
const row = (label, match) => ({ label, raw: rawSize(match), cost: whole - brotli(code((b) => !match(b))) });

const areas = [...new Set(bodies.map((b) => b.area))];
const rows = areas
  .map((a) => row(a, (b) => b.area === a))
  .filter((r) => r.raw >= 3000)
  .sort((x, y) => y.cost - x.cost);
const bundleRows = bundles.map((spec) => {
  const [label, pattern] = spec.split(/=(.*)/s);
  const regex = new RegExp(pattern);
  return row(label, (b) => regex.test(b.area));
});

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`Code section: ${kb(rawSize(() => true))} raw, ${kb(whole)} brotli`);
console.log("\n| area | raw | brotli cost |\n|---|---|---|");
for (const r of rows) console.log(`| ${r.label} | ${kb(r.raw)} | ${kb(r.cost)} |`);
if (bundleRows.length) {
  console.log("\n| together | raw | brotli cost |\n|---|---|---|");
  for (const r of bundleRows) console.log(`| ${r.label} | ${kb(r.raw)} | ${kb(r.cost)} |`);
}
