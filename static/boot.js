// Starts the app from a file instead of Trunk's inline script: the page's
// Content-Security-Policy allows scripts from 'self' only. Trunk.toml's
// `pattern_script` writes the script tag with the hashed file names.
//
// A classic script at the top of <body>, not a module: it runs before the
// rest of the body is parsed, so it can hide the static first answer
// (index.html, shown to a first-time visitor while the wasm loads) before it
// is ever painted for someone the app will show something else: saved work
// or a share link.
(function () {
  // The same test as format::link::is_link_fragment: "s" or "c", a version
  // without leading zeros, a dot.
  var fragment = location.hash.trim().replace(/^#+/, "");
  var otherAnswer = /^[sc][1-9][0-9]{0,17}\./.test(fragment);
  try {
    for (var i = 0; i < localStorage.length && !otherAnswer; i++) {
      // Every key the app writes (src/ui/storage.rs) starts so.
      otherAnswer = String(localStorage.key(i)).indexOf("afkortning.") === 0;
    }
  } catch (refused) {
    // Storage refused: the app starts from the default too, so the first
    // answer stands.
  }
  if (otherAnswer) document.documentElement.classList.add("no-first-answer");

  var tag = document.currentScript;
  import(tag.dataset.appJs).then(function (bindings) {
    return bindings.default({ module_or_path: tag.dataset.appWasm });
  });
})();
