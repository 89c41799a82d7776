// Starts the app from a file instead of Trunk's inline script: the page's
// Content-Security-Policy allows scripts from 'self' only. Trunk.toml's
// `pattern_script` writes the script tag with the hashed file names.
const tag = document.querySelector("script[data-app-js]");
const { default: init } = await import(tag.dataset.appJs);
await init({ module_or_path: tag.dataset.appWasm });
