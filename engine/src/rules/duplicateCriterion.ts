import type { CriterionEntry } from '../model.js';
import { defineRule } from './rule.js';

export default defineRule({
  code: 'duplicate-criterion',
  defaultSeverity: 'error',
  description: {
    fr: 'Deux fichiers déclarent le même critère (signalé sur chacun).',
    en: 'Two files declare the same criterion (reported on both).',
  },
  messages: {
    fr: { duplicate: 'Le critère {criterion} est aussi déclaré dans {others} : gardez un seul fichier par critère.' },
    en: { duplicate: 'Criterion {criterion} is also declared in {others}: keep one file per criterion.' },
  },
  check(ctx) {
    const byId = new Map<string, CriterionEntry[]>();
    for (const entry of ctx.dossier.criteria) {
      if (!entry.id) continue;
      const list = byId.get(entry.id) ?? [];
      list.push(entry);
      byId.set(entry.id, list);
    }
    for (const [criterion, entries] of byId) {
      if (entries.length < 2) continue;
      for (const entry of entries) {
        const others = entries
          .filter(e => e !== entry)
          .map(e => e.file.path)
          .join(', ');
        ctx.report({ file: entry.file, node: entry.idNode, messageId: 'duplicate', criterion, params: { criterion, others }, data: { others } });
      }
    }
  },
});
