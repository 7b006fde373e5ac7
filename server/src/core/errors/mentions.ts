/**
 * Text that talks about an error without reporting one: a message template with its placeholders
 * (`当前分组 %s 下对于模型 %s 无可用渠道`, `Rate limit reached for %s`), and a row of an error-code
 * documentation page ("429 - Rate limit reached for requests  Cause: …" / "Solution: …"). Linear:
 * each check reads a bounded window that the caller already cut.
 */

/** printf / Go / Python format placeholders: a template, not an occurrence. */
const PLACEHOLDERS = ['%s', '%d', '%v', '%q', '{}', '{0}', '%(', '${'];

export function isTemplate(window: string): boolean {
  for (const p of PLACEHOLDERS) if (window.includes(p)) return true;
  return false;
}

/**
 * A documentation entry: OpenAI's and others' error pages pair each code with "Cause:" and
 * "Solution:" (https://platform.openai.com/docs/guides/error-codes). `line` is the status line, `next`
 * the following line (both bounded by the caller).
 */
export function isDocsEntry(line: string, next: string): boolean {
  const hasCause = line.includes('Cause:') || next.trimStart().startsWith('Cause:');
  const hasSolution = line.includes('Solution:') || next.trimStart().startsWith('Solution:');
  return hasCause && hasSolution;
}

const QUOTES: Record<string, string> = { '"': '"', '\u201c': '\u201d', '`': '`', '\u300c': '\u300d' };
/** Words that make a line report a failure even when the message in it is quoted. */
const FAILURE_MARKERS = ['fail', 'exception', 'raise', 'threw', 'throw', 'got ', 'received', 'returned', 'status', 'error:', 'err:', 'error=', '失败', '报错', '错误：', '错误:', '錯誤', 'erreur'];

/**
 * A phrase quoted inside prose: `…when the message is the generic "Provider returned error" (or…)`.
 * `line` is the phrase's line window, the phrase at [at, end) in it. True when the phrase sits in
 * quotes opened right after a word (not after `:` `=` `-` `>` `|` or a bracket, as log fields are), and
 * nothing outside the quotes says that something failed.
 */
export function isQuotedMention(line: string, at: number, end: number): boolean {
  let open = -1;
  for (let i = at - 1; i >= 0 && i >= at - 160; i--) {
    const c = line[i];
    if (c in QUOTES) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  const close = line.indexOf(QUOTES[line[open]], end);
  if (close < 0 || close - end > 200) return false;
  let b = open - 1;
  while (b >= 0 && line[b] === ' ') b--;
  if (b < 0) return false;
  const before = line.charCodeAt(b);
  const wordBefore = (before >= 97 && before <= 122) || (before >= 65 && before <= 90) || before >= 0x2e80;
  if (!wordBefore || before === 0xff1a) return false; // "：" is a separator
  const outside = (line.slice(0, open) + ' ' + line.slice(close + 1)).toLowerCase();
  for (const m of FAILURE_MARKERS) if (outside.includes(m)) return false;
  for (let i = 0; i + 3 <= outside.length; i++) {
    const a = outside.charCodeAt(i);
    if ((a === 52 || a === 53) && isDigit(outside.charCodeAt(i + 1)) && isDigit(outside.charCodeAt(i + 2)) && !isDigit(outside.charCodeAt(i + 3)) && !isDigit(outside.charCodeAt(i - 1))) return false;
  }
  return true;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
