// Serves dist/ on a free loopback port and records every request, so a test
// can assert what the page fetched.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const DIST = process.env.E2E_DIST ?? new URL("../../../dist/", import.meta.url).pathname;
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".ico": "image/x-icon",
};

/// `dist`: the folder to serve (a test that changes the files serves a copy).
export async function startServer(dist = DIST) {
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    const path = new URL(req.url, "http://localhost").pathname;
    const file = normalize(join(dist, path === "/" ? "index.html" : decodeURIComponent(path)));
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
