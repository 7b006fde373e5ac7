/**
 * LLM Preflight benchmark: our linter against the parsers and validator people would otherwise use,
 * on the same generated payloads, in one run.
 *
 *   node --import tsx bench/run.ts            full run (about 2 minutes on 2 cores; markdown table on stdout)
 *   node --import tsx bench/run.ts --quick    smoke run: one or two timed runs per cell
 *   node --import tsx bench/run.ts --json     machine-readable results on stdout (progress on stderr)
 *
 * Other flags: --seed <n> (payload seed), --only <substring> (payload ids), --write (also write the
 * payloads under bench/.out/), --stand-in (when server/src/core/lint.ts is missing, time a crude local
 * stand-in instead of reporting "unavailable"; for developing this script only).
 *
 * See bench/README.md for what is measured and how to read the numbers. Nothing here asserts on time.
 */

import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseTree, type Node as JsoncNode } from 'jsonc-parser';
import { getLanguageService, type JSONSchema, type LanguageService } from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { engineRows, printEngineTable } from './engine.ts';
import { DEFAULT_SEED, findEditRange, generatePayloads, writePayloads, type HttpApi, type Payload } from './generate.ts';

// ---------------------------------------------------------------------------------------------
// Options

const argv = process.argv.slice(2);
const flag = (name: string): boolean => argv.includes(name);
const value = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};

const QUICK = flag('--quick');
const JSON_OUT = flag('--json');
const STAND_IN = flag('--stand-in');
const WRITE = flag('--write');
const SEED = value('--seed') !== undefined ? Number(value('--seed')) : DEFAULT_SEED;
const ONLY = value('--only');

/**
 * Time budget per cell (one tool on one payload), excluding warm-up. A payload row has four or
 * five cells (ten rows, about 36 cells), so the whole run stays around 2 minutes on 2 cores.
 */
const CELL_BUDGET_MS = QUICK ? 250 : 1500;
const MAX_RUNS = QUICK ? 3 : 100;
const WARMUP_BUDGET_MS = QUICK ? 0 : 400;
const MAX_WARMUPS = QUICK ? 1 : 5;

const log = (msg: string): void => {
  process.stderr.write(msg + '\n');
};

// ---------------------------------------------------------------------------------------------
// Timing

/** A full GC between runs (never inside one), so one run's garbage is not billed to the next. */
const gc: () => void = (() => {
  try {
    setFlagsFromString('--expose-gc');
    const fn = runInNewContext('gc') as unknown;
    if (typeof fn === 'function') return fn as () => void;
  } catch {
    /* fall through */
  }
  return () => {};
})();

type Stat = { medianMs: number; minMs: number; maxMs: number; runs: number; warmups: number };

type Cell =
  | { ok: true; stat: Stat; note?: string; count?: number }
  | { ok: false; reason: string };

function isThenable(x: unknown): x is PromiseLike<unknown> {
  return typeof x === 'object' && x !== null && typeof (x as { then?: unknown }).then === 'function';
}

async function timeOnce(run: () => unknown): Promise<number> {
  const t0 = performance.now();
  const r = run();
  if (isThenable(r)) await r;
  return performance.now() - t0;
}

/**
 * Median of N timed runs after warm-up. `prepare` runs before each run, untimed (used to apply an
 * edit before a re-lint). N adapts so that the cell stays inside its budget: fast tools get up to
 * MAX_RUNS runs, a tool that takes seconds gets one.
 */
async function measure(run: () => unknown, prepare?: () => void): Promise<Stat> {
  let warmups = 0;
  let warmTotal = 0;
  let last = 0;
  do {
    prepare?.();
    gc();
    last = await timeOnce(run);
    warmTotal += last;
    warmups++;
  } while (warmups < MAX_WARMUPS && warmTotal + last < WARMUP_BUDGET_MS);
  const estimate = Math.max(last, 0.001);
  const runs = Math.max(1, Math.min(MAX_RUNS, Math.floor(CELL_BUDGET_MS / estimate)));
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    prepare?.();
    gc();
    samples.push(await timeOnce(run));
  }
  samples.sort((a, b) => a - b);
  const mid = samples.length >> 1;
  const medianMs = samples.length % 2 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2;
  return { medianMs, minMs: samples[0], maxMs: samples[samples.length - 1], runs, warmups };
}

