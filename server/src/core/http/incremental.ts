import { isDeepStrictEqual } from 'node:util';
import { diff, type TextEdit } from '../text.ts';
import type { RequestUnit, Span } from '../types.ts';
import { clearEnvironmentCache } from './environments.ts';
import { diskSignature, recordDiskReads } from './files.ts';
import { buildBlocks, parseRegion, splitBlocks, variablesKey, type BlockRecord, type HttpSplitOptions } from './parse.ts';

/**
 * A `.http` splitter that remembers the last document: after an edit it re-splits only the blocks from
 * the `###` line before the edit to the one after it, keeps the blocks above (same objects, same offsets)
 * and shifts the blocks below. The result equals a full split (test/unit/http-incremental.test.ts)
 * except that files read from disk (`< file` bodies, env files) are looked at again at most once per
 * RECHECK_MS, the same staleness the env file cache already has: every path the splits consulted is
 * stat-ed, and only when one changed (or a caller's own `readFile` read it, which cannot be stat-ed)
 * does a full split run. Typing thus never pays a whole-file split.
 *
 * Falls back to a full split when the edit changes the file variables (they are global), when the
 * options change, in an untrusted workspace (its notes depend on every request), or when the diff
 * touches most of the document anyway.
 */
export interface HttpSplit {
  units: RequestUnit[];
  /**
   * How the units relate to the previous call's: units [0, above) are the previous ones, unchanged;
   * units from `below` on are the previous units from `below - added` on, shifted by `delta`.
   * `changed` is the edited range in the new text. Undefined after a full split.
   */
  reuse?: { above: number; below: number; added: number; delta: number; changed: { start: number; end: number } };
}

export interface IncrementalHttpSplitter {
  split(text: string, options: HttpSplitOptions): HttpSplit;
}

const RECHECK_MS = 1000;

interface State {
  text: string;
  optionsKey: string;
  blocks: BlockRecord[];
  fileVariables: Map<string, string>;
  fullAt: number;
  /** Every path the splits consulted, with the signature of what they read; undefined with a caller's readFile. */
  disk: Map<string, string> | undefined;
}

export function createIncrementalHttpSplitter(now: () => number = Date.now): IncrementalHttpSplitter {
  let state: State | undefined;
  const full = (text: string, options: HttpSplitOptions, optionsKey: string): HttpSplit => {
    try {
      const { value, reads } = recordDiskReads(() => splitBlocks(text, options));
      const { blocks, fileVariables } = value;
      state = { text, optionsKey, blocks, fileVariables, fullAt: now(), disk: options.readFile ? undefined : reads };
      return { units: unitsOf(blocks) };
    } catch {
      state = undefined; // as splitHttpDocument: never throws, no units
      return { units: [] };
    }
  };
  return {
    split(text, options) {
      const optionsKey = keyOf(options);
      if (typeof text !== 'string' || text.length === 0) {
        state = undefined;
        return { units: [] };
      }
      const previous = state;
      if (!previous || previous.optionsKey !== optionsKey || options.trusted === false) return full(text, options, optionsKey);
      if (now() - previous.fullAt > RECHECK_MS) {
        if (!previous.disk || !unchanged(previous.disk)) {
          clearEnvironmentCache(); // its own re-check interval must not hand the full split the old contents
          return recheck(previous, text, options, optionsKey);
        }
        previous.fullAt = now();
      }
      const known = knownEdit(previous.text, text, options);
      if (!known && previous.text === text) return { units: unitsOf(previous.blocks), reuse: { above: countUnits(previous.blocks), below: 0, added: 0, delta: 0, changed: { start: 0, end: 0 } } };
      try {
        return incremental(previous, text, options, known) ?? full(text, options, optionsKey);
      } catch {
        return full(text, options, optionsKey);
      }
    },
  };

  /**
   * The periodic full split (files on disk may have changed): the units that came out equal to the last
   * ones, above and below the edit, are still reported as reused, so the linter keeps their analyses.
   */
  function recheck(previous: State, text: string, options: HttpSplitOptions, optionsKey: string): HttpSplit {
    const result = full(text, options, optionsKey);
    if (!state) return result;
    const edit = diff(previous.text, text);
    const before = unitsOf(previous.blocks);
    const after = result.units;
    let above = 0;
    while (above < before.length && above < after.length && after[above].span.end <= edit.start && isDeepStrictEqual(after[above], before[above])) above++;
    let tail = 0;
    while (tail < before.length - above && tail < after.length - above) {
      const old = before[before.length - 1 - tail];
      if (old.span.start < edit.oldEnd || !isDeepStrictEqual(after[after.length - 1 - tail], shiftUnit(old, edit.delta))) break;
      tail++;
    }
    const changed = { start: edit.start, end: edit.oldEnd + edit.delta };
    return { units: after, reuse: { above, below: after.length - tail, added: after.length - before.length, delta: edit.delta, changed } };
  }

  function incremental(previous: State, text: string, options: HttpSplitOptions, known: TextEdit | undefined): HttpSplit | undefined {
    const edit = known ?? diff(previous.text, text);
    const old = previous.blocks;
    // First block whose closing `###` line (with its line break) reaches the edit, then one more above:
    // that block's separator note depends on whether the next block holds stray content.
    let first = old.findIndex((b) => !b.close || b.close.next >= edit.start);
    first = Math.max(0, first - 1);
    // Last block: the first from there whose closing line starts after the edit (or the last block).
    let last = first;
    while (old[last].close && old[last].close!.start <= edit.oldEnd) last++;
    const from = first === 0 ? 0 : old[first - 1].close!.next;
    const closing = old[last].close;
    const to = closing ? closing.end + edit.delta : text.length;
    if (to - from > text.length / 2) return undefined; // a full split is no slower

    const region = parseRegion(text, from, to, old[first].title);
    // A region that ends on a `###` line has one empty block after it: that is the next block, kept.
    if (closing) {
      region.blocks.pop();
      region.parsed.pop();
    }
    let oldVariables = '';
    for (let i = first; i <= last; i++) oldVariables += old[i].variables;
    if (region.parsed.map(variablesKey).join('') !== oldVariables) return undefined;

    const nextStray = old[last + 1]?.stray ?? false;
    const { value: fresh, reads } = recordDiskReads(() => buildBlocks(text, region, previous.fileVariables, options, nextStray));
    if (previous.disk) for (const [p, signature] of reads) if (!previous.disk.has(p)) previous.disk.set(p, signature);
    // The region's closing `###` line is untouched: its next-line offset is the old one, shifted.
    if (closing) fresh[fresh.length - 1].close = shiftClose(closing, edit.delta);
    const below = old.slice(last + 1).map((b) => shiftBlock(b, edit.delta));
    const blocks = [...old.slice(0, first), ...fresh, ...below];
    state = { ...previous, text, blocks };
    const above = countUnits(old.slice(0, first));
    const added = countUnits(fresh);
    const removed = countUnits(old.slice(first, last + 1));
    return { units: unitsOf(blocks), reuse: { above, below: above + added, added: added - removed, delta: edit.delta, changed: { start: edit.start, end: edit.oldEnd + edit.delta } } };
  }
}

