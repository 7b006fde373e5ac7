import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageRoot } from '../frontend/docs.ts';
import { pathToFileURL } from 'node:url';
import { RULES_BY_ID } from '../../../rules/index.ts';
import type { ApiId, FindingQuote, Range, Severity } from '../core/types.ts';

/** The project's home, as package.json's `repository` names it. */
const REPOSITORY = 'https://github.com/llm-preflight/llm-preflight';

export interface FileReport {
  file: string;
  diagnostics: { rule: string; severity: Severity; message: string; api: ApiId | null; range: Range; docsUrl?: string; quote?: FindingQuote }[];
  /** Why the file was not linted (too large, binary, not a linted kind): reported as skipped, not as a problem. */
  skipped?: string;
}

/** The contract's JSON: one array, 0-based ranges like LSP. */
export function formatJson(reports: FileReport[], cwd: string): string {
  return [...formatJsonChunks(reports, cwd)].join('');
}

/**
 * formatJson's text in pieces, byte for byte `JSON.stringify(…, null, 2)`: a file with a million findings
 * makes more text than one V8 string holds (RangeError: Invalid string length), so the CLI writes pieces.
 */
export function* formatJsonChunks(reports: FileReport[], cwd: string): Generator<string> {
  if (!reports.length) return yield '[]';
  yield '[\n';
  for (let i = 0; i < reports.length; i++) {
    const r = reports[i];
    const file = JSON.stringify(relative(cwd, r.file) || r.file);
    if (!r.diagnostics.length) yield `  {\n    "file": ${file},\n    "diagnostics": []\n  }`;
    else {
      yield `  {\n    "file": ${file},\n    "diagnostics": [\n`;
      for (let j = 0; j < r.diagnostics.length; j++) {
        const { rule, severity, message, api, range, quote } = r.diagnostics[j];
        // An added field (the contract allows them): what the provider would answer, who answers, the source.
        const providerAnswer = quote && { provider: quote.provider, text: quote.text, ...(quote.source && { source: quote.source }) };
        // JSON text has no raw newline inside strings, so re-indenting by line is exact.
        yield `      ${JSON.stringify({ rule, severity, message, api, range, ...(providerAnswer && { providerAnswer }) }, null, 2).replace(/\n/g, '\n      ')}${j < r.diagnostics.length - 1 ? ',' : ''}\n`;
      }
      yield '    ]\n  }';
    }
    yield i < reports.length - 1 ? ',\n' : '\n';
  }
  yield ']';
}

/** ESLint-style "stylish" text: findings grouped by file, 1-based line:column, and a summary. */
export function formatStylish(reports: FileReport[], cwd: string, color: boolean): string {
  return [...formatStylishChunks(reports, cwd, color)].join('\n');
}

