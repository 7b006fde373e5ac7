/**
 * Token counts with gpt-tokenizer (a pure-JS port of OpenAI's tiktoken BPE). The encoder is loaded on
 * first use only (its rank table is large and takes most of a second to build), which the cheap byte
 * bound in the rule makes rare.
 */
type Encoder = { countTokens(text: string): number; isWithinTokenLimit(text: string, limit: number): false | number };

let o200k: Encoder | undefined;

function encoder(): Encoder {
  // require, not import: esbuild then evaluates the module lazily, on this first call.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  o200k ??= require('gpt-tokenizer/encoding/o200k_base') as Encoder;
  return o200k;
}

/**
 * Tokens of `parts` under o200k_base, or null when they are within `limit` (counting stops early then).
 * Byte-level BPE never yields more tokens than UTF-8 bytes, so callers test that bound first.
 */
export function tokensOver(parts: readonly string[], limit: number): number | null {
  const text = parts.join('\n');
  const within = encoder().isWithinTokenLimit(text, limit);
  return within === false ? encoder().countTokens(text) : null;
}