async function cell(run: () => unknown, prepare?: () => void): Promise<Cell> {
  try {
    return { ok: true, stat: await measure(run, prepare) };
  } catch (e) {
    return { ok: false, reason: `threw: ${(e as Error)?.message ?? String(e)}` };
  }
}

// ---------------------------------------------------------------------------------------------
// Peers

const SCHEMA_FILES: Record<HttpApi, string> = {
  'openai-chat': 'chat-schema.json',
  'anthropic-messages': 'anthropic-schema.json',
  'gemini-generate': 'gemini-schema.json',
};

/** One language service per API, each configured exactly as the brief says: one schema, fileMatch '*'. */
function createJsonLanguageServices(): Record<HttpApi, LanguageService> {
  const out = {} as Record<HttpApi, LanguageService>;
  for (const [api, file] of Object.entries(SCHEMA_FILES) as [HttpApi, string][]) {
    const schema = JSON.parse(readFileSync(join(__dirname, file), 'utf8')) as JSONSchema;
    const ls = getLanguageService({});
    ls.configure({ validate: true, allowComments: false, schemas: [{ uri: `bench://schemas/${file}`, fileMatch: ['*'], schema }] });
    out[api] = ls;
  }
  return out;
}

/** parseJSONDocument + doValidation, the work the VS Code JSON extension does per keystroke. */
async function jsonLsValidate(ls: LanguageService, doc: TextDocument): Promise<number> {
  const jsonDoc = ls.parseJSONDocument(doc);
  const diagnostics = await ls.doValidation(doc, jsonDoc);
  return diagnostics.length;
}