/** True when no consulted path changed on disk (one stat each: a few per file, not a split). */
function unchanged(disk: Map<string, string>): boolean {
  for (const [p, signature] of disk) if (diskSignature(p) !== signature) return false;
  return true;
}

function unitsOf(blocks: BlockRecord[]): RequestUnit[] {
  const units: RequestUnit[] = [];
  for (const b of blocks) if (b.unit) units.push(b.unit);
  return units;
}

function countUnits(blocks: BlockRecord[]): number {
  let n = 0;
  for (const b of blocks) if (b.unit) n++;
  return n;
}

/** The caller's edit (`options.edit`) when it is from the text split last to `text`, else undefined (the diff decides). */
function knownEdit(previous: string, text: string, options: HttpSplitOptions): TextEdit | undefined {
  const edit = options.edit;
  if (!edit || edit.start < 0 || edit.start > edit.oldEnd || edit.oldEnd > previous.length || text.length !== previous.length + edit.delta) return undefined;
  // The same string object in the common case: compared by identity before any character.
  return edit.before === previous ? { start: edit.start, oldEnd: edit.oldEnd, delta: edit.delta } : undefined;
}

function keyOf(options: HttpSplitOptions): string {
  // readFile is compared by presence only: a caller that swaps readers between calls should use a new splitter.
  return JSON.stringify([options.filePath, options.environment, options.envName, options.trusted, options.allowedRoots, !!options.readFile]);
}

function shiftClose(close: NonNullable<BlockRecord['close']>, by: number): BlockRecord['close'] {
  return { start: close.start + by, end: close.end + by, next: close.next + by };
}

function shiftBlock(block: BlockRecord, by: number): BlockRecord {
  if (by === 0) return block;
  return { ...block, ...(block.close && { close: shiftClose(block.close, by) }), ...(block.unit && { unit: shiftUnit(block.unit, by) }) };
}

const move = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });

/** Every document offset the splitter puts in a unit, moved by `by`. */
export function shiftUnit(unit: RequestUnit, by: number): RequestUnit {
  const shifted: RequestUnit = {
    ...unit,
    span: move(unit.span, by),
    headers: unit.headers.map((h) => ({ ...h, span: move(h.span, by) })),
    notes: unit.notes.map((n) => ({ ...n, span: move(n.span, by) })),
  };
  if (unit.requestLineSpan) shifted.requestLineSpan = move(unit.requestLineSpan, by);
  if (unit.bodySpan) shifted.bodySpan = move(unit.bodySpan, by);
  if (unit.bodyFile) shifted.bodyFile = { ...unit.bodyFile, span: move(unit.bodyFile.span, by) };
  if (unit.apiOverride) shifted.apiOverride = { ...unit.apiOverride, span: move(unit.apiOverride.span, by) };
  return shifted;
}
