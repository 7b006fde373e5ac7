/** A character plain text does not keep (controls other than tab and line feed): one class, no backtracking. */
const SPECIAL = /[\x00-\x08\x0b-\x1f\x7f]/g;

/**
 * Terminal data as the screen shows it: escape sequences (colours, cursor moves, OSC titles and shell
 * integration marks) dropped, CRLF as LF, a lone CR (progress bars) dropped. One left-to-right pass; the
 * plain stretches between controls are found by the regular expression engine and copied whole.
 */
export function plainText(data: string): string {
  const n = data.length;
  let out = '';
  let i = 0;
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(data); m; m = SPECIAL.exec(data)) {
    let at = m.index;
    if (at < i) continue;
    out += data.slice(i, at);
    if (data.charCodeAt(at) === 0x1b) {
      const next = data.charCodeAt(at + 1);
      if (next === 0x5b) {
        // CSI: parameters, then one final byte in @..~
        at += 2;
        while (at < n && !(data.charCodeAt(at) >= 0x40 && data.charCodeAt(at) <= 0x7e)) at++;
        at++;
      } else if (next === 0x5d || next === 0x50 || next === 0x5f) {
        // OSC / DCS / APC: up to BEL or ESC \
        at += 2;
        while (at < n && data.charCodeAt(at) !== 0x07 && !(data.charCodeAt(at) === 0x1b && data.charCodeAt(at + 1) === 0x5c)) at++;
        at += data.charCodeAt(at) === 0x07 ? 1 : 2;
      } else {
        at += 2;
      }
    } else {
      at++;
    }
    i = Math.min(at, n);
    SPECIAL.lastIndex = i;
  }
  return out + data.slice(i);
}

/** The last `max` characters, cut at a line start so the first kept line is whole. */
export function keepLast(log: string, max: number): string {
  if (log.length <= max) return log;
  const cut = log.indexOf('\n', log.length - max);
  return log.slice(cut >= 0 ? cut + 1 : log.length - max);
}