/** Checks that each schema is really applied (a bad body must produce diagnostics), so the timings mean something. */
async function sanityCheckSchemas(services: Record<HttpApi, LanguageService>): Promise<string[]> {
  const bad: Record<HttpApi, string> = {
    'openai-chat': '{"model":"m","messages":[{"role":"tool","content":[{"type":"text","text":""}]}],"enable_thinking":true}',
    'anthropic-messages': '{"model":"m","max_tokens":1,"messages":[{"role":"user","content":[{"type":"text","text":""}]}],"enable_thinking":true}',
    'gemini-generate': '{"contents":[{"role":"user","parts":[{"text":""}]}],"enable_thinking":true}',
  };
  const problems: string[] = [];
  for (const api of Object.keys(bad) as HttpApi[]) {
    const doc = TextDocument.create(`bench://sanity/${api}.json`, 'json', 1, bad[api]);
    const n = await jsonLsValidate(services[api], doc);
    const expected = api === 'openai-chat' ? 3 : 2; // extra property, empty text (+ missing tool_call_id)
    if (n < expected) problems.push(`${api} schema: expected >= ${expected} diagnostics on a bad body, got ${n}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Ours

type LintOptions = { languageId: 'http' | 'json' | 'jsonc' | 'jsonl'; filePath?: string; uri?: string };
type LintResult = { findings: unknown[]; units?: unknown[]; skipped?: string; deferred?: unknown[] };
type LintFn = (text: string, options: LintOptions) => LintResult | Promise<LintResult>;
type Ours = {
  label: string;
  lintText?: LintFn;
  createLinter?: () => { lint: LintFn };
  unavailable?: string;
  /** Forgets what ours remembers across lints (token counts), so a full-lint row times a first lint. */
  reset: () => void;
  /** How many rules ran (the whole catalog, every rule on by default). */
  rules?: number;
};

async function loadOurs(): Promise<Ours> {
  // A variable specifier keeps `tsc` green while lint.ts does not exist yet.
  const specifier = pathToFileURL(join(__dirname, '..', 'server', 'src', 'core', 'lint.ts')).href;
  try {
    const mod = (await import(specifier)) as Record<string, unknown>;
    const pick = (name: string): unknown => mod[name] ?? (mod.default as Record<string, unknown> | undefined)?.[name];
    const lintText = pick('lintText');
    const createLinter = pick('createLinter');
    if (typeof lintText !== 'function') return { label: 'ours', unavailable: 'server/src/core/lint.ts has no lintText export', reset: () => {} };
    return {
      label: 'ours',
      lintText: lintText as LintFn,
      createLinter: typeof createLinter === 'function' ? (createLinter as () => { lint: LintFn }) : undefined,
      reset: await optionalExport('rules/context-window-exceeded/tokens.ts', 'clearTokenCounts'),
      rules: await ruleCount(),
    };
  } catch (e) {
    const reason = `cannot import server/src/core/lint.ts (${((e as Error)?.message ?? String(e)).split('\n')[0]})`;
    if (STAND_IN) return { label: 'STAND-IN', lintText: standInLint, createLinter: standInCreateLinter, reset: () => {} };
    return { label: 'ours', unavailable: reason, reset: () => {} };
  }
}

/** A function exported by one of our modules, or a no-op when the module or export is missing. */
async function optionalExport(path: string, name: string): Promise<() => void> {
  try {
    const mod = (await import(pathToFileURL(join(__dirname, '..', path)).href)) as Record<string, unknown>;
    const fn = mod[name];
    return typeof fn === 'function' ? (fn as () => void) : () => {};
  } catch {
    return () => {};
  }
}

async function ruleCount(): Promise<number | undefined> {
  try {
    const mod = (await import(pathToFileURL(join(__dirname, '..', 'rules', 'index.ts')).href)) as { RULES?: unknown[] };
    return Array.isArray(mod.RULES) ? mod.RULES.length : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Temporary stand-in, used only with --stand-in while the real lintText does not exist: a tolerant
 * parse of each body plus a walk over messages. Its numbers mean nothing about the product.
 */
function standInLint(text: string, options: LintOptions): LintResult {
  const findings: unknown[] = [];
  const bodies = options.languageId === 'http' ? standInSplit(text) : [text];
  for (const body of bodies) standInCheck(parseTree(body), findings);
  return { findings };
}

function standInSplit(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/^###.*$/m)) {
    const blank = block.search(/\n\s*\n\s*[{[]/);
    if (blank >= 0) out.push(block.slice(blank));
  }
  return out;
}

function standInCheck(root: JsoncNode | undefined, findings: unknown[]): void {
  const messages = root?.children?.find((p) => p.children?.[0].value === 'messages' || p.children?.[0].value === 'contents')?.children?.[1];
  for (const m of messages?.children ?? []) {
    for (const prop of m.children ?? []) {
      const key = prop.children?.[0].value;
      const val = prop.children?.[1];
      if (key === 'role' && !['system', 'developer', 'user', 'assistant', 'tool', 'model'].includes(val?.value)) findings.push({ rule: 'role' });
      if ((key === 'content' || key === 'parts') && val?.type === 'array') {
        for (const part of val.children ?? []) {
          const t = part.children?.find((p) => p.children?.[0].value === 'text')?.children?.[1];
          if (t && t.value === '') findings.push({ rule: 'empty-text' });
        }
      }
    }
  }
}

function standInCreateLinter(): { lint: LintFn } {
  return { lint: standInLint };
}

// ---------------------------------------------------------------------------------------------
// Rows

type ToolId = 'jsonParse' | 'parseTree' | 'jsonLs' | 'ours';
const TOOL_LABELS: Record<ToolId, string> = { jsonParse: 'JSON.parse', parseTree: 'parseTree', jsonLs: 'json-ls', ours: 'ours' };

type Row = {
  id: string;
  description: string;
  bytes: number;
  chars: number;
  cells: Record<ToolId, Cell>;
  /** Findings from ours, diagnostics from json-ls (from one untimed run), as a sanity check. */
  counts: { ours?: number; jsonLs?: number };
  notes: string[];
};

function bodiesOf(p: Extract<Payload, { kind: 'http' }>): { api: HttpApi; text: string }[] {
  return p.http.units.map((u) => ({ api: u.api, text: p.text.slice(u.bodyStart, u.bodyEnd) }));
}

/** One untimed lint: the number of findings, plus notes when ours skipped the document or split it unexpectedly. */
async function countFindings(lint: LintFn, text: string, options: LintOptions, row: Row, expectedUnits: number): Promise<void> {
  try {
    const r = await lint(text, options);
    row.counts.ours = Array.isArray(r?.findings) ? r.findings.length : undefined;
    if (r?.skipped) {
      row.counts.ours = undefined;
      row.notes.push(`ours SKIPPED this document, so its time is not a lint: ${r.skipped}`);
    } else if (Array.isArray(r?.units) && r.units.length !== expectedUnits) {
      row.notes.push(`ours found ${r.units.length} request units, expected ${expectedUnits}.`);
    }
  } catch {
    /* reported by the timed cell */
  }
}

async function benchJsonPayload(p: Extract<Payload, { kind: 'json' }>, services: Record<HttpApi, LanguageService>, ours: Ours): Promise<Row[]> {
  const text = p.text;
  const ls = services[p.api];
  const doc = TextDocument.create(pathToFileURL(join(process.cwd(), p.filePath)).href, 'json', 1, text);
  const options: LintOptions = { languageId: 'json', filePath: p.filePath };
  const row: Row = { id: p.id, description: `${p.api} body, ${p.messages} messages`, bytes: Buffer.byteLength(text), chars: text.length, cells: {} as Row['cells'], counts: {}, notes: [] };

  log(`  ${p.id}: JSON.parse`);
  row.cells.jsonParse = await cell(() => JSON.parse(text));
  log(`  ${p.id}: jsonc-parser parseTree`);
  row.cells.parseTree = await cell(() => parseTree(text));
  log(`  ${p.id}: vscode-json-languageservice parse + validate`);
  row.counts.jsonLs = await jsonLsValidate(ls, doc);
  row.cells.jsonLs = await cell(() => jsonLsValidate(ls, doc));
  if (ours.lintText) {
    const lintText = ours.lintText;
    log(`  ${p.id}: ${ours.label} lintText`);
    await countFindings(lintText, text, options, row, 1);
    row.cells.ours = await cell(() => lintText(text, options), ours.reset);
  } else {
    row.cells.ours = { ok: false, reason: ours.unavailable ?? 'unavailable' };
  }
  const rows = [row];
  // The same first lint as the language server publishes it: every finding but a deferred token count
  // (which its worker adds later). lintText above also waits for that count, as the CLI and library do.
  if (ours.createLinter) {
    const createLinter = ours.createLinter;
    const serverRow: Row = {
      id: `${p.id} server first`,
      description: 'first lint as the server publishes it: a deferred exact token count is not awaited',
      bytes: row.bytes,
      chars: row.chars,
      cells: { jsonParse: row.cells.jsonParse, parseTree: row.cells.parseTree, jsonLs: row.cells.jsonLs } as Row['cells'],
      counts: {},
      notes: ['peers: same cells as the full row.'],
    };
    log(`  ${p.id}: ${ours.label} first lint without the deferred count`);
    try {
      const waiting = (await createLinter().lint(text, options)).deferred?.length ?? 0;
      serverRow.notes.push(waiting ? `${waiting} finding(s) wait for an exact count (the server's worker; the full row includes it).` : 'no finding waits for an exact count: the bounds decided, so this row and the full row do the same work.');
    } catch {
      /* reported by the timed cell */
    }
    serverRow.cells.ours = await cell(() => createLinter().lint(text, options), ours.reset);
    rows.push(serverRow);
  }
  if (!EDIT_JSON.has(p.id)) return rows;

  // Typing in one big body: the whole body is one request, so every rule runs again (the peers
  // re-parse the whole body too). What ours may reuse is what it remembers across lints.
  const editRow: Row = {
    id: `${p.id} 1-char edit`,
    description: 're-lint after typing one character in a message in the middle of the body; peers: the whole body',
    bytes: row.bytes,
    chars: row.chars,
    cells: { jsonParse: row.cells.jsonParse, parseTree: row.cells.parseTree, jsonLs: row.cells.jsonLs } as Row['cells'],
    counts: {},
    notes: ['peers: same cells as the full row (a single body has nothing to reuse).'],
  };
  const range = findEditRange(text, text.length >> 1, text.length);
  log(`  ${p.id}: ${ours.label} re-lint after a 1-char edit`);
  const edit = await oursAfterEdit(ours, text, range, options);
  editRow.cells.ours = edit.cell;
  editRow.notes.push(...edit.notes);
  return [...rows, editRow];
}

/** Payloads that also get a "typing in the body" row. */
const EDIT_JSON = new Set(['openai-chat-1.8MB', 'anthropic-1.8MB', 'gemini-1.8MB']);

/**
 * Ours re-linting after a one-character edit inside `range` (a run of lowercase letters in a
 * string). Each timed run types one more character into the same string (cumulative edits), so every
 * lint sees a document that differs from the previous one by exactly one character and whose edited
 * request was never seen before: no cache can serve it from an older version. The new text is built
 * with `slice + char + slice`, as vscode-languageserver-textdocument does, so ours pays for flattening
 * a cons string, as it would in the server.
 */
async function oursAfterEdit(ours: Ours, text: string, range: { start: number; end: number }, options: LintOptions): Promise<{ cell: Cell; notes: string[] }> {
  if (!ours.lintText) return { cell: { ok: false, reason: ours.unavailable ?? 'unavailable' }, notes: [] };
  const { start, end } = range;
  let current = text;
  let step = 0;
  const nextEdit = (): void => {
    const pos = start + (step % (end - start));
    const old = current.charCodeAt(pos);
    const ch = String.fromCharCode(97 + ((old - 97 + 1 + Math.floor(step / (end - start))) % 26));
    current = current.slice(0, pos) + (ch === current[pos] ? (ch === 'a' ? 'b' : 'a') : ch) + current.slice(pos + 1);
    step++;
  };
  if (!ours.createLinter) {
    const lintText = ours.lintText;
    return {
      cell: await cell(() => lintText(current, options), nextEdit),
      notes: ['createLinter() is not exported yet: ours is a full lintText of the edited file (no cache).'],
    };
  }
  try {
    const linter = ours.createLinter();
    ours.reset();
    await linter.lint(current, options); // prime with the unedited file, as when it was opened
    return {
      cell: await cell(() => linter.lint(current, options), nextEdit),
      notes: ['ours: createLinter().lint, primed with the file, then one new character per timed run.'],
    };
  } catch (e) {
    return { cell: { ok: false, reason: `createLinter threw: ${(e as Error)?.message ?? String(e)}` }, notes: [] };
  }
}

async function benchHttpPayload(p: Extract<Payload, { kind: 'http' }>, services: Record<HttpApi, LanguageService>, ours: Ours): Promise<Row[]> {
  const text = p.text;
  const bodies = bodiesOf(p);
  const docs = bodies.map((b, i) => ({ ls: services[b.api], doc: TextDocument.create(`bench://http/${p.id}/body-${i}.json`, 'json', 1, b.text) }));
  const options: LintOptions = { languageId: 'http', filePath: p.filePath };
  const row: Row = {
    id: p.id,
    description: `${bodies.length} requests (${countApis(bodies)}); peers: sum over the bodies`,
    bytes: Buffer.byteLength(text),
    chars: text.length,
    cells: {} as Row['cells'],
    counts: {},
    notes: [
      'JSON.parse, parseTree and json-ls cannot read a .http file; they are timed on each JSON body (spans known from the generator, slicing untimed) and summed.',
      `${p.http.defects.length} deliberate mistakes: ${p.http.defects.map((d) => `request ${d.unit + 1} ${d.defect}`).join('; ')}.`,
    ],
  };

  log(`  ${p.id}: JSON.parse x${bodies.length}`);
  row.cells.jsonParse = await cell(() => {
    for (const b of bodies) JSON.parse(b.text);
  });
  log(`  ${p.id}: parseTree x${bodies.length}`);
  row.cells.parseTree = await cell(() => {
    for (const b of bodies) parseTree(b.text);
  });
  log(`  ${p.id}: json-ls parse + validate x${bodies.length}`);
  const validateAll = async (): Promise<number> => {
    let n = 0;
    for (const d of docs) n += await jsonLsValidate(d.ls, d.doc);
    return n;
  };
  row.counts.jsonLs = await validateAll();
  row.cells.jsonLs = await cell(validateAll);
  if (ours.lintText) {
    const lintText = ours.lintText;
    log(`  ${p.id}: ${ours.label} lintText`);
    await countFindings(lintText, text, options, row, bodies.length);
    row.cells.ours = await cell(() => lintText(text, options), ours.reset);
  } else {
    row.cells.ours = { ok: false, reason: ours.unavailable ?? 'unavailable' };
  }

  // Re-lint after a one-character edit in the middle request.
  const { unit, start, end } = p.http.editRange;
  const edited = bodies[unit];
  const editRow: Row = {
    id: `${p.id} 1-char edit`,
    description: `re-lint after typing one character in request ${unit + 1}; peers: that one body only`,
    bytes: row.bytes,
    chars: row.chars,
    cells: {} as Row['cells'],
    counts: {},
    notes: [],
  };
  const editedDoc = TextDocument.create(`bench://http/${p.id}/edited.json`, 'json', 1, edited.text);
  editRow.cells.jsonParse = await cell(() => JSON.parse(edited.text));
  editRow.cells.parseTree = await cell(() => parseTree(edited.text));
  editRow.cells.jsonLs = await cell(() => jsonLsValidate(services[edited.api], editedDoc));

  log(`  ${p.id}: ${ours.label} re-lint after a 1-char edit`);
  const edit = await oursAfterEdit(ours, text, { start, end }, options);
  editRow.cells.ours = edit.cell;
  editRow.notes.push(...edit.notes);
  return [row, editRow];
}

function countApis(bodies: { api: HttpApi }[]): string {
  const c = new Map<string, number>();
  for (const b of bodies) c.set(b.api, (c.get(b.api) ?? 0) + 1);
  return [...c].map(([k, v]) => `${v} ${k}`).join(', ');
}

// ---------------------------------------------------------------------------------------------
// Output

function ratio(ours: Cell, peer: Cell): number | null {
  if (!ours.ok || !peer.ok || peer.stat.medianMs <= 0) return null;
  return ours.stat.medianMs / peer.stat.medianMs;
}

function fmtMs(c: Cell): string {
  if (!c.ok) return 'n/a';
  const ms = c.stat.medianMs;
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3);
}

