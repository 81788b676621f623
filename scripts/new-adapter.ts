/**
 * `npm run new:adapter -- <id> <behaviour>`: one adapter file, one registry line, one fixture folder
 * `tests/fixtures/<id>-<behaviour>/` named for what its page shows (STYLE.md habit 3).
 * The adapter starts by refusing every page; fill in its selectors table and the fixture's template, then
 * derive the expectation with `UPDATE_FIXTURES=1` and check it by hand.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../testkit/corpus.ts';
import { fixturesDir } from '../testkit/fixtures.ts';

const [id = '', behaviour = ''] = process.argv.slice(2);
const fail = (why: string): never => {
  console.error(
    `new:adapter: ${why}\nusage: npm run new:adapter -- <kebab-case-id> <behaviour, e.g. server-rendered>`,
  );
  process.exit(1);
};
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
if (!KEBAB.test(id)) fail(`"${id}" is not a kebab-case id`);
if (!KEBAB.test(behaviour)) fail(`"${behaviour}" does not name what the first fixture's page shows`);

const adaptersDir = path.join(repoRoot, 'src', 'extract', 'adapters');
const file = path.join(adaptersDir, `${id}.ts`);
const fixtureName = `${id}-${behaviour}`;
const fixture = path.join(fixturesDir, fixtureName);
if (existsSync(file) || existsSync(fixture)) fail(`${id} already exists`);

const name = id.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const table = name.replace(/[a-z]/g, (c) => c.toUpperCase()).replace(/[^A-Z0-9]/g, '') || 'LAYOUT';

writeFileSync(
  file,
  `/**
 * TODO: which pages this reads, what is known about them (and from where), what is assumed.
 */
import { parseDate } from '../metadata/dates.ts';
import { textOf } from './helpers.ts';
import type { Adapter } from './types.ts';

const ${table} = {
  host: /^TODO\\.example\\.cn$/i,
  title: 'h1',
  time: '.time',
  body: '#TODO-article-body',
} as const;

export const ${name}: Adapter = {
  id: '${id}',
  matches: (url) => ${table}.host.test(url.hostname),
  extract(doc) {
    // Read only: the core copies \`body\` and cleans the copy.
    const body = doc.querySelector(${table}.body);
    const title = textOf(doc.querySelector(${table}.title));
    if (!body || !title) return 'no-article';
    return {
      title,
      body,
      publishedAt: parseDate(textOf(doc.querySelector(${table}.time)), { chinese: true }),
      lang: doc.documentElement.lang || 'zh-CN',
    };
  },
};
`,
);

// The registry: import next to the others, the adapter before the Readability fallback (which stays last).
const indexPath = path.join(adaptersDir, 'index.ts');
const index = readFileSync(indexPath, 'utf8');
const withImport = index.replace(
  /(import \{ readability \} from '\.\/readability\.ts';)/,
  `import { ${name} } from './${id}.ts';\n$1`,
);
const withEntry = withImport.replace(/(\n\s*)readability,?(\s*\])/, `$1${name},$1readability,$2`);
if (withEntry === withImport || withImport === index)
  fail('could not find the readability import and entry in adapters/index.ts; add the line by hand');
writeFileSync(indexPath, withEntry);

mkdirSync(fixture, { recursive: true });
writeFileSync(
  path.join(fixture, 'source.html'),
  `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{title}}</title></head>
<body><h1>{{title}}</h1><div class="time">{{date:plain}}</div>
<div id="TODO-article-body">{{body}}</div></body></html>
`,
);
writeFileSync(
  path.join(fixture, 'fixture.json'),
  `${JSON.stringify(
    {
      family: id,
      corpus: '2021-12-22-NW202112222222635819.md',
      url: 'https://TODO.example.cn/article/1.html',
      extractor: id,
      known: [],
      assumed: ['TODO: the page layout in source.html'],
    },
    null,
    2,
  )}\n`,
);

console.log(`created src/extract/adapters/${id}.ts, registered it in adapters/index.ts, created tests/fixtures/${fixtureName}/
next: fill in the selectors and the page template, then
  UPDATE_FIXTURES=1 npx vitest run --config vitest.config.ts tests/unit/extract/fixtures.test.ts -t ${id}
and check tests/fixtures/${fixtureName}/expected.json by hand before committing.`);
