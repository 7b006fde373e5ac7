import * as path from 'node:path';
import type { RequestUnit, Span, UnitNote } from '../types.ts';
import { parseBlock, type DraftRequest, type ParsedBlock } from './block.ts';
import { jsonDepth } from './body.ts';
import { nonJsonBodyKind, headerValue } from './content-type.ts';
import { readTextFileSafely, unreadableReason } from './files.ts';
import { isBlank, leadingCode, splitLines, trimmedSpan, type Line } from './lines.ts';
import { separatorTitle } from './syntax.ts';
import { attachFileVariables } from './file-variable-refs.ts';
import { mayRead, readPolicy, UNTRUSTED_BODY_REASON, type ReadPolicy } from './trust.ts';
import { createVariableLookup, resolveVariables } from './variables.ts';
import type { TextEdit } from '../text.ts';

export { resolveVariables } from './variables.ts';

export interface HttpSplitOptions {
  /** Absolute path of the .http file; undefined for untitled documents. */
  filePath?: string;
  /** Variables from editor settings (REST Client's rest-client.environmentVariables, $shared + active env merged). */
  environment?: Record<string, string>;
  /** Environment to pick from http-client(.private).env.json; unset: `$shared`, then the first env defining the name. */
  envName?: string;
  /** Reads a referenced body file; default: UTF-8 from disk, undefined on any error. */
  readFile?: (absPath: string) => string | undefined;
  /**
   * Workspace trust; default true. When false, no `.env` file and no `http-client.private.env.json` is read,
   * and no file outside `allowedRoots` (`< file` bodies, env files found walking up); notes say what was not read.
   */
  trusted?: boolean;
  /** The workspace folders: with `trusted: false`, the only places files are read from (none when empty). */
  allowedRoots?: readonly string[];
  /**
   * The one change from `before` to the text being split, when the caller knows it (the language server's
   * incremental sync): the incremental splitter (incremental.ts) takes it instead of a diff of the two texts
   * when `before` is the text it split last. The full split ignores it.
   */
  edit?: TextEdit & { before: string };
}

export interface Block {
  from: number;
  to: number;
  title: string;
  /** The `###` line that ends the block, when there is one. */
  closedBy?: Line;
}

/**
 * Splits a `.http` / `.rest` document into one RequestUnit per request (editor.md §1.3). Never throws:
 * anything that cannot be parsed yields no unit.
 */
export function splitHttpDocument(text: string, options: HttpSplitOptions = {}): RequestUnit[] {
  try {
    return typeof text === 'string' && text.length > 0 ? split(text, options) : [];
  } catch {
    return [];
  }
}

function split(text: string, options: HttpSplitOptions): RequestUnit[] {
  return splitBlocks(text, options).blocks.flatMap((b) => (b.unit ? [b.unit] : []));
}

/**
 * What the incremental splitter (incremental.ts) keeps per `###` block of the last split: enough to
 * re-split a region and splice it between blocks it did not touch.
 */
export interface BlockRecord {
  /** Title from the `###` line that opens the block ('' for the first block). */
  title: string;
  /** The `###` line that closes the block: start and end of its text, and the start of the next line. */
  close?: { start: number; end: number; next: number };
  /** `@name = value` lines of the block, as `name=value` lines in order (file variables are global). */
  variables: string;
  /** The block holds text that is neither a request nor comments/variables (see separatorCutNote). */
  stray: boolean;
  unit?: RequestUnit;
}

export interface SplitBlocks {
  blocks: BlockRecord[];
  fileVariables: Map<string, string>;
}

/** The whole document, block by block. */
export function splitBlocks(text: string, options: HttpSplitOptions): SplitBlocks {
  const region = parseRegion(text, 0, text.length, '');
  const fileVariables = new Map<string, string>();
  for (const block of region.parsed) for (const variable of block.fileVariables) fileVariables.set(variable.name, variable.value);
  return { blocks: buildBlocks(text, region, fileVariables, options, false), fileVariables };
}

export interface ParsedRegion {
  lines: Line[];
  blocks: Block[];
  parsed: ParsedBlock[];
}

/**
 * Lines [from, to) of the document cut into blocks and parsed, with document offsets. `from` must start
 * a line and `to` end one; `title` is the title of the first block (from the `###` line above `from`).
 */
export function parseRegion(text: string, from: number, to: number, title: string): ParsedRegion {
  const lines = splitLines(text, from, to);
  const blocks = findBlocks(lines, title);
  return { lines, blocks, parsed: blocks.map((block) => parseBlock(text, lines, block.from, block.to, block.title)) };
}

/** The regions's file variables in order, one `name=value` per line, to tell whether an edit changed them. */
export function variablesKey(parsed: ParsedBlock): string {
  return parsed.fileVariables.map((v) => `${v.name}=${v.value}\n`).join('');
}