function fmtRatio(r: number | null): string {
  if (r === null) return 'n/a';
  return r >= 10 ? `${r.toFixed(0)}x` : `${r.toFixed(2)}x`;
}

function fmtSize(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;
}

function printTable(rows: Row[], ours: Ours): void {
  const tools: ToolId[] = ['jsonParse', 'parseTree', 'jsonLs', 'ours'];
  const header = ['payload', 'size', ...tools.map((t) => `${t === 'ours' ? ours.label : TOOL_LABELS[t]} ms`), 'ours/JSON.parse', 'ours/parseTree', 'ours/json-ls', 'runs', 'findings/diags'];
  const lines = rows.map((r) => [
    r.id,
    fmtSize(r.bytes),
    ...tools.map((t) => fmtMs(r.cells[t])),
    fmtRatio(ratio(r.cells.ours, r.cells.jsonParse)),
    fmtRatio(ratio(r.cells.ours, r.cells.parseTree)),
    fmtRatio(ratio(r.cells.ours, r.cells.jsonLs)),
    tools.map((t) => (r.cells[t].ok ? String((r.cells[t] as Extract<Cell, { ok: true }>).stat.runs) : '-')).join('/'),
    `${r.counts.ours ?? '-'}/${r.counts.jsonLs ?? '-'}`,
  ]);
  // A markdown table, padded so that it also reads well in a terminal.
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cols: string[]): string => `| ${cols.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(fmt(header));
  console.log(`| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : '-'.repeat(w - 1) + ':')).join(' | ')} |`);
  for (const l of lines) console.log(fmt(l));
  console.log('');
  console.log('Median wall-clock ms per call; ratio < 1 means ours is faster. runs = timed runs per column (after warm-up).');
  console.log('findings/diags = findings from ours / diagnostics from json-ls on the unedited payload (sanity check, not a score).');
  for (const r of rows) {
    for (const n of r.notes) console.log(`- ${r.id}: ${n}`);
    for (const t of tools) {
      const c = r.cells[t];
      if (!c.ok) console.log(`- ${r.id}: ${t === 'ours' ? ours.label : TOOL_LABELS[t]} unavailable: ${c.reason}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Main

