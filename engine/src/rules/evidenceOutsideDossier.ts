import { defineRule, evidenceOf, resolveEvidencePath } from './rule.js';

export default defineRule({
  code: 'evidence-outside-dossier',
  defaultSeverity: 'error',
  standalone: true,
  description: {
    fr: "Le `file:` d'une preuve est absolu ou sort de la racine du dossier (`..`, `~`, lien symbolique).",
    en: 'An evidence `file:` is absolute or resolves outside the dossier root (`..`, `~`, symlink).',
  },
  messages: {
    fr: {
      absolute: 'Chemin absolu refusé : {file}. Les preuves se désignent par un chemin relatif à la racine du dossier (ex. preuves/document.pdf).',
      home: 'Chemin « ~ » refusé : {file}. Désignez la preuve par un chemin relatif à la racine du dossier.',
      escapes: 'Ce chemin sort du dossier : {file}. Rangez la preuve sous la racine du dossier, ou donnez son adresse avec « url: ».',
      symlink: 'Ce chemin passe par un lien symbolique qui mène hors du dossier : {file}. Copiez la preuve dans le dossier.',
    },
    en: {
      absolute: 'Absolute path refused: {file}. Evidence is given by a path relative to the dossier root (e.g. preuves/document.pdf).',
      home: 'Path with "~" refused: {file}. Give the evidence as a path relative to the dossier root.',
      escapes: 'This path leaves the dossier: {file}. Keep the evidence below the dossier root, or give its address with "url:".',
      symlink: 'This path goes through a symbolic link that leads outside the dossier: {file}. Copy the evidence into the dossier.',
    },
  },
  check(ctx) {
    for (const site of evidenceOf(ctx)) {
      const f = site.evidence.file;
      if (!f) continue;
      const where = resolveEvidencePath(ctx.dossier, f.value);
      if (where.ok) continue;
      ctx.report({ file: site.file, node: f.node, messageId: where.reason, criterion: site.criterion, element: site.element, params: { file: f.value } });
    }
  },
});