/** formatStylish's lines, one at a time (joined with newlines they are its text); see formatJsonChunks. */
export function* formatStylishChunks(reports: FileReport[], cwd: string, color: boolean): Generator<string> {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const report of reports) {
    if (!report.diagnostics.length) continue;
    yield paint(4, relative(cwd, report.file) || report.file);
    for (const d of report.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else infos++;
      const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`.padEnd(8);
      const level = d.severity === 'error' ? paint(31, 'error  ') : d.severity === 'warning' ? paint(33, 'warning') : paint(36, 'info   ');
      yield `  ${where} ${level}  ${d.message.replace(/\s+/g, ' ')}  ${paint(2, d.rule)}`;
    }
    yield '';
  }
  const total = errors + warnings + infos;
  const skipped = reports.filter((r) => r.skipped).length;
  const linted = reports.length - skipped;
  const skippedNote = skipped ? `, ${plural(skipped, 'file')} skipped` : '';
  if (total === 0) return yield paint(32, `✔ No problems in ${plural(linted, 'file')}${skippedNote}.`);
  yield paint(errors ? 31 : 33, `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info)${skippedNote}`);
}

/** "1 file", "2 files". */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** SARIF 2.1.0 as GitHub code scanning reads it: rules with help text, 1-based regions, relative URIs. */
export function formatSarif(reports: FileReport[], cwd: string, version: string): string {
  const ruleIds = [...new Set(reports.flatMap((r) => r.diagnostics.map((d) => d.rule)))].sort();
  const rules = ruleIds.map((id) => {
    const meta = RULES_BY_ID.get(id)?.meta;
    const docs = meta ? webDocsUrl(id, version) : undefined;
    const page = meta ? docsPage(id) : undefined;
    return {
      id,
      name: id,
      shortDescription: { text: meta?.description ?? coreDescription(id) },
      fullDescription: { text: meta ? `${meta.description} Prevents: ${meta.providerErrors.map((e) => `"${e.message}"`).join('; ')}` : coreDescription(id) },
      ...(docs ? { helpUri: docs } : {}),
      help: {
        text: meta ? `${meta.description} Provider errors: ${meta.providerErrors.map((e) => `${e.message} (${e.source})`).join(' | ')}` : coreDescription(id),
        // GitHub code scanning renders this markdown next to the alert: the whole docs page.
        ...(page ? { markdown: page } : {}),
      },
      defaultConfiguration: { level: sarifLevel(meta?.severity ?? 'error') },
    };
  });
  const results = reports.flatMap((report) =>
    report.diagnostics.map((d) => ({
      ruleId: d.rule,
      ruleIndex: ruleIds.indexOf(d.rule),
      level: sarifLevel(d.severity),
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toUri(report.file, cwd), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        },
      ],
      ...(d.api || d.quote ? { properties: { ...(d.api && { api: d.api }), ...(d.quote && { providerAnswer: { provider: d.quote.provider, text: d.quote.text, ...(d.quote.source && { source: d.quote.source }) } }) } } : {}),
    })),
  );
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'llm-preflight', informationUri: REPOSITORY, semanticVersion: version, version, rules } },
          originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
          results,
          ...skippedInvocation(reports, cwd),
        },
      ],
    },
    null,
    2,
  );
}

/**
 * Skipped files as the run's tool notifications (SARIF 2.1.0 §3.20.21 toolExecutionNotifications, §3.58
 * notification): said, with the file, but not results, as stderr and the stylish summary say them.
 */
function skippedInvocation(reports: FileReport[], cwd: string): { invocations?: object[] } {
  const skipped = reports.filter((r) => r.skipped);
  if (!skipped.length) return {};
  const toolExecutionNotifications = skipped.map((r) => ({
    level: 'note',
    message: { text: `Skipped: ${r.skipped}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: toUri(r.file, cwd), uriBaseId: '%SRCROOT%' } } }],
  }));
  return { invocations: [{ executionSuccessful: true, toolExecutionNotifications }] };
}

/**
 * Code-scanning alerts are read on the web, where a file: link into someone's checkout means nothing:
 * link the docs page in the project's repository at the tag of this version instead.
 */
function webDocsUrl(id: string, version: string): string {
  return `${REPOSITORY}/blob/v${version}/rules/${id}/README.md`;
}

function docsPage(id: string): string | undefined {
  try {
    return readFileSync(join(packageRoot(), 'rules', id, 'README.md'), 'utf8');
  } catch {
    return undefined;
  }
}

function toUri(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel.startsWith('..') ? pathToFileURL(file).href : rel.split('\\').join('/');
}

function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'info' ? 'note' : severity;
}

function coreDescription(code: string): string {
  const descriptions: Record<string, string> = {
    'json-syntax': 'The request body is not valid JSON.',
    'file-skipped': 'The file was not linted because it exceeds a limit or looks binary.',
    'body-file-unreadable': 'A `< file` body reference could not be read.',
    'http-second-request-line': 'A second request line inside one .http block.',
    'http-missing-blank-line': 'A .http body follows its headers without the blank line that separates them.',
    'http-separator-in-body': 'A ### separator line cuts a JSON body in two.',
  };
  return descriptions[code] ?? code;
}
