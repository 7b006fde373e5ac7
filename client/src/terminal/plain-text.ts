/**
 * Terminal data as the screen shows it: escape sequences (colours, cursor moves, OSC titles and shell
 * integration marks) dropped, CRLF as LF. One left-to-right pass.
 */
export function plainText(data: string): string {
  let out = '';
  let i = 0;
  const n = data.length;
  while (i < n) {
    const c = data.charCodeAt(i);
    if (c === 0x1b) {
      const next = data.charCodeAt(i + 1);
      if (next === 0x5b) {
        // CSI: parameters, then one final byte in @..~
        i += 2;
        while (i < n && !(data.charCodeAt(i) >= 0x40 && data.charCodeAt(i) <= 0x7e)) i++;
        i++;
      } else if (next === 0x5d || next === 0x50 || next === 0x5f) {
        // OSC / DCS / APC: up to BEL or ESC \
        i += 2;
        while (i < n && data.charCodeAt(i) !== 0x07 && !(data.charCodeAt(i) === 0x1b && data.charCodeAt(i + 1) === 0x5c)) i++;
        i += data.charCodeAt(i) === 0x07 ? 1 : 2;
      } else {
        i += 2;
      }
      continue;
    }
    if (c === 0x0d) {
      // CR LF is a line break; a lone CR (progress bars) is dropped.
      i++;
      continue;
    }
    if (c < 0x20 && c !== 0x0a && c !== 0x09) {
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      const d = data.charCodeAt(i);
      if (d === 0x1b || d === 0x0d || (d < 0x20 && d !== 0x0a && d !== 0x09)) break;
      i++;
    }
    out += data.slice(start, i);
  }
  return out;
}

/** The last `max` characters, cut at a line start so the first kept line is whole. */
export function keepLast(log: string, max: number): string {
  if (log.length <= max) return log;
  const cut = log.indexOf('\n', log.length - max);
  return log.slice(cut >= 0 ? cut + 1 : log.length - max);
}
