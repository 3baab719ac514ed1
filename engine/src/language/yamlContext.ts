/**
 * Where the cursor is in a YAML file, read from the text itself (indentation and keys above),
 * so that it works while the user is typing and the document does not parse yet.
 * Handles the block style of dossier files; flow sequences only on the current line.
 */
import type { Position } from '../yamlSource.js';
import { lineReader } from '../yamlSource.js';

export interface YamlContext {
  /** keys from the top down to the map or sequence the cursor is in (sequence items add nothing) */
  path: string[];
  /** the key of the current line when the cursor is in its value, else undefined */
  key?: string;
  /** the word being typed (letters, digits, . - _ / and accents) */
  prefix: string;
  /** range of that word on the line, to be replaced by a completion */
  prefixStart: number;
  /** inside a flow sequence `[a, b, |]` on the current line */
  inFlowSequence: boolean;
  /** the cursor is on a `- ` sequence item line, after the dash, before any key */
  inSequenceItem: boolean;
  /** indentation of the key being typed (for key completion) */
  indent: number;
}

const KEY_LINE = /^(\s*)(?:(- +)+)?([^\s#:'"][^:#]*?|"[^"]*"|'[^']*'):(?:\s|$)/;

function unquote(k: string): string {
  return k.replace(/^["']|["']$/g, '').trim();
}

/** `lines`: the text's lines when the caller already reads them (lineReader), else read here, only as far as `pos`. */
export function yamlContextAt(text: string, pos: Position, lines = lineReader(text)): YamlContext {
  const line = lines(pos.line) ?? '';
  const before = line.slice(0, pos.character);
  const word = /[\p{L}\p{N}._/\\~-]*$/u.exec(before)![0];
  const prefixStart = pos.character - word.length;

  // The current line: indentation of its content, and whether the cursor is in a value.
  const lead = /^(\s*)((?:- +)*)/.exec(before)!;
  let indent = lead[1].length + lead[2].length;
  const inSequenceItem = lead[2].length > 0;
  let key: string | undefined;
  let inFlowSequence = false;
  const m = KEY_LINE.exec(before);
  if (m) {
    key = unquote(m[3]);
    const rest = before.slice(m[0].length);
    inFlowSequence = rest.includes('[') && !rest.includes(']');
  }

  // Walk up: each line with a smaller indentation is a parent. A `- ` item line above that
  // starts left of us means we are inside that item: the sequence's key may then sit at the
  // dash's own indentation, hence `dash + 1`.
  const path: string[] = [];
  let limit = inSequenceItem ? lead[1].length + 1 : indent;
  for (let i = pos.line - 1; i >= 0 && limit > 0; i--) {
    const l = lines(i)!;
    if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
    const lm = /^(\s*)((?:- +)*)/.exec(l)!;
    const dash = lm[1].length;
    if (lm[2].length > 0) {
      if (dash < limit) limit = dash + 1;
      continue;
    }
    const km = KEY_LINE.exec(l);
    if (dash < limit && km) {
      path.unshift(unquote(km[3]));
      limit = dash;
    }
  }
  if (!key && !inSequenceItem) indent = lead[1].length;
  return { path, key, prefix: word, prefixStart, inFlowSequence, inSequenceItem, indent };
}
