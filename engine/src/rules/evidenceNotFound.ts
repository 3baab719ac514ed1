import { closest, distance } from 'fastest-levenshtein';
import type { Dossier } from '../model.js';
import { defineRule, didYouMean, evidenceOf, resolveEvidencePath } from './rule.js';

/** Every file of the dossier, listed once per check and only when a file is missing. */
const listed = new WeakMap<Dossier, string[]>();
const LIST_LIMIT = 20_000;

const fold = (s: string) => s.normalize('NFC').toLowerCase();

/**
 * The file the author probably meant: the same path with another case, else the closest name by
 * spelling (another Unicode normalisation is already the same file: resolveEvidencePath).
 */
export function nearEvidenceFile(dossier: Dossier, rel: string): string | undefined {
  let files = listed.get(dossier);
  if (!files) listed.set(dossier, files = dossier.host.listFiles?.(dossier.root, LIST_LIMIT) ?? []);
  if (!files.length) return undefined;
  const want = fold(rel);
  const same = files.find(f => fold(f) === want);
  if (same) return same;
  const near = closest(want, files.map(fold));
  if (near === undefined) return undefined;
  const d = distance(want, near);
  return d <= Math.max(2, Math.floor(want.length / 10)) ? files.find(f => fold(f) === near) : undefined;
}

export default defineRule({
  code: 'evidence-not-found',
  defaultSeverity: 'error',
  standalone: true,
  description: {
    fr: "Le fichier d'une preuve (`file:`) n'existe pas sous la racine du dossier.",
    en: 'An evidence `file:` does not exist below the dossier root.',
  },
  messages: {
    fr: {
      missing: 'Fichier de preuve introuvable : {file}. Le chemin se lit depuis la racine du dossier (le dossier de dossier.yaml) ; vérifiez le nom et la casse.{hint}',
      folder: "{file} est un dossier, pas un fichier : désignez le document lui-même.",
    },
    en: {
      missing: 'Evidence file not found: {file}. The path is read from the dossier root (the folder of dossier.yaml); check the name and its case.{hint}',
      folder: '{file} is a folder, not a file: point at the document itself.',
    },
  },
  check(ctx) {
    for (const site of evidenceOf(ctx)) {
      const f = site.evidence.file;
      if (!f) continue;
      const where = resolveEvidencePath(ctx.dossier, f.value);
      if (!where.ok) continue; // evidence-outside-dossier says why
      const kind = ctx.dossier.host.kind(where.abs);
      if (kind === 'file') continue;
      if (kind === 'dir') {
        ctx.report({ file: site.file, node: f.node, messageId: 'folder', criterion: site.criterion, element: site.element, params: { file: f.value } });
        continue;
      }
      ctx.report({
        file: site.file, node: f.node, messageId: 'missing', criterion: site.criterion, element: site.element,
        params: { file: f.value, hint: didYouMean(ctx.lang, nearEvidenceFile(ctx.dossier, where.rel)) },
      });
    }
  },
});
