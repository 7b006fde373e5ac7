import { RULES_BY_ID } from '../../../rules/index.ts';
import type { AnalyzedUnit } from '../core/lint.ts';
import type { Finding } from '../core/types.ts';

/**
 * Markdown-escapes text that came from the document, so it can never become a link, HTML or a command.
 * `:` too: GFM renderers linkify a bare `https://…` in plain text, and an escaped colon breaks that.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~:]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

/** Hover for findings under the cursor: the rule, what the provider would answer, and where it is documented. */
export function findingHover(findings: Finding[]): string {
  return findings
    .map((f) => {
      const meta = RULES_BY_ID.get(f.rule)?.meta;
      const lines = [`**LLM Preflight** · \`${f.rule}\` · ${f.severity}`, '', escapeMarkdown(f.message)];
      if (meta) {
        lines.push('', escapeMarkdown(meta.description));
        // Quote what this API (and, for dialect-specific wordings, this provider) would answer.
        const quotes = meta.providerErrors.filter((e) => (!f.api || e.api === f.api) && (!e.provider || e.provider === f.provider));
        for (const e of quotes.slice(0, 3)) lines.push('', `> ${escapeMarkdown(e.message)}`, '', `Source: ${escapeMarkdown(e.source)}`);
      }
      if (f.docsUrl) lines.push('', `[Rule documentation](${f.docsUrl})`);
      return lines.join('\n');
    })
    .join('\n\n---\n\n');
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
