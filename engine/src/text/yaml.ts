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
  return text.split(/\r\n|[\r\n\u0085\u2028\u2029]/).map(l => ` ${l.replace(CONTROLS, '')}`.trimEnd()).join('\n');
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
 */
export function yamlText(value: unknown, comment?: string, keyComments: Readonly<Record<string, string>> = {}): string {
  const doc = new Document(value);
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (k !== undefined && keyComments[k] !== undefined && isScalar(pair.key)) pair.key.commentBefore = commentLines(keyComments[k]);
    }
  }
  if (comment !== undefined && isMap(doc.contents)) doc.contents.commentBefore = commentLines(comment);
  else if (comment !== undefined) doc.commentBefore = commentLines(comment);
  return doc.toString(YAML_OUTPUT);
}
