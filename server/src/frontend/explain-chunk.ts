/**
 * The error-explanation half of the language server: the error catalog, the finder and the explanation
 * markdown, about 1.2 MB of the server's JavaScript. The server requires this module on the first hover that
 * is not on a finding and on the first `llmPreflight/explain` / `llmPreflight/findErrors` request, never at
 * start-up. In the build it is its own bundle, `dist/server-explain.js` (esbuild.mjs, `explainApart`), so
 * `dist/server.js` neither compiles nor evaluates the catalog before it answers `initialize`.
 */
export { explainAt } from '../core/errors/index.ts';
export { renderExplanation } from './explain-markdown.ts';
export { explainRequest, findErrorsRequest } from './explain-request.ts';