async function main(): Promise<void> {
  const started = performance.now();
  log(`LLM Preflight bench${QUICK ? ' (--quick)' : ''}: seed ${SEED}, cell budget ${CELL_BUDGET_MS} ms, max ${MAX_RUNS} runs per cell`);
  log('generating payloads...');
  const tGen = performance.now();
  let payloads = generatePayloads(SEED);
  if (ONLY) payloads = payloads.filter((p) => p.id.includes(ONLY));
  log(`generated ${payloads.length} payloads in ${(performance.now() - tGen).toFixed(0)} ms`);
  if (WRITE) for (const f of writePayloads(payloads, join(__dirname, '.out'))) log(`wrote ${f}`);

  const ours = await loadOurs();
  if (ours.unavailable) log(`ours: unavailable (${ours.unavailable})`);
  else if (ours.label !== 'ours') log(`ours: using the ${ours.label} (lint.ts not importable); its numbers mean nothing about the product`);
  else log(`ours: lintText loaded${ours.createLinter ? ', createLinter loaded' : ', no createLinter export (re-lint measured without cache)'}`);

  const services = createJsonLanguageServices();
  const schemaProblems = await sanityCheckSchemas(services);
  for (const s of schemaProblems) log(`WARNING: ${s}`);

  const rows: Row[] = [];
  for (const p of payloads) {
    log(`${p.id} (${fmtSize(Buffer.byteLength(p.text))})`);
    if (p.kind === 'json') rows.push(...(await benchJsonPayload(p, services, ours)));
    else rows.push(...(await benchHttpPayload(p, services, ours)));
  }
  log('engine rows (language server, hover, per-rule cost, library, memory, CLI)');
  const engine = await engineRows({ quick: QUICK, seed: SEED, only: ONLY, log, gc });
  const totalS = (performance.now() - started) / 1000;
  log(`done in ${totalS.toFixed(1)} s`);

  const env = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    gcBetweenRuns: gc.toString() !== (() => {}).toString(),
    quick: QUICK,
    seed: SEED,
    cellBudgetMs: CELL_BUDGET_MS,
    oursLabel: ours.label,
    oursRules: ours.rules ?? null,
    oursUnavailable: ours.unavailable ?? null,
    createLinter: Boolean(ours.createLinter),
    schemaProblems,
    totalSeconds: Math.round(totalS * 10) / 10,
  };

  if (JSON_OUT) {
    const out = {
      env,
      rows: rows.map((r) => ({
        id: r.id,
        description: r.description,
        bytes: r.bytes,
        chars: r.chars,
        tools: Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c.ok ? { ...c.stat } : { unavailable: c.reason }])),
        ratios: {
          oursOverJsonParse: ratio(r.cells.ours, r.cells.jsonParse),
          oursOverParseTree: ratio(r.cells.ours, r.cells.parseTree),
          oursOverJsonLs: ratio(r.cells.ours, r.cells.jsonLs),
        },
        counts: r.counts,
        notes: r.notes,
      })),
      engine,
    };
    console.log(JSON.stringify(out, null, 2));
    return;
  }

  console.log(`LLM Preflight bench — node ${env.node}, ${env.cpu} (${env.cores} cores), seed ${SEED}, ours = ${ours.rules ?? '?'} rules${QUICK ? ', --quick (few runs: smoke only)' : ''}`);
  console.log('');
  printTable(rows, ours);
  printEngineTable(engine);
  if (schemaProblems.length) console.log(`- WARNING: ${schemaProblems.join('; ')}`);
  console.log(`- total ${env.totalSeconds} s`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
