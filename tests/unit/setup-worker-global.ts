// The service worker's code runs here in Node: pouchdb-browser (imported by src/sync/index.ts, which
// the background routes import) reads the worker's global `self` as it loads.
(globalThis as { self?: unknown }).self ??= globalThis;
