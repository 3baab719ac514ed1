/**
 * The README's format reference, written from the format: one table per file, a row per key
 * (its path, type, whether it is required, what it means). `npm run generate:schemas` writes it
 * between the README's markers; a test fails when the README differs.
 */
import type { FormatNode, Source } from './keys.js';
import { EXTENSION_KEYS, FILE_FORMATS } from './keys.js';
import { CERTIFICATION_DECISIONS, SEVERITY_SETTINGS, STATUSES, type Words } from './vocabulary.js';

type Lang = keyof Words;

export const REFERENCE_BEGIN = '<!-- format-reference:begin — generated from engine/src/format/keys.ts by `npm run generate:schemas`; do not edit -->';
export const REFERENCE_END = '<!-- format-reference:end -->';

const PLACEHOLDER: Partial<Record<Source, string>> = { 'catalogue-elements': '<element>', roles: '<role>', 'evidence-kinds': '<kind>', 'rule-codes': '<rule>' };
const code = (s: string) => `\`${s}\``;
const oneOf = (list: readonly string[]) => list.map(code).join(' \\| ');

const SOURCE_TYPE: Record<Source, string> = {
  statuses: oneOf(STATUSES),
  decisions: oneOf(CERTIFICATION_DECISIONS),
  'severity-settings': oneOf(SEVERITY_SETTINGS),
  'evidence-kinds': 'an evidence kind of the catalogue',
  'calista-documents': 'a CALISTA document of the catalogue',
  scopes: 'a scope of the catalogue',
  'rule-codes': 'a rule code',
  criteria: 'a criterion code',
  'catalogue-elements': 'an element code',
  roles: 'text: a role of `roles:` or a name',
  manuals: 'text: a catalogue id or path',
};

function typeOf(n: FormatNode): string {
  switch (n.type) {
    case 'map':
      return n.orText ? 'text, or map' : 'map';
    case 'dict':
      return `map (keys: ${n.keysFrom === 'roles' ? 'role ids' : SOURCE_TYPE[n.keysFrom!]})`;
    case 'list': {
      const it = n.items;
      return it.type === 'map' ? 'list of maps' : `list of ${typeOf(it)}`;
    }
    case 'date':
      return 'date `YYYY-MM-DD`';
    case 'date-or-boolean':
      return '`true`, `false` or a date';
    case 'integer':
      return n.minimum !== undefined ? `integer ≥ ${n.minimum}` : 'integer';
    case 'url':
      return 'URL';
    default: {
      if (n.file) return n.file === 'path' ? 'file path' : 'file path or text';
      if (n.values) return SOURCE_TYPE[n.values];
      if (n.pattern) return 'duration';
      return 'text';
    }
  }
}

function rows(node: FormatNode, prefix: string, lang: Lang, out: string[]): void {
  let n = node;
  let p = prefix;
  while (n.type === 'list') {
    n = n.items;
    p += '[]';
  }
  if (n.type === 'dict') {
    const ph = PLACEHOLDER[n.keysFrom!] ?? '<key>';
    const child = `${p}.${ph}`;
    if (n.values.doc) out.push(`| ${code(child)} | ${typeOf(n.values)} |  | ${n.values.doc[lang]} |`);
    rows(n.values, child, lang, out);
    return;
  }
  if (n.type !== 'map') return;
  for (const [k, v] of Object.entries(n.keys)) {
    const here = p ? `${p}.${k}` : k;
    out.push(`| ${code(here)} | ${typeOf(v)} | ${v.required ? 'yes' : ''} | ${v.doc?.[lang] ?? ''} |`);
    rows(v, here, lang, out);
  }
}

/** The reference as Markdown (English, as the README). */
export function formatReference(lang: Lang = 'en'): string {
  const out: string[] = [];
  const titles = { manifest: '`dossier.yaml`', criterion: 'A criterion file' };
  for (const [kind, root] of Object.entries(FILE_FORMATS) as [keyof typeof FILE_FORMATS, FormatNode][]) {
    out.push(`${titles[kind]}:`, '', '| key | type | required | meaning |', '|---|---|---|---|');
    rows(root, '', lang, out);
    out.push('');
  }
  out.push(`${code('x-…')}: ${EXTENSION_KEYS.doc[lang]}`, '');
  return out.join('\n');
}

/** The README with its reference section replaced (or unchanged when the markers are missing). */
export function withReference(readme: string): string {
  const a = readme.indexOf(REFERENCE_BEGIN);
  const b = readme.indexOf(REFERENCE_END);
  if (a < 0 || b < a) return readme;
  return `${readme.slice(0, a + REFERENCE_BEGIN.length)}\n\n${formatReference()}\n${readme.slice(b)}`;
}
