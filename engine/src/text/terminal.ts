/**
 * Text for a terminal: what a dossier or a catalogue says is shown, never obeyed. Control
 * characters (C0 and C1, so ESC and CSI: colours, cursor moves, screen clears, window titles,
 * hyperlinks) and the bidirectional overrides that reorder a line are dropped, whatever the
 * colour setting (NO_COLOR included); a line break or a tab inside a field becomes a space, so a
 * value cannot forge a line of its own. What remains of an escape sequence (`[31m`) stays
 * visible as the plain text it is. The program's own colours are added after, by the formatter.
 */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** One field (a title, a message, a file name) → one line of plain text. */
export function terminalText(text: string): string {
  return String(text ?? '')
    .replace(/\r\n|[\r\n\t\u0085\u2028\u2029]/g, ' ')
    .replace(CONTROLS, '');
}

/** A whole plain-text output (no colours of ours in it): controls dropped, its own lines kept. */
export function terminalLines(text: string): string {
  return String(text ?? '')
    .replace(/\r\n|[\r\u0085\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROLS, '');
}

/** Every string inside plain data (arrays, objects) as `terminalText`, for a renderer that prints many fields. */
export function terminalData<T>(value: T): T {
  if (typeof value === 'string') return terminalText(value) as T;
  if (Array.isArray(value)) return value.map(terminalData) as T;
  if (value && typeof value === 'object' && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, terminalData(v)])) as T;
  }
  return value;
}
