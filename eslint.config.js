// Lint rules that keep the layering and the house style enforced rather than written down.
// Type-aware (typescript-eslint's recommendedTypeChecked); Prettier owns formatting.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Folders of the UI and the browser glue: the pure layers below them import none of these. */
const UPPER_LAYERS = [
  './src/background',
  './src/content',
  './src/reader',
  './popup',
  './options',
  './highlights',
];

const TESTKIT = 'Shared test and bench support lives in testkit/.';

/**
 * jsdom (the tests, the benchmarks, the CLI's sanitize pass) walks the tree again at every step of an
 * iterator over a live collection: quadratic on a big page. src/shared/live-list.ts reads one by index.
 */
const LIVE_COLLECTION_LOOPS = [
  'ForOfStatement > CallExpression.right[callee.property.name=/^getElementsBy/]',
  'SpreadElement > CallExpression[callee.property.name=/^getElementsBy/]',
  'ForOfStatement > MemberExpression.right[property.name=/^(children|childNodes)$/]',
  'SpreadElement > MemberExpression[property.name=/^(children|childNodes)$/]',
  "CallExpression[callee.object.name='Array'][callee.property.name='from'] > CallExpression[callee.property.name=/^getElementsBy/]",
].map((selector) => ({
  selector,
  message:
    'Iterating a live collection is quadratic in jsdom: read it with listOf() (src/shared/live-list.ts).',
}));

/**
 * HTML strings written into the DOM: what Mozilla's add-on linter reports (the Firefox lint test holds the
 * bundle to none of Jianbao's own). Parse with DOMParser (src/extract/dom.ts `parseInertBody`) instead.
 */
const HTML_STRING_WRITES = [
  'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
  "CallExpression[callee.property.name=/^(write|writeln)$/][callee.object.name='document']",
  'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]',
].map((selector) => ({
  selector,
  message:
    "Writing an HTML string into the DOM is what Mozilla's add-on linter reports: parse it with DOMParser.",
}));

/** Globals that would tie a pure module to a browser: extraction takes a Document, the store a db handle. */
const BROWSER_GLOBALS = ['chrome', 'browser', 'document', 'window'].map((name) => ({
  name,
  message:
    'src/extract, src/store, src/annotations and src/import are pure: take what you need as a parameter.',
}));

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-firefox/',
      'dist-cli/',
      'packages/',
      'node_modules/',
      'tests/fixtures/',
      'tests/artifacts/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX },
    rules: {
      'max-len': [
        'error',
        {
          code: 110,
          ignoreUrls: true,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
        },
      ],
      'max-statements-per-line': ['error', { max: 1 }],
      // `const { key: _, ...rest } = row` drops a key from a record: the named key is unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: ['./src/extract', './src/store', './src/shared', './src/annotations', './src/import'],
              from: UPPER_LAYERS,
              message: 'Imports point down the data path (docs/ARCHITECTURE.md).',
            },
            { target: './options', from: './popup', message: 'Move what both pages need to src/shared/.' },
            { target: './popup', from: './options', message: 'Move what both pages need to src/shared/.' },
            { target: './scripts', from: './tests', message: TESTKIT },
            { target: './tests', from: './scripts', message: TESTKIT },
            {
              // build/ is what makes the extension: tests and benchmarks may use it, it uses neither.
              target: './build',
              from: ['./scripts', './tests', './testkit'],
              message: 'The build depends on nothing written for tests or benchmarks.',
            },
            { target: './testkit', from: ['./scripts', './tests'], message: TESTKIT },
            {
              target: ['./src', './popup', './options', './highlights', './bin'],
              from: ['./testkit', './tests', './scripts', './build'],
              message: 'Test and bench support stays out of what ships.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/extract/**', 'src/store/**', 'src/annotations/**', 'src/import/**'],
    rules: { 'no-restricted-globals': ['error', ...BROWSER_GLOBALS] },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: { 'no-restricted-syntax': ['error', ...LIVE_COLLECTION_LOOPS] },
  },
  {
    // The rule's options replace the ones above for these files, so both lists are given.
    files: ['src/**', 'popup/**', 'options/**', 'highlights/**'],
    rules: { 'no-restricted-syntax': ['error', ...LIVE_COLLECTION_LOOPS, ...HTML_STRING_WRITES] },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
