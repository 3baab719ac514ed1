import { closest, distance } from 'fastest-levenshtein';
import type { Dossier } from '../model.js';
import { MAX_FINDINGS_PER_RULE } from '../types.js';
import { defineRule, didYouMean, evidenceOf, resolveEvidencePath } from './rule.js';

/** Every file of the dossier (as written, and folded), listed once per check and only when a file is missing. */
const listed = new WeakMap<Dossier, { files: string[]; folded: string[] }>();
const LIST_LIMIT = 20_000;

const fold = (s: string) => s.normalize('NFC').toLowerCase();

/**
 * The file the author probably meant: the same path with another case, else the closest name by
 * spelling (another Unicode normalisation is already the same file: resolveEvidencePath).
 */
export function nearEvidenceFile(dossier: Dossier, rel: string): string | undefined {
  let list = listed.get(dossier);
  if (!list) {
    const files = dossier.host.listFiles?.(dossier.root, LIST_LIMIT) ?? [];
    listed.set(dossier, (list = { files, folded: files.map(fold) }));
  }
  const { files, folded } = list;
  if (!files.length) return undefined;
  const want = fold(rel);
  const same = folded.indexOf(want);
  if (same >= 0) return files[same];
  // a name is a candidate only if its length allows the distance accepted (the distance is at
  // least the difference of lengths): the same answer as comparing with every name, far fewer comparisons
  const most = Math.max(2, Math.floor(want.length / 10));
  const candidates = folded.filter(f => Math.abs(f.length - want.length) <= most);
  if (!candidates.length) return undefined;
  const near = closest(want, candidates);
  return distance(want, near) <= most ? files[folded.indexOf(near)] : undefined;
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
      missing:
        'Fichier de preuve introuvable : {file}. Le chemin se lit depuis la racine du dossier (le dossier de dossier.yaml) ; vérifiez le nom et la casse.{hint}',
      folder: '{file} est un dossier, pas un fichier : désignez le document lui-même.',
    },
    en: {
      missing: 'Evidence file not found: {file}. The path is read from the dossier root (the folder of dossier.yaml); check the name and its case.{hint}',
      folder: '{file} is a folder, not a file: point at the document itself.',
    },
  },
  check(ctx) {
    // the hint is looked for only where the finding is shown (the first of the rule in each file)
    const missingIn = new Map<string, number>();
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
      const n = (missingIn.get(site.file.path) ?? 0) + 1;
      missingIn.set(site.file.path, n);
      ctx.report({
        file: site.file,
        node: f.node,
        messageId: 'missing',
        criterion: site.criterion,
        element: site.element,
        params: { file: f.value, hint: n <= MAX_FINDINGS_PER_RULE ? didYouMean(ctx.lang, nearEvidenceFile(ctx.dossier, where.rel)) : '' },
      });
    }
  },
});
