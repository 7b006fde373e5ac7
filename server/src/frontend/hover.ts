import { RULES_BY_ID } from '../../../rules/index.ts';
import type { AnalyzedUnit } from '../core/lint.ts';
import type { Finding, FindingQuote } from '../core/types.ts';
import type { Locale } from '../../../rules/errors/types.ts';
import { PROVIDER_PROFILES, profileOf } from '../../../rules/profiles/index.ts';
import { plainTitle } from './code-actions.ts';
import { FINDING_LABELS } from './finding-labels.ts';
import { escapeMarkdown, firstUrl, markdownLink, urlLabel } from './markdown-links.ts';

export { escapeMarkdown };

/**
 * Hover for findings under the cursor. VS Code already shows each diagnostic's message, source and code (linked
 * to the docs) in the hover's problem section, so this adds only what that lacks: the rule documentation link,
 * the provider's verbatim answer (labelled, with its source as a link) and the fix in words. Text that can hold
 * document content (the quote's filled values, fix titles) is escaped; rule metadata URLs are ours and become links.
 */
export function findingHover(findings: Finding[], locale: Locale = 'en'): string {
  const L = FINDING_LABELS[locale];
  return findings
    .map((f) => {
      // VS Code names the rule beside the message; the id is repeated only to tell several findings apart.
      const id = findings.length > 1 || !f.docsUrl ? `\`${f.rule}\`` : '';
      const lines = [[f.docsUrl && markdownLink(L.docs, f.docsUrl), id].filter(Boolean).join(' · ')];
      const quote = quoteOf(f);
      if (quote) {
        lines.push('', `${L.answers(quote.provider)}${inlineCode(oneLine(quote.text))}`);
        const url = quote.source && firstUrl(quote.source);
        if (url) lines.push('', `${L.source}${markdownLink(urlLabel(url), url)}`);
      }
      const fix = f.fixes?.find((x) => x.preferred) ?? f.fixes?.[0];
      if (fix) lines.push('', `${L.fix}${escapeMarkdown(plainTitle(fix.title))}`);
      return lines.join('\n');
    })
    .join('\n\n---\n\n');
}

/** The finding's own quote (filled in by the rule), else the first of the rule's documented provider errors for this API. */
function quoteOf(f: Finding): FindingQuote | null {
  if (f.quote) return { ...f.quote, provider: capitalise(f.quote.provider) };
  const meta = RULES_BY_ID.get(f.rule)?.meta;
  const e = meta?.providerErrors.find((x) => (!f.api || x.api === f.api) && (!x.provider || !f.provider || x.provider === f.provider));
  if (!e) return null;
  const provider = e.provider ?? f.provider ?? profileOf(e.api).defaultProvider;
  return { provider: PROVIDER_PROFILES[provider].subject, text: e.message, source: e.source };
}

/** Verbatim text as an inline code span (inert: no link, HTML or emphasis), its delimiter longer than any backtick run in it. */
function inlineCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence} ${text} ${fence}`;
}

function capitalise(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A quote of several lines (a provider that lists every bad field) is shown by its first line, cut at 240 characters. */
function oneLine(text: string): string {
  const first = text.split(/\r?\n/)[0];
  const lines = text.split(/\r?\n/).length;
  const cut = first.length > 240 ? `${first.slice(0, 239)}…` : first;
  return lines > 1 && !cut.endsWith('…') ? `${cut} …` : cut;
}

/** Hover over a request line: what detection concluded and why. */
export function detectionHover(analyzed: AnalyzedUnit): string {
  const { detection } = analyzed;
  const lines = [
    '**LLM Preflight** · request detected as',
    '',
    `- API: ${detection.api ? `\`${detection.api}\`` : '_unknown_'}`,
    `- provider: ${detection.provider ? `\`${detection.provider}\`` : '_unknown_'}`,
    `- model: ${detection.model ? escapeMarkdown(detection.model) : '_unknown_'}`,
    '',
    'Because:',
    ...detection.reasons.map((r) => `- ${escapeMarkdown(r)}`),
    '',
    'Override with a `# @api <id>` comment above the request or the `llmPreflight.apis` setting.',
  ];
  return lines.join('\n');
}
