/** Styles of the in-page notice; they live in its closed shadow root, so neither side's CSS leaks. */
export const NOTICE_CSS = `
:host { all: initial; }
.notice {
  position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; max-width: min(360px, calc(100vw - 32px));
  display: flex; gap: 10px; align-items: center; flex-wrap: wrap;
  padding: 10px 14px; border-radius: 10px; box-shadow: 0 4px 18px rgba(0,0,0,.25);
  font: 14px/1.5 system-ui, -apple-system, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
  background: #fff; color: #1d1d1f; border: 1px solid #ddd;
}
.notice[data-state="failed"] { border-color: #c62828; }
.message { flex: 1 1 12em; }
.actions { display: flex; gap: 8px; flex: none; margin-left: auto; }
button {
  white-space: nowrap; font: inherit; cursor: pointer; border-radius: 6px; padding: 4px 10px;
  border: 1px solid #b71c1c; background: #c62828; color: #fff;
}
button.secondary { background: transparent; color: #555; border-color: #bbb; }
button:focus-visible { outline: 2px solid #1565c0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .notice { background: #26262a; color: #f2f2f2; border-color: #444; }
  button.secondary { color: #ccc; border-color: #666; }
}
`;
