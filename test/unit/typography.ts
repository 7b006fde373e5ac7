/**
 * Typography of the translated texts (rule messages, explanations, UI strings): zh-cn and zh-tw use
 * full-width punctuation and no ASCII punctuation between Chinese characters (zh-cn quotes “”, zh-tw
 * 「」); French puts a narrow no-break space (U+202F) before : ; ? ! and inside « ».
 */
const HAN = '\\p{Script=Han}';
const NNBSP = '\u202f';

export function typographyProblems(text: string, locale: 'zh-cn' | 'zh-tw' | 'fr'): string[] {
  const problems: string[] = [];
  const find = (pattern: RegExp, what: string) => {
    const m = pattern.exec(text);
    if (m) problems.push(`${what}: …${text.slice(Math.max(0, m.index - 8), m.index + m[0].length + 8)}…`);
  };
  // A quoted placeholder in ASCII quotes: the English convention leaked through.
  find(/'\{\{[^}]*\}\}'/, 'ASCII quotes around a placeholder');
  if (locale === 'fr') {
    // Code keeps its own punctuation: quoted names, JSON snippets, URL schemes.
    const prose = text.replace(/«[^»]*»/g, '«\u202f\u202f»').replace(/"[^"]*"(\s*:)?/g, '""').replace(/\b(file|data|gs|https?|\}\}):/g, '$1');
    const findIn = (pattern: RegExp, what: string) => {
      const m = pattern.exec(prose);
      if (m) problems.push(`${what}: …${prose.slice(Math.max(0, m.index - 8), m.index + m[0].length + 8)}…`);
    };
    findIn(new RegExp(`[^${NNBSP}]([:;?!])(?=\\s|$)`, 'u'), `no U+202F before the punctuation`);
    findIn(new RegExp(` [:;?!](?=\\s|$)`, 'u'), 'a plain space before the punctuation');
    find(new RegExp(`«(?!${NNBSP})`, 'u'), 'no U+202F after «');
    find(new RegExp(`(?<!${NNBSP})»`, 'u'), 'no U+202F before »');
    find(/[“”「」]/u, 'non-French quotes');
    return problems;
  }
  // ('.' inside a name, '.env' or '4.5', is not a full stop; a quoted UI label such as a command title keeps its own.)
  const prose = text.replace(/「[^」]*」|“[^”]*”/g, '「」');
  const m = new RegExp(`${HAN}\\s*([,;:!?()]|\\.(?!\\w))|([,;:!?()]|(?<!\\w)\\.(?!\\w))\\s*${HAN}`, 'u').exec(prose);
  if (m) problems.push(`ASCII punctuation next to Chinese: …${prose.slice(Math.max(0, m.index - 8), m.index + m[0].length + 8)}…`);
  find(locale === 'zh-cn' ? /[「」]/u : /[“”]/u, locale === 'zh-cn' ? 'zh-tw quotes in zh-cn' : 'zh-cn quotes in zh-tw');
  find(/[«»]/u, 'French quotes');
  return problems;
}
