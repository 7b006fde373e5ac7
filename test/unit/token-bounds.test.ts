// Property test of context-window-exceeded's token bounds against the real tokenizer (gpt-tokenizer's
// o200k_base): lower <= exact <= upper on random strings over an alphabet chosen to hit every
// pre-tokenizer rule (contractions, marks, digits of several scripts, CJK, emoji, lone surrogates,
// whitespace and newline runs, '/', special-token text) and on the repository's own prose and code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import ranks from 'gpt-tokenizer/bpeRanks/o200k_base';
import { clearRememberedBounds, tokenBounds } from '../../rules/context-window-exceeded/bounds.ts';
import { O200K_ASCII_PAIRS } from '../../rules/context-window-exceeded/o200k-pairs.generated.ts';
import { pairsSource } from '../../scripts/token-pairs.mjs';

const PLAIN = { disallowedSpecial: new Set<string>() };
const root = path.resolve(__dirname, '../..');

const PIECES = [
  'a', 'Z', 'the', 'Hello', 'camelCase', 'URL', "'", "'s", "'T", "'re", "'LL", "'ve", "'d", "'m", "'x", '’',
  '0', '7', '123', '4567', '²', '٣', 'Ⅻ', '½', '\u0301', '\u0308', 'e\u0301', 'ß', 'é', 'Ω', 'ǅ', 'ʰ',
  '中', '文字', 'の', 'カタカナ', '한국어', 'ไทย', '😀', '👍🏽', '👨‍👩‍👧', '𝔘', '\ud800', '\udc00',
  ' ', '  ', '\t', '\n', '\r\n', '\r', '\n\n', '\u00a0', '\u3000', '\u2028', '\ufeff',
  '.', ',', '!', '?', '(', ')', '{', '}', '[', ']', '"', '\\', '/', '//', '-', '_', '*', '#', '@', '$', '%', '&', '+', '=', '<', '>', '|', '~', '`', '^', ':', ';',
  '<|endoftext|>', '<|im_start|>', '...', '—', '«', '»', '€', '©', '\u0000', '\u200b',
];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function check(parts: string[]): void {
  const exact = countTokens(parts.join('\n'), PLAIN);
  const { lower, upper } = tokenBounds(parts);
  // Bounded part by part, remembered or not: the same figures as one pass over the joined text.
  assert.deepEqual(tokenBounds([parts.join('\n')]), { lower, upper: upper, complete: true }, JSON.stringify(parts));
  assert.ok(lower <= exact && exact <= upper, `${JSON.stringify(parts)}: ${lower} <= ${exact} <= ${upper}`);
}

/** `runs` random lists of one to three parts, each up to `maxPieces` pieces drawn from `pieces`, checked. */
function checkRandom(seed: number, pieces: readonly string[], runs: number, maxPieces: number): void {
  const next = rng(seed);
  for (let n = 0; n < runs; n++) {
    const count = 1 + Math.floor(next() * 3);
    const parts: string[] = [];
    for (let p = 0; p < count; p++) {
      let s = '';
      const len = Math.floor(next() * maxPieces);
      for (let i = 0; i < len; i++) s += pieces[Math.floor(next() * pieces.length)];
      parts.push(s);
    }
    check(parts);
  }
}

test('random strings over tricky characters: lower <= exact <= upper', () => checkRandom(14, PIECES, 4000, 24));

