/**
 * HTML built with structure: every value interpolated into an `html` template is escaped, unless it
 * is itself markup — the result of another `html` template, or text explicitly marked `trusted`
 * (the report's own CSS and script, never anything read from a dossier or a catalogue).
 * Arrays are rendered item by item; `null`, `undefined` and `false` render nothing, so that
 * `${cond && html`…`}` and `${x ?? ''}` read naturally.
 *
 * `Html` deliberately has no `toString`: markup pasted into an untagged template literal shows
 * as "[object Object]" in the output (and fails the report's byte-for-byte tests) instead of
 * passing unescaped.
 */
export class Html {
  /** @internal use `html` or `trusted` */
  constructor(readonly markup: string) {}
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// control characters HTML forbids in text (TAB, LF and CR stay)
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Text → HTML text or attribute value (quotes escaped too, control characters dropped). */
export function escapeHtml(text: unknown): string {
  return String(text ?? '')
    .replace(CONTROLS, '')
    .replace(/[&<>"']/g, c => ENTITIES[c]!);
}

/** The explicit marker for markup the program wrote itself. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(v: HtmlValue): string {
  if (v instanceof Html) return v.markup;
  if (v === null || v === undefined || v === false) return '';
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(v);
}

/** The escaping tagged template. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Html(out);
}

/** Items separated by markup (e.g. `<br>`). */
export function joinHtml(items: readonly HtmlValue[], separator: Html): Html {
  return new Html(items.map(render).join(separator.markup));
}
