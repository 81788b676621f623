/** The types of fresh-bundle.js, which stays plain JavaScript: it runs before tsx is loaded. */
export function freshBundle(root: URL): URL | undefined;
