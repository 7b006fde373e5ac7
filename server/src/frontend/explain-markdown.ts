import type { Locale } from '../../../rules/errors/types.ts';
import { CATALOG, type Explanation } from '../core/errors/index.ts';
import { EXPLAIN_LABELS, formatWait } from './explain-labels.ts';
import { escapeMarkdown, firstUrl, markdownLink, trustedProse } from './markdown-links.ts';
import { maskSecrets } from '../core/secrets.ts';
import { KINDS } from '../../../rules/errors/kinds.ts';
import { confidenceLine, headFacts, originLine } from './explain-provenance.ts';

/** Longest run of backticks in `text`, so a code fence around it can be one longer. */
function fenceFor(text: string): string {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = text.charCodeAt(i) === 96 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return '`'.repeat(Math.max(3, longest + 1));
}

/** The pasted message, shown verbatim but inert: inside a code fence nothing is a link, HTML or command. */
function quotePaste(text: string, max = 600): string {
  // Keys and tokens in the paste are shown masked (the core masks them too; this is the last gate).
  const masked = maskSecrets(text);
  // Carriage returns go first: removing one can join two backtick runs ("``\r``") into a longer one.
  const cut = (masked.length > max ? `${masked.slice(0, max)}…` : masked).replace(/\r/g, '');
  // A line break or a fence-breaking sequence cannot escape a fence longer than any backtick run.
  const fence = fenceFor(cut);
  return `${fence}text\n${cut}\n${fence}`;
}

export interface RenderOptions {
  locale: Locale;
  /** Docs link of a lint rule (file: URL into the package), when known. */
  ruleDocs?: (rule: string) => string | undefined;
  /** Show the recognised message (the hover does; the command's preview too). */
  showPaste?: boolean;
}

/**
 * Markdown for one explanation. Everything that came from the paste is either escaped or fenced;
 * only our catalog's own text and URLs become links.
 */
export function renderExplanation(x: Explanation, options: RenderOptions): string {
  const L = EXPLAIN_LABELS[options.locale];
  const head = headFacts(x).map((v) => escapeMarkdown(maskSecrets(v)));
  const lines = [`**${escapeMarkdown(x.title)}**${head.length ? ` · ${head.join(' · ')}` : ''}`, ''];
  const retry = !x.retryable ? L.retryNo : x.waitSeconds !== null && x.waitSeconds > 0 ? L.retryAfter(formatWait(x.waitSeconds)) : L.retryYes;
  lines.push(`- ${L.fault}: ${L.faults[x.fault]}`, `- ${L.retry}: ${retry}`, `- ${confidenceLine(x, options.locale)}`);
  // hop names come from the paste: escaped; the sentence around them is ours
  const origin = originLine(x, options.locale, (s) => escapeMarkdown(maskSecrets(s)));
  if (origin) lines.push(`- ${origin}`);
  // The explanation and the fix steps are the catalog's own text: their URLs (a billing page, a status page) are links.
  lines.push('', trustedProse(x.explanation));
  if (x.fix.length) {
    lines.push('', `**${L.fix}**`, '');
    x.fix.forEach((step, i) => lines.push(`${i + 1}. ${trustedProse(step)}`));
  }
  if (x.rule) {
    const docs = options.ruleDocs?.(x.rule);
    lines.push('', `${L.rule}: ${docs ? `[\`${x.rule}\`](${docs})` : `\`${x.rule}\``}`);
  }
  const source = sourceUrl(x);
  if (source) lines.push('', `${L.source}: ${source}`);
  if (options.showPaste && x.payload.message) lines.push('', `${L.pasted}:`, '', quotePaste(x.payload.message));
  lines.push('', `_${escapeMarkdown(L.heading)} · \`${x.id}\`_`);
  return lines.join('\n');
}

/** The catalog entry's first source URL (our own data, not the paste), as a link. */
let sources: Map<string, string> | undefined;
function sourceUrl(x: Explanation): string | null {
  sources ??= new Map([...CATALOG, ...KINDS].map((e) => [e.id, e.source]));
  const raw = sources.get(x.id);
  if (!raw) return null;
  const url = firstUrl(raw);
  return url ? markdownLink(new URL(url).host, url) : escapeMarkdown(raw);
}

/** Several explanations (the Explain Error command): one section each. */
export function renderExplanations(xs: Explanation[], options: RenderOptions): string {
  const L = EXPLAIN_LABELS[options.locale];
  return [`# ${L.heading}`, '', ...xs.map((x) => renderExplanation(x, { ...options, showPaste: true })).flatMap((s) => [s, '', '---', ''])].join('\n');
}
