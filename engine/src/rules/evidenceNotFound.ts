import { defineRule, evidenceOf, resolveEvidencePath } from './rule.js';

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
      missing: 'Fichier de preuve introuvable : {file}. Le chemin se lit depuis la racine du dossier (le dossier de dossier.yaml) ; vérifiez le nom et la casse.',
      folder: "{file} est un dossier, pas un fichier : désignez le document lui-même.",
    },
    en: {
      missing: 'Evidence file not found: {file}. The path is read from the dossier root (the folder of dossier.yaml); check the name and its case.',
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
      ctx.report({
        file: site.file, node: f.node, messageId: kind === 'dir' ? 'folder' : 'missing', criterion: site.criterion, element: site.element,
        params: { file: f.value },
      });
    }
  },
});
