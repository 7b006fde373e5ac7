/**
 * Key-shaped test strings, generated at load time from a fixed seed, so that no key literal sits in the
 * source (secret scanners and push protection would flag one) and every test sees the same values.
 * None of them is, or was, a real key.
 */
function generator(seed: number): (alphabet: string, n: number) => string {
  let s = seed >>> 0;
  const next = () => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (alphabet, n) => {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(next() * alphabet.length)];
    return out;
  };
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URLSAFE = `${ALNUM}_-`;
const HEX = '0123456789abcdef';
const g = generator(20240607);
const SK = ['s', 'k', '-'].join('');

export const FAKE_KEYS = {
  openaiProject: `${SK}proj-${g(URLSAFE, 64)}`,
  openaiLegacy: `${SK}${g(ALNUM, 20)}${'T3Blbk'}FJ${g(ALNUM, 20)}`,
  anthropic: `${SK}ant-api03-${g(URLSAFE, 93)}AA`,
  google: `${'AI'}za${g(URLSAFE, 35)}`,
  dashscope: `${SK}${g(HEX, 32)}`,
  deepseek: `${SK}${g(HEX, 32)}`,
  openrouter: `${SK}or-v1-${g(HEX, 64)}`,
  azure: g(HEX, 32),
  relay: `${SK}${g(ALNUM, 48)}`,
} as const;

export type FakeKeyKind = keyof typeof FAKE_KEYS;
