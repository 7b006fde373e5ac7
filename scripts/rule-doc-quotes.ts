/**
 * The "What the provider answers" section of every rule's docs page (rules/<id>/README.md), written from
 * the rule's `meta.providerErrors`, the one place that wording lives: each quote labelled with who answers
 * and where it was seen. Messages never quote the provider (Finding.quote carries it beside them).
 *   node --import tsx scripts/rule-doc-quotes.ts          rewrites the sections
 * test/rules/docs-quotes.test.ts fails when a page is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../rules/index.ts';
import { API_PROFILES, PROVIDER_PROFILES } from '../rules/profiles/index.ts';
import type { RuleModule } from '../rules/types.ts';

export const HEADING = '## What the provider answers';
const NOTE = '<!-- written from meta.providerErrors by scripts/rule-doc-quotes.ts; do not edit by hand -->';

/** A source as links where it is a URL (several are separated by " ; "). */
function sourceText(source: string): string {
  return source
    .split(' ; ')
    .map((part) => part.replace(/https?:\/\/[^\s)]+/g, (url) => `<${url}>`))
    .join('; ');
}

/** A fence longer than any backtick run in the text. */
function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}\n${text}\n${fence}`;
}

export function quoteSection(rule: RuleModule): string {
  const lines = [HEADING, '', NOTE];
  for (const e of rule.meta.providerErrors) {
    const who = PROVIDER_PROFILES[e.provider ?? API_PROFILES[e.api].defaultProvider].subject;
    lines.push('', `**${who}** answers (\`${e.api}\`):`, '', fenced(e.message), '', `Source: ${sourceText(e.source)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The page with its section replaced (or added at the end). */
export function withQuoteSection(page: string, rule: RuleModule): string {
  const at = page.indexOf(`\n${HEADING}\n`);
  if (at < 0) return `${page.trimEnd()}\n\n${quoteSection(rule)}`;
  const next = page.indexOf('\n## ', at + HEADING.length + 2);
  return `${page.slice(0, at + 1)}${quoteSection(rule)}${next < 0 ? '' : page.slice(next)}`;
}

export function pagePath(rule: RuleModule): string {
  return join(import.meta.dirname, '..', 'rules', rule.meta.id, 'README.md');
}

if (process.argv[1]?.endsWith('rule-doc-quotes.ts')) {
  for (const rule of RULES) {
    const page = readFileSync(pagePath(rule), 'utf8');
    const next = withQuoteSection(page, rule);
    if (next !== page) writeFileSync(pagePath(rule), next);
  }
}
