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

/** Where a format writes its text (the CLI buffers it into writes of about a megabyte). */
export type Write = (text: string) => void;

type Diagnostic = FileReport['diagnostics'][number];

/**
 * A format that writes as results come: files in input order, each file's findings in position order,
 * in one or more `findings` calls (a streamed batch file gives them a chunk at a time), then `fileDone`.
 * Nothing holds the whole output; only the summary's counts (and SARIF's rule list) are kept.
 */
export interface ReportSink {
  findings(file: string, diagnostics: readonly Diagnostic[]): void;
  /** The file is finished; `skipped` says why it was not linted at all. */
  fileDone(file: string, skipped?: string): void;
  /** Part of a file was not linted (a line over the size limit): said in the summary, not a problem. */
  partSkipped(file: string, why: string): void;
  /** The run is over; `withoutRequests`: source files of the walk with no SDK import or provider URL (not problems). */
  end(withoutRequests?: number): void;
}

/**
 * The contract's JSON: one array, 0-based ranges like LSP, byte for byte `JSON.stringify(reports, null, 2)`
 * (skipped files are listed with no diagnostics), written a finding at a time.
 */
export function jsonSink(write: Write, cwd: string): ReportSink {
  let files = 0;
  let current: string | null = null;
  const open = (file: string) => `${files++ ? ',\n' : '[\n'}  {\n    "file": ${JSON.stringify(relative(cwd, file) || file)},\n    "diagnostics": `;
  return {
    findings(file, diagnostics) {
      for (const { rule, severity, message, api, range, quote } of diagnostics) {
        write(current === file ? ',\n' : `${open(file)}[\n`);
        current = file;
        // An added field (the contract allows them): what the provider would answer, who answers, the source.
        const providerAnswer = quote && { provider: quote.provider, text: quote.text, ...(quote.source && { source: quote.source }) };
        // JSON text has no raw newline inside strings, so re-indenting by line is exact.
        write(`      ${JSON.stringify({ rule, severity, message, api, range, ...(providerAnswer && { providerAnswer }) }, null, 2).replace(/\n/g, '\n      ')}`);
      }
    },
    fileDone(file) {
      write(current === file ? '\n    ]\n  }' : `${open(file)}[]\n  }`);
      current = null;
    },
    partSkipped() {},
    end() {
      write(files ? '\n]\n' : '[]\n');
    },
  };
}

/** ESLint-style "stylish" text: findings grouped by file, 1-based line:column, and a summary. */
export function stylishSink(write: Write, cwd: string, color: boolean): ReportSink {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let linted = 0;
  let skipped = 0;
  let skippedParts = 0;
  let current: string | null = null;
  return {
    findings(file, diagnostics) {
      for (const d of diagnostics) {
        if (current !== file) write(`${paint(4, relative(cwd, file) || file)}\n`);
        current = file;
        if (d.severity === 'error') errors++;
        else if (d.severity === 'warning') warnings++;
        else infos++;
        const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`.padEnd(8);
        const level = d.severity === 'error' ? paint(31, 'error  ') : d.severity === 'warning' ? paint(33, 'warning') : paint(36, 'info   ');
        write(`  ${where} ${level}  ${d.message.replace(/\s+/g, ' ')}  ${paint(2, d.rule)}\n`);
      }
    },
    fileDone(file, why) {
      if (current === file) write('\n');
      current = null;
      if (why) skipped++;
      else linted++;
    },
    partSkipped() {
      skippedParts++;
    },
    end(withoutRequests = 0) {
      const total = errors + warnings + infos;
      const skippedNote = `${skipped ? `, ${plural(skipped, 'file')} skipped` : ''}${skippedParts ? `, ${plural(skippedParts, 'part')} of files skipped` : ''}${withoutRequests ? `, ${plural(withoutRequests, 'source file')} without requests skipped` : ''}`;
      if (total === 0) return write(`${paint(32, `✔ No problems in ${plural(linted, 'file')}${skippedNote}.`)}\n`);
      write(`${paint(errors ? 31 : 33, `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info)${skippedNote}`)}\n`);
    },
  };
}

/** "1 file", "2 files". */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: rules with help text, 1-based regions, relative URIs.
 * Results are written as they come, so the run lists them before its `tool` (member order means nothing
 * in JSON); `ruleIndex` counts the rules in the order they first appear, which is `tool.driver.rules`' order.
 */
export function sarifSink(write: Write, cwd: string, version: string): ReportSink {
  const ruleIndex = new Map<string, number>();
  const skipped: { file: string; why: string }[] = [];
  let results = 0;
  write(`{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "results": [`);
  return {
    findings(file, diagnostics) {
      for (const d of diagnostics) {
        if (!ruleIndex.has(d.rule)) ruleIndex.set(d.rule, ruleIndex.size);
        const result = {
          ruleId: d.rule,
          ruleIndex: ruleIndex.get(d.rule),
          level: sarifLevel(d.severity),
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toUri(file, cwd), uriBaseId: '%SRCROOT%' },
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
        };
        write(`${results++ ? ',' : ''}\n        ${JSON.stringify(result, null, 2).replace(/\n/g, '\n        ')}`);
      }
    },
    fileDone(file, why) {
      if (why) skipped.push({ file, why });
    },
    partSkipped(file, why) {
      skipped.push({ file, why });
    },
    end() {
      const rest = {
        tool: { driver: { name: 'llm-preflight', informationUri: REPOSITORY, semanticVersion: version, version, rules: [...ruleIndex.keys()].map((id) => sarifRule(id, version)) } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        ...skippedInvocation(skipped, cwd),
      };
      // The run's other members, at the run's indentation (its braces dropped).
      const members = JSON.stringify(rest, null, 2).split('\n').slice(1, -1).map((line) => `    ${line}`).join('\n');
      write(`${results ? '\n      ' : ''}],\n${members}\n    }\n  ]\n}\n`);
    },
  };
}

function sarifRule(id: string, version: string) {
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
}

/**
 * Skipped files as the run's tool notifications (SARIF 2.1.0 §3.20.21 toolExecutionNotifications, §3.58
 * notification): said, with the file, but not results, as stderr and the stylish summary say them.
 */
function skippedInvocation(skipped: { file: string; why: string }[], cwd: string): { invocations?: object[] } {
  if (!skipped.length) return {};
  const toolExecutionNotifications = skipped.map((r) => ({
    level: 'note',
    message: { text: `Skipped: ${r.why}` },
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
