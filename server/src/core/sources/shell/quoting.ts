/**
 * Fixes in a shell-quoted body. The body the rules see is laid out at the script's length (`words.ts`), so a
 * fix's span is already a script span; two things remain: an edit must take a two-character escape (`\"`)
 * whole, and the text it writes must be quoted as the part of the word it lands in is
 * (https://www.gnu.org/software/bash/manual/bash.html#Quoting). A fix that cannot be written so is dropped.
 */
import type { BodyQuoting, FindingFix } from '../../types.ts';

/** Characters a backslash must escape inside double quotes, and inside a heredoc with an unquoted delimiter. */
const DOUBLE = /[\\"$`]/g;
const HEREDOC = /[\\$`]/g;
const WORD_SPECIAL = /[\s\\'"$`|&;<>(){}*?[\]#~!]/;

/** Body-relative fixes as they must be written in the script; the ones that cannot be are left out. */
export function quotedFixes(fixes: FindingFix[], quoting: BodyQuoting, body: string): FindingFix[] | undefined {
  const out: FindingFix[] = [];
  for (const fix of fixes) {
    const edits: FindingFix['edits'] = [];
    for (const edit of fix.edits) {
      const quoted = quotedEdit(edit, quoting, body);
      if (!quoted) break;
      edits.push(quoted);
    }
    if (edits.length === fix.edits.length) out.push({ ...fix, edits });
  }
  return out.length ? out : undefined;
}

function quotedEdit(edit: FindingFix['edits'][number], quoting: BodyQuoting, body: string): FindingFix['edits'][number] | null {
  let { start, end } = edit.span;
  if (start < 0 || end > body.length || end < start) return null; // outside the body (a header edit): not in shell syntax
  // An offset inside a two-character escape is one right after its start (escapes are sorted: a binary search).
  if (start === end && holds(quoting.escapes, start - 1)) {
    // An insertion inside an escape goes beside it: before an opening `\"` (laid out as ` "`), after a closing one.
    start = end = body[start - 1] === ' ' ? start - 1 : start + 1;
  } else {
    if (holds(quoting.escapes, start - 1)) start -= 1;
    if (holds(quoting.escapes, end - 1)) end += 1;
  }
  if (edit.text === '') return { span: { start, end }, text: '' };
  const part = quoting.parts.find((p) => p.start <= start && end <= p.end);
  if (!part) return null; // across quotes: not written here
  switch (part.quote) {
    case 'single':
      return { span: { start, end }, text: edit.text.replace(/'/g, `'\\''`) };
    case 'double':
      return { span: { start, end }, text: edit.text.replace(DOUBLE, '\\$&') };
    case 'heredoc':
      return { span: { start, end }, text: edit.text.replace(HEREDOC, '\\$&') };
    case 'literal':
      return { span: { start, end }, text: edit.text };
    case 'word':
      return WORD_SPECIAL.test(edit.text) ? null : { span: { start, end }, text: edit.text };
    default:
      return null;
  }
}

function holds(sorted: readonly number[], value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === value) return true;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
