/**
 * The o200k_base encoder as its own bundle (dist/tokenizer.js): its rank table is 4 MB of JavaScript, and
 * the server, CLI, library and token worker require it on first use only (esbuild.mjs), so none of them
 * compiles it at start-up; most lints never count tokens exactly (the bounds decide).
 */
export { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
