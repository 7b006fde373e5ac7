/**
 * `llm-preflight explain`: the error catalog, the finder and the explanation text, about 1.2 MB of the CLI's
 * JavaScript. cli.ts requires this module only for the `explain` command; in the build it is its own bundle,
 * `dist/cli-explain.js` (esbuild.mjs, `explainApart`), so `check` neither compiles nor evaluates the catalog.
 */
export { runExplain } from './explain.ts';
export { follow } from './explain-follow.ts';