test('real text (the docs pages and sources of this repository): lower <= exact <= upper', () => {
  const files = readdirSync(path.join(root, 'rules'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md') || f.endsWith('.ts'))
    .map((f) => path.join(root, 'rules', f));
  let checked = 0;
  for (const file of [path.join(root, 'README.md'), path.join(root, 'ARCHITECTURE.md'), ...files.slice(0, 60)]) {
    const text = readFileSync(file, 'utf8');
    check([text]);
    check(text.split('\n\n')); // parts joined back with one newline
    checked++;
  }
  assert.ok(checked > 20);
});

test('the pass may stop once the lower bound is past a threshold, at a part boundary', () => {
  const parts = Array.from({ length: 100 }, () => ' word'.repeat(10));
  assert.deepEqual(tokenBounds(parts, 55), { lower: 60, upper: Infinity, complete: false });
  assert.deepEqual(tokenBounds(parts, 1000), tokenBounds(parts));
});

test('the lower bound is close enough to be useful on prose and exact on plain words', () => {
  assert.deepEqual(tokenBounds([' word'.repeat(1000)]), { lower: 1000, upper: 3000, complete: true });
  const prose = readFileSync(path.join(root, 'README.md'), 'utf8');
  const ratio = tokenBounds([prose]).lower / countTokens(prose, PLAIN);
  assert.ok(ratio > 0.5, `lower bound is ${ratio} of the exact count`);
});

test('o200k-pairs.generated.ts is up to date (regenerate: node scripts/token-pairs.mjs)', () => {
  const file = readFileSync(path.join(root, 'rules/context-window-exceeded/o200k-pairs.generated.ts'), 'utf8');
  assert.equal(file, pairsSource());
  assert.ok(O200K_ASCII_PAIRS.length > 2000);
});

test('every string of one to three ASCII digits is one o200k token (the upper bound counts a digit group as one)', () => {
  const tokens = new Set(ranks.filter((t): t is string => typeof t === 'string'));
  for (let n = 0; n < 1000; n++) for (const s of [String(n), String(n).padStart(2, '0'), String(n).padStart(3, '0')]) if (s.length <= 3) assert.ok(tokens.has(s), s);
});

// ASCII-heavy text stresses the upper bound's links: letter runs in both cases, contractions, space runs,
// symbol runs, digits, tabs and newlines, and the few non-ASCII characters that end a stretch.
const ASCII_PIECES = [
  'a', 'e', 'q', 'x', 'z', 'A', 'Q', 'X', 'th', 'ing', 'Hello', 'WORLD', 'camelCase', 'iPhone', 'HTTPServer', 'qzxj', 'QZXJ',
  "'", "'s", "'S", "'ll", "'LL", "'re", "'ve", "'d", "'m", "'t", "n't", "''",
  ' ', ' ', ' ', '  ', '   ', '\t', '\n', '\r\n', '\n\n', ' \n', '\u00a0', '\u3000',
  '.', ',', ';', ':', '!', '?', '(', ')', '((', '{', '}', '[', ']', '"', '\\', '/', '//', '/*', '*/', '-', '--', '_', '__', '*', '#', '##', '@', '$', '%', '&', '+', '=', '==', '=>', '<', '>', '|', '~', '`', '```', '^',
  '0', '1', '12', '123', '4567', '2026', '00', '²', 'é', 'ß', '中', '😀', '\u0301',
];

test('random ASCII-heavy strings: lower <= exact <= upper', () => checkRandom(1414, ASCII_PIECES, 6000, 30));

test('the upper bound is well under the UTF-8 byte count on prose and code', () => {
  for (const file of ['README.md', 'server/src/core/lint.ts']) {
    const text = readFileSync(path.join(root, file), 'utf8');
    const { upper } = tokenBounds([text]);
    const exact = countTokens(text, PLAIN);
    assert.ok(upper < 0.8 * Buffer.byteLength(text), `${file}: upper ${upper}, bytes ${Buffer.byteLength(text)}`);
    assert.ok(upper >= exact);
  }
});

test('remembered bounds of long parts give the same figures as a first pass', () => {
  const prose = readFileSync(path.join(root, 'README.md'), 'utf8').split('\n\n');
  clearRememberedBounds();
  const first = tokenBounds(prose);
  assert.deepEqual(tokenBounds(prose.map((s) => s.slice())), first); // served from memory
  const edited = [...prose];
  edited[3] += ' word';
  clearRememberedBounds();
  const fresh = tokenBounds(edited);
  tokenBounds(prose);
  assert.deepEqual(tokenBounds(edited), fresh);
});