/**
 * Request units of a parsed region. `fileVariables` are the whole document's; `nextStray` is the
 * stray-content flag of the block after the region (for the last block's separator note).
 */
export function buildBlocks(
  text: string,
  region: ParsedRegion,
  fileVariables: Map<string, string>,
  options: HttpSplitOptions,
  nextStray: boolean,
): BlockRecord[] {
  const { lines, blocks, parsed } = region;
  const policy = readPolicy(options);
  // Variables left without a value because the workspace is untrusted, and why (for a note on the request).
  const withheld = new Map<string, string>();
  const lookup = createVariableLookup({
    fileVariables,
    environment: options.environment,
    filePath: options.filePath,
    envName: options.envName,
    policy,
    onWithheld: (name, reason) => withheld.set(name, reason),
  });

  return parsed.map((block, index) => {
    const closedBy = blocks[index].closedBy;
    const record: BlockRecord = {
      title: blocks[index].title,
      variables: variablesKey(block),
      stray: block.hasStrayContent,
      ...(closedBy && { close: { start: closedBy.start, end: closedBy.end, next: nextLineStart(lines, blocks[index].to) } }),
    };
    if (!block.request) return record;
    const unit = toUnit(block.request, blockSpan(lines, blocks[index]), lookup, options, policy);
    attachFileVariables(unit, block.request, fileVariables);
    if (withheld.size) {
      const note = withheldNote(unit, withheld);
      if (note) unit.notes.push(note);
    }
    const next = parsed[index + 1];
    const cut = separatorCutNote(text, lines, blocks[index], next ? next.hasStrayContent : nextStray, unit);
    if (cut) unit.notes.push(cut);
    record.unit = unit;
    return record;
  });
}

/** Start of the line after line `i` (its text end when it is the last line of the region). */
function nextLineStart(lines: Line[], i: number): number {
  return i + 1 < lines.length ? lines[i + 1].start : lines[i].end;
}

/** Blocks are the line ranges between `###` lines; the file may start or end with one (JetBrains §3.1). */
function findBlocks(lines: Line[], firstTitle = ''): Block[] {
  const blocks: Block[] = [];
  let from = 0;
  let title = firstTitle;
  for (let i = 0; i < lines.length; i++) {
    const nextTitle = leadingCode(lines[i].text) === 35 /* # */ ? separatorTitle(lines[i].text) : undefined;
    if (nextTitle === undefined) continue;
    blocks.push({ from, to: i, title, closedBy: lines[i] });
    from = i + 1;
    title = nextTitle;
  }
  blocks.push({ from, to: lines.length, title });
  return blocks;
}

/** From the first to the last non-blank line of the block. */
function blockSpan(lines: Line[], block: Block): Span {
  let first = block.from;
  while (first < block.to - 1 && isBlank(lines[first].text)) first++;
  let last = block.to - 1;
  while (last > first && isBlank(lines[last].text)) last--;
  return { start: lines[first].start, end: lines[last].end };
}

function toUnit(
  draft: DraftRequest,
  span: Span,
  lookup: (name: string) => string | undefined,
  options: HttpSplitOptions,
  policy: ReadPolicy,
): RequestUnit {
  // Header values with variables substituted where known, so detection sees e.g. the real Content-Type.
  const headers = draft.headers.map((header) => ({ ...header, value: resolveVariables(header.value, lookup) }));
  const unit: RequestUnit = {
    span,
    method: draft.method,
    rawUrl: draft.rawUrl,
    url: withHost(resolveVariables(draft.rawUrl, lookup), headers),
    requestLineSpan: draft.requestLineSpan,
    headers,
    notes: draft.notes,
  };
  if (draft.name) unit.name = draft.name;
  if (draft.apiOverride) unit.apiOverride = draft.apiOverride;
  const body = draft.body;
  if (body.kind === 'inline') {
    unit.bodyText = body.text;
    unit.bodySpan = body.span;
    setNonJsonKind(unit, body.firstLine);
  } else if (body.kind === 'file') {
    unit.bodyFile = readBodyFile(body.path, body.span, lookup, options, policy, unit.notes);
    setNonJsonKind(unit, '', body.path);
  }
  return unit;
}

/** REST Client: a relative target plus a Host header makes an absolute URL (https for ports 443 and 8443). */
function withHost(url: string, headers: RequestUnit['headers']): string {
  const host = headerValue(headers, 'host');
  if (!url.startsWith('/') || !host) return url;
  const port = host.split(':')[1];
  const scheme = port === '443' || port === '8443' ? 'https' : 'http';
  return `${scheme}://${host}${url}`;
}

/** Extensions that tell the kind of a `< file` body when the request has no Content-Type. */
const KIND_BY_EXTENSION: Record<string, string> = {
  '.xml': 'xml',
  '.graphql': 'graphql',
  '.gql': 'graphql',
  '.txt': 'text',
  '.md': 'text',
  '.jsonl': 'ndjson',
  '.ndjson': 'ndjson',
};

