/**
 * YAML written with structure: values become nodes of a `yaml` Document, which quotes what must
 * be quoted (a title with a colon, a `#`, a newline) — never text glued into a template.
 * Comments are made of lines: any line break in the text (CR, LF, U+2028/9, NEL) starts a new
 * comment line, and other control characters are dropped, so nothing a catalogue says can end
 * a comment and become YAML.
 */
import { Document, Scalar, isMap, isScalar, type ToStringOptions } from 'yaml';

export const YAML_OUTPUT: ToStringOptions = { defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN', lineWidth: 0 };

// C0 and C1 controls except TAB; line breaks are handled before
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Comment text for `commentBefore`: one ` line` per line of the text. */
export function commentLines(text: string): string {
  return text
    .split(/\r\n|[\r\n\u0085\u2028\u2029]/)
    .map(l => ` ${l.replace(CONTROLS, '')}`.trimEnd())
    .join('\n');
}

/** A string that stays a string when read back (a FINESS with its leading zero, a code). */
export function quoted(value: string): Scalar<string> {
  const s = new Scalar(value);
  s.type = 'QUOTE_DOUBLE';
  return s;
}

/**
 * The text of a YAML file holding `value`, with a comment on its first lines and, optionally,
 * comments before top-level keys (`{ elements: '…' }` puts the text on the lines above `elements:`).
 * A key's value or a nested key may be a node already (a `Scalar` with its own comment).
 */
export function yamlText(value: unknown, comment?: string, keyComments: Readonly<Record<string, string>> = {}, options: ToStringOptions = {}): string {
  const doc = new Document(value);
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (k !== undefined && keyComments[k] !== undefined && isScalar(pair.key)) pair.key.commentBefore = commentLines(keyComments[k]);
    }
  }
  if (comment !== undefined && isMap(doc.contents)) doc.contents.commentBefore = commentLines(comment);
  else if (comment !== undefined) doc.commentBefore = commentLines(comment);
  return doc.toString({ ...YAML_OUTPUT, ...options });
}

/**
 * `value` as block YAML lines at `indent` columns, for an edit that inserts them into a user's file
 * (whose other text stays as it is): one line break at the end, nested levels two columns deeper.
 */
export function yamlBlock(value: unknown, indent = 0): string {
  const pad = ' '.repeat(indent);
  // lines are split at LF only: a U+2028 inside a quoted scalar is text, not a line to indent
  return new Document(value)
    .toString(YAML_OUTPUT)
    .split('\n')
    .map(l => (l ? pad + l : l))
    .join('\n');
}

/**
 * A string as one YAML scalar on one line, for an edit that puts it where a value or a key stands:
 * plain when it reads back as the same string, else double-quoted (a line break is then `\n`).
 * `flow`: inside `[…]` or `{…}`, where `,`, brackets and braces end a plain scalar.
 */
export function yamlScalar(value: string, flow = false): string {
  const s = new Scalar(value);
  if (/[\r\n\u0085\u2028\u2029]/.test(value) || (flow && /[,[\]{}]/.test(value))) s.type = 'QUOTE_DOUBLE';
  return new Document(s).toString(YAML_OUTPUT).replace(/\n$/, '');
}
