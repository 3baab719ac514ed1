/** A code lens over `criterion:` with the criterion's coverage, and one over `manual:` with the dossier's. */
import { nodeRange } from '../yamlSource.js';
import type { CodeLens, LanguageContext } from './types.js';

export function findCodeLenses(ctx: LanguageContext): CodeLens[] {
  const { result } = ctx;
  const fr = ctx.lang === 'fr';
  const file = result.dossier.files.find(f => f.path === ctx.path);
  if (!file) return [];
  if (file.kind === 'manifest') {
    const m = result.dossier.manifest;
    if (!m?.manual) return [];
    const s = result.summary;
    const n = result.coverage.length;
    const title = fr
      ? `${n} critère${n > 1 ? 's' : ''} · ${s.errors} erreur${s.errors > 1 ? 's' : ''} · ${s.warnings} avertissement${s.warnings > 1 ? 's' : ''} · ${s.waived} dérogé${s.waived > 1 ? 's' : ''} (au ${result.asOf})`
      : `${n} criteria · ${s.errors} error${s.errors === 1 ? '' : 's'} · ${s.warnings} warning${s.warnings === 1 ? '' : 's'} · ${s.waived} waived (as of ${result.asOf})`;
    return [{ range: nodeRange(file.source, m.manual.node), title }];
  }
  const entry = result.dossier.criteria.find(e => e.file === file);
  const cov = result.coverage.find(c => c.file === ctx.path);
  if (!entry?.idNode || !cov) return [];
  const e = cov.elements;
  const parts = fr
    ? [`${e.conforme} conforme${e.conforme > 1 ? 's' : ''}`, `${e.partiel} partiel${e.partiel > 1 ? 's' : ''}`, `${e['non-conforme']} non conforme${e['non-conforme'] > 1 ? 's' : ''}`, `${e['non-applicable']} N/A`, `${e['a-evaluer']} à évaluer`, `${e.missing} manquant${e.missing > 1 ? 's' : ''}`]
    : [`${e.conforme} compliant`, `${e.partiel} partial`, `${e['non-conforme']} non-compliant`, `${e['non-applicable']} N/A`, `${e['a-evaluer']} to evaluate`, `${e.missing} missing`];
  return [{ range: nodeRange(file.source, entry.idNode), title: `${cov.id} : ${parts.join(' · ')} — ${e.total} ${fr ? 'éléments' : 'elements'}` }];
}
