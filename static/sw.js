// The offline copy: a service worker that keeps the app's own files in the
// browser, so a page visited once still opens on bad Wi-Fi or none. It
// sends nothing anywhere: it fetches only the files listed below, from the
// address the app was loaded from, and handles no request for anything else.
//
// Which files: the release build's post_build hook
// (scripts/offline-manifest.mjs) replaces the `null` below with the list of
// files Trunk wrote to dist/ and a version worked out from their contents.
// A list written at build time, not guessed from what a page happened to
// load, is exactly what was shipped, and since the list is in this file, a
// new release is a new worker: the browser sees its bytes change on the next
// visit and installs it, which copies the new files into a new cache and
// deletes the old one.
//
// Without a list (Trunk's development builds: `trunk serve`, `trunk build`)
// the worker removes itself and every copy, so a development server on an
// address where a release ran before always serves the fresh build.
const RELEASE = null;

const CACHE_PREFIX = "afkortning-offline-";
const CACHE = RELEASE && CACHE_PREFIX + RELEASE.version;
// How long to wait for the network before opening the copy: on Wi-Fi that
// connects but carries nothing, a request can hang for minutes.
const NETWORK_WAIT_MS = 3000;

const here = (path) => new URL(path, self.location).href;
// Files whose names change with their contents (Trunk's hashes): a copy is
// never out of date, so it is used first.
const hashed = new Set(RELEASE ? RELEASE.hashed.map(here) : []);
// Files whose names stay (the page itself, boot.js): asked of the network
// first, so a new release is picked up on the next visit; the copy when the
// network fails. The page is kept under the worker's own address ("./").
const fresh = new Set(RELEASE ? RELEASE.fresh.map(here) : []);
const page = here("./");

self.addEventListener("install", (event) => {
  // A new release replaces the old copy at once: the app loads all its files
  // when it starts, so an open tab never asks the new cache for an old file.
  self.skipWaiting();
  if (!RELEASE) return;
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // "reload": straight from the server, not from the HTTP cache, so the
      // copy is the release this list describes.
      cache.addAll([...fresh, ...hashed].map((url) => new Request(url, { cache: "reload" }))),
    ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE).map((name) => caches.delete(name)),
        ),
      )
      .then(() => (RELEASE ? undefined : self.registration.unregister())),
  );
});

self.addEventListener("fetch", (event) => {
  if (!RELEASE) return;
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  url.hash = "";
  url.search = "";
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(request, page));
  } else if (hashed.has(url.href)) {
    event.respondWith(cacheFirst(request, url.href));
  } else if (fresh.has(url.href)) {
    event.respondWith(networkFirst(request, url.href));
  }
  // Anything else is not the app's: the browser fetches it as if there
  // were no worker.
});

async function fromCopy(key) {
  const cache = await caches.open(CACHE);
  return cache.match(key);
}

async function cacheFirst(request, key) {
  return (await fromCopy(key)) ?? fetch(request);
}

// The network's answer, unless it fails, is a server error or takes longer
// than NETWORK_WAIT_MS; then the copy, if there is one. The network's answer
// is not copied: the copy stays the release the list describes, the page
// together with the files it names.
async function networkFirst(request, key) {
  const fetched = fetch(request);
  // Handled here when the copy answers instead.
  fetched.catch(() => {});
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(resolve, NETWORK_WAIT_MS, "late");
  });
  try {
    const answer = await Promise.race([fetched, late]);
    if (answer !== "late" && answer.status < 500) return answer;
  } catch (offline) {
    // The copy, below.
  } finally {
    clearTimeout(timer);
  }
  return (await fromCopy(key)) ?? fetched;
}
