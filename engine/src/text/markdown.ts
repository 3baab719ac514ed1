/**
 * Markdown built with structure: text from a dossier or a catalogue is escaped before it is
 * placed in Markdown (the `markdown` format for pull-request comments, the editor's hovers), so
 * that a title cannot become a link, an image (`<img src=…>`, `![](…)` fetching a URL), raw
 * HTML, a table cell break or a mention that notifies a whole organisation (`@everyone`).
 */

// the characters that start Markdown syntax inline (CommonMark's escapable punctuation that matters
// inside a line), plus the table cell separator
const SYNTAX = /[\\`*_[\]<>|~]/g;
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text → Markdown inline text (one line): syntax characters backslash-escaped, `&` as an entity
 * (no entity can be spelled), line breaks as spaces, control characters dropped. With
 * `mentions`, `@name` gets a zero-width space after the `@` (as GitHub's own bots write it), so
 * that no mention or team notification is sent.
 */
export function escapeMarkdown(text: string, o: { mentions?: boolean } = {}): string {
  let s = String(text ?? '')
    .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ')
    .replace(CONTROLS, '')
    .replace(/&/g, '&amp;')
    .replace(SYNTAX, c => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
  // "![" is already broken by the escaped "["; a line start that would be a heading, quote or list
  s = s.replace(/^(\s*)([#+\-=])(?=\s|$)/, '$1\\$2').replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
  if (o.mentions) s = s.replace(/@(?=[\w-])/g, '@&#8203;');
  return s;
}

/** A code span that holds any text (a file name with a backtick), on one line. */
export function codeSpan(text: string): string {
  const s = String(text ?? '')
    .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ')
    .replace(CONTROLS, '');
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map(m => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}
