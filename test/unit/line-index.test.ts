import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { LineIndex } from '../../server/src/core/text.ts';

/** LineIndex.after (the server's index after an edit) must equal a fresh index of the new text. */
const starts = (index: LineIndex): number[] => (index as unknown as { lineStarts: number[] }).lineStarts;

for (const known of [false, true]) {
  test(`LineIndex.after equals a fresh index after random edits, with every kind of line break${known ? ', given the edit (as the server does)' : ''}`, () => {
    const piece = fc.constantFrom('a', 'bc', '\n', '\r', '\r\n', '\n\r', 'xyz\r\n', ' ');
    const textArb = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));
    const editArb = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.integer({ min: 0, max: 6 }), insert: textArb });
    fc.assert(
      fc.property(textArb, fc.array(editArb, { minLength: 1, maxLength: 6 }), (start, edits) => {
        let text = start;
        let index = new LineIndex(text);
        for (const edit of edits) {
          const at = Math.min(text.length, Math.floor(edit.at * (text.length + 1)));
          const oldEnd = Math.min(text.length, at + edit.remove);
          text = text.slice(0, at) + edit.insert + text.slice(oldEnd);
          index = LineIndex.after(index, text, known ? { start: at, oldEnd, delta: edit.insert.length - (oldEnd - at) } : undefined);
          assert.deepEqual(starts(index), starts(new LineIndex(text)), JSON.stringify(text));
        }
      }),
      { numRuns: 2000, seed: 20261207 },
    );
  });
}

test('LineIndex.after does not trust an edit that does not fit the texts: the diff decides', () => {
  const before = new LineIndex('ab\ncd');
  assert.deepEqual(starts(LineIndex.after(before, 'ab\n\ncd', { start: 0, oldEnd: 99, delta: 1 })), [0, 3, 4]);
});
