import { generatePayloads } from './bench/generate.ts';
import { promptStrings } from './rules/context-window-exceeded/prompt-text.ts';
const O200K = /[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?:'(?:[sS]|[dD]|[mM]|[tT]|[lL][lL]|[vV][eE]|[rR][eE]))?|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?:'(?:[sS]|[dD]|[mM]|[tT]|[lL][lL]|[vV][eE]|[rR][eE]))?|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+/gu;
const enc = require('gpt-tokenizer/encoding/o200k_base');
const ps = generatePayloads(20250101);
for (const p of [ps[0], ps[3]]) {
  const parts = promptStrings(JSON.parse(p.text));
  const text = parts.join('\n');
  enc.countTokens('warm up text');
  for (let i = 0; i < 3; i++) {
    let t = performance.now(); const a = enc.isWithinTokenLimit(text, 1e9); const t1 = performance.now() - t;
    t = performance.now(); const b = enc.countTokens(text); const t2 = performance.now() - t;
    t = performance.now(); let n = 0; for (const _ of text.matchAll(O200K) ) n++; const t3 = performance.now() - t;
    t = performance.now(); let s = 0; for (let j = 0; j < parts.length; j++) s += enc.countTokens(j < parts.length - 1 ? parts[j] + '\n' : parts[j]); const t4 = performance.now() - t;
    console.log(p.id, parts.length, text.length, Buffer.byteLength(text), 'within', a, t1.toFixed(0), 'count', b, t2.toFixed(0), 'regex', n, t3.toFixed(0), 'perpart', s, t4.toFixed(0));
  }
}
