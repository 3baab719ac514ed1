/**
 * Snippets (the LSP / TextMate syntax: `$1`, `${1:default}`, `$0`) for completions and quick
 * fixes that leave the cursor where the user types next, and their plain text for clients
 * that take no snippet.
 */

/** `text` as literal snippet text: `$`, `}` and `\` escaped. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, m => `\\${m}`);
}

/** A tab stop with `text` selected, for the user to type over. */
export function placeholder(n: number, text: string): string {
  return `\${${n}:${escapeSnippet(text)}}`;
}

/** What a snippet inserts when no field is edited: placeholders give their text, tab stops nothing. */
export function snippetText(snippet: string): string {
  let out = '';
  let open = 0; // `${n:` fields whose closing `}` is still to come
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    const rest = snippet.slice(i, i + 8);
    if (c === '\\' && i + 1 < snippet.length && '\\$}'.includes(snippet[i + 1])) {
      out += snippet[++i];
      continue;
    }
    const stop = c === '$' ? (/^\$(\d+)|^\$\{(\d+)\}/.exec(rest) ?? /^\$\{\d+:/.exec(rest)) : null;
    if (stop) {
      if (stop[0].endsWith(':')) open++;
      i += stop[0].length - 1;
      continue;
    }
    if (c === '}' && open > 0) {
      open--;
      continue;
    }
    out += c;
  }
  return out;
}

/** Continuation lines given the indentation of the line the text goes into (for clients that insert text as is). */
export function indentContinuation(text: string, indent: string): string {
  return text.replace(/\n(?=.)/g, `\n${indent}`);
}
