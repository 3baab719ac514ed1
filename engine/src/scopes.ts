/**
 * Champs d'application: what a `scope:` value (or `init --scope`) names. A value matches a
 * champ's id or its label ignoring case, accents, spaces and punctuation (`Santé mentale et
 * psychiatrie`, `sante-mentale-psychiatrie` and `SANTE MENTALE ET PSYCHIATRIE` are one champ);
 * what matches none gets the nearest champ as a did-you-mean.
 */
import { closest, distance } from 'fastest-levenshtein';
import { WHOLE_ESTABLISHMENT, type Catalogue } from './catalogue.js';

export { WHOLE_ESTABLISHMENT };

/** `Santé mentale et psychiatrie` → `santementaleetpsychiatrie` (no case, accents, spaces, punctuation). */
export function scopeKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export type ScopeMatch = { ok: true; id: string; label: string; exact: boolean } | { ok: false; suggestion?: { id: string; label: string } };

/** What a scope value names in the catalogue: the champ's id (exact when written as the id), or the nearest champ. */
export function matchScope(cat: Catalogue, value: string): ScopeMatch {
  const scopes = cat.data.scopes;
  const exact = scopes.find(s => s.id === value);
  if (exact) return { ok: true, id: exact.id, label: exact.label, exact: true };
  const key = scopeKey(value);
  if (key) {
    const hit = scopes.find(s => scopeKey(s.id) === key || scopeKey(s.label) === key);
    if (hit) return { ok: true, id: hit.id, label: hit.label, exact: false };
  }
  if (!key || !scopes.length) return { ok: false };
  const forms = scopes.flatMap(s => [
    { s, k: scopeKey(s.id) },
    { s, k: scopeKey(s.label) },
  ]);
  // a prefix (`sante mentale` for `Santé mentale et psychiatrie`) naming one champ, else a few typing errors
  const prefixed = [...new Set(forms.filter(f => key.length >= 3 && f.k.startsWith(key)).map(f => f.s))];
  if (prefixed.length === 1) return { ok: false, suggestion: { id: prefixed[0].id, label: prefixed[0].label } };
  const near = closest(
    key,
    forms.map(f => f.k),
  );
  const hit = forms.find(f => f.k === near)!;
  const ok = distance(key, near) <= Math.max(2, Math.floor(near.length / 4));
  return ok ? { ok: false, suggestion: { id: hit.s.id, label: hit.s.label } } : { ok: false };
}

/** The champ ids a list of scope values names (values that match none are left out), always with the whole establishment. */
export function scopeIdsOf(cat: Catalogue, values: readonly string[]): Set<string> {
  const out = new Set([WHOLE_ESTABLISHMENT]);
  for (const v of values) {
    const m = matchScope(cat, v);
    if (m.ok) out.add(m.id);
  }
  return out;
}