function setNonJsonKind(unit: RequestUnit, bodyStart: string, filePath?: string): void {
  let kind = nonJsonBodyKind(unit.headers, unit.method ?? 'GET', bodyStart);
  if (!kind && filePath && headerValue(unit.headers, 'content-type') === undefined) {
    kind = KIND_BY_EXTENSION[path.extname(filePath).toLowerCase()];
  }
  if (kind) unit.nonJsonBody = kind;
}

/** A `< file` body read under the trust policy (also `curl -d @file` in shell sources), with a note when it cannot be. */
export function readBodyFile(
  writtenPath: string,
  lineSpan: Span,
  lookup: (name: string) => string | undefined,
  options: HttpSplitOptions,
  policy: ReadPolicy,
  notes: UnitNote[],
): NonNullable<RequestUnit['bodyFile']> {
  const bodyFile: NonNullable<RequestUnit['bodyFile']> = { path: writtenPath, span: lineSpan };
  const expanded = resolveVariables(writtenPath, lookup);
  let why: string | undefined;
  if (expanded.includes('{{')) {
    why = 'its path uses a variable that has no value here';
  } else if (path.isAbsolute(expanded)) {
    bodyFile.resolvedPath = path.normalize(expanded);
  } else if (options.filePath) {
    bodyFile.resolvedPath = path.resolve(path.dirname(options.filePath), expanded);
  } else {
    why = 'a relative path cannot be resolved in an unsaved document';
  }
  if (bodyFile.resolvedPath && !mayRead(policy, bodyFile.resolvedPath)) {
    why = UNTRUSTED_BODY_REASON;
  } else if (bodyFile.resolvedPath) {
    const read = options.readFile ?? readTextFileSafely;
    bodyFile.text = safeRead(read, bodyFile.resolvedPath);
    if (bodyFile.text === undefined) {
      why = options.readFile ? 'it could not be read' : unreadableReason(bodyFile.resolvedPath);
    }
  }
  if (why) {
    const shown = bodyFile.resolvedPath && bodyFile.resolvedPath !== writtenPath ? `${writtenPath} (${bodyFile.resolvedPath})` : writtenPath;
    const untrusted = why === UNTRUSTED_BODY_REASON;
    notes.push({
      span: lineSpan,
      severity: untrusted ? 'info' : 'warning',
      code: untrusted ? 'workspace-untrusted' : 'body-file-unreadable',
      message: `Cannot read the body file ${shown}: ${why}. Its content is not checked.`,
    });
  }
  return bodyFile;
}

/**
 * In an untrusted workspace: the request's URL or headers still hold a `{{variable}}` that a withheld env
 * file might define. One note on the request line, naming the variables and the files not read.
 */
function withheldNote(unit: RequestUnit, withheld: Map<string, string>): UnitNote | undefined {
  const names = new Map<string, string>();
  const collect = (name: string): undefined => {
    const key = name.trim();
    const reason = withheld.get(key);
    if (reason !== undefined && names.size < 5) names.set(key, reason);
    return undefined;
  };
  resolveVariables(unit.url ?? '', collect);
  for (const header of unit.headers) resolveVariables(header.value, collect);
  if (!names.size) return undefined;
  const reasons = [...new Set(names.values())];
  return {
    span: unit.requestLineSpan ?? unit.span,
    severity: 'info',
    code: 'workspace-untrusted',
    message: `${[...names.keys()].map((n) => `{{${n}}}`).join(', ')} ${names.size === 1 ? 'has' : 'have'} no value here: ${reasons.join('; ')}. Trust the workspace to resolve ${names.size === 1 ? 'it' : 'them'}.`,
  };
}

function safeRead(read: (absPath: string) => string | undefined, absPath: string): string | undefined {
  try {
    const text = read(absPath);
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A `###` line inside a JSON body still splits the request (editor.md §1.3 I). When the body is left with
 * open brackets and the next block does not start with a request, say so on the separator.
 */
function separatorCutNote(
  text: string,
  lines: Line[],
  block: Block,
  nextStray: boolean,
  unit: RequestUnit,
): UnitNote | undefined {
  if (!block.closedBy || !nextStray || !unit.bodySpan || unit.nonJsonBody) return undefined;
  const bodyLines: number[] = [];
  for (let i = block.from; i < block.to; i++) {
    if (lines[i].start >= unit.bodySpan.start && lines[i].end <= unit.bodySpan.end) bodyLines.push(i);
  }
  if (jsonDepth(text, lines, bodyLines) <= 0) return undefined;
  return {
    span: trimmedSpan(block.closedBy),
    severity: 'warning',
    code: 'http-separator-in-body',
    message: 'This `###` line splits the request in the middle of its JSON body: every .http client ends the request here.',
  };
}
