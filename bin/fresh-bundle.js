// Whether the command line's bundle (build/build-cli.ts) may run: plain JavaScript, because it decides
// whether tsx is needed at all.
import { readFileSync, statSync } from 'node:fs';

/**
 * The bundle's URL when `dist-cli/jianbao.mjs` exists under `root` and no file listed in its
 * `inputs.json` has changed since it was built (or is gone); otherwise undefined.
 * @param {URL} root the repository's root directory, ending in `/`
 * @returns {URL | undefined}
 */
export function freshBundle(root) {
  const bundle = new URL('dist-cli/jianbao.mjs', root);
  try {
    const builtAt = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(new URL('dist-cli/inputs.json', root), 'utf8'));
    if (!Array.isArray(inputs) || inputs.length === 0) return undefined;
    for (const input of inputs) {
      if (typeof input !== 'string' || statSync(new URL(input, root)).mtimeMs > builtAt) return undefined;
    }
    return bundle;
  } catch {
    return undefined; // no bundle, no list, or a listed source gone: the sources are the truth
  }
}
