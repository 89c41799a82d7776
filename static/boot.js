// Starts the app from a file instead of Trunk's inline script: the page's
// Content-Security-Policy allows scripts from 'self' only. Trunk.toml's
// `pattern_script` writes the script tag with the hashed file names.
//
// A classic script at the top of <body>, not a module: it runs before the
// rest of the body is parsed, so it can hide the static first answer
// (index.html, shown to a first-time visitor while the wasm loads) before it
// is ever painted for someone the app will show something else: saved work
// or a share link. They see the boot status's loading line instead.
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
  var root = document.documentElement;
  if (otherAnswer) root.classList.add("no-first-answer");

  // The app has drawn once it has put its root in the page (src/ui/app.rs);
  // ui::start then removes the boot status, so it is kept here to be put
  // back should the start fail after that (a panic in the first render).
  var drawn = function () {
    return document.querySelector("[data-drawn]") !== null;
  };
  var status = null;
  var keepStatus = function () {
    status = status || document.getElementById("boot-status");
  };
  document.addEventListener("DOMContentLoaded", keepStatus);

  // The load-failure message (index.html, in Danish and English): `reason`
  // picks the sentence saying why; what to do is the same for both.
  var failed = function (reason) {
    if (drawn() || root.classList.contains("load-failed")) return;
    keepStatus();
    if (!status) return;
    if (!status.isConnected) document.body.insertBefore(status, document.body.firstChild);
    var reasons = status.querySelectorAll("[data-reason]");
    for (var i = 0; i < reasons.length; i++) {
      reasons[i].hidden = reasons[i].getAttribute("data-reason") !== reason;
    }
    var message = status.querySelector(".load-failure");
    message.hidden = false;
    status.querySelector("button").addEventListener("click", function () {
      location.reload();
    });
    root.classList.add("load-failed");
  };
  var whenParsed = function (then) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", then);
    } else {
      then();
    }
  };

  if (typeof WebAssembly !== "object") {
    whenParsed(function () {
      failed("no-wasm");
    });
    return;
  }
  // A panic while the app starts traps the wasm (a RuntimeError) in a task
  // of its own, after the start itself has returned.
  window.addEventListener("error", function () {
    whenParsed(function () {
      failed("files");
    });
  });

  var tag = document.currentScript;
  import(tag.dataset.appJs)
    .then(function (bindings) {
      return bindings.default({ module_or_path: tag.dataset.appWasm });
    })
    .then(
      function () {
        keepOffline(new URL("sw.js", tag.src));
      },
      function () {
        whenParsed(function () {
          failed("files");
        });
      },
    );

  // The offline copy (static/sw.js) is set up once the app has started, so
  // copying its files never competes with the first answer. In a development
  // build the worker has no file list and removes itself and any copy a
  // release build left on the same address (see sw.js).
  function keepOffline(worker) {
    if (!("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register(worker).catch(function () {
      // No offline copy (storage refused, private mode): the app works online.
    });
  }
})();
