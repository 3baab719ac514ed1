/** A code lens over `criterion:` with the criterion's coverage, and one over `manual:` with the dossier's. */
import { checkReadiness, proofGapText, readinessOf, readinessText } from '../proof.js';
import { nodeRange, type Range } from '../yamlSource.js';
import { uriOf, type CodeLens, type LanguageContext } from './types.js';
import { colon, count, countState, t } from '../l10n/index.js';
import { ELEMENT_STATES } from '../format/vocabulary.js';

/**
 * The lenses of the file, as LSP's. `command`: the client command a criterion's lens runs, with the
 * criterion and the dossier root's URI (VS Code's "show in the Dossier view"); without one, or on
 * `manual:`, a lens to read (command '').
 */
export function findCodeLenses(ctx: LanguageContext, command = ''): CodeLens[] {
  return lensesOf(ctx).map(l => ({
    range: l.range,
    command: l.criterion && command ? { title: l.title, command, arguments: [l.criterion, uriOf(ctx, ctx.result.root)] } : { title: l.title, command: '' },
  }));
}

function lensesOf(ctx: LanguageContext): { range: Range; title: string; criterion?: string }[] {
  const { result } = ctx;
  const lang = ctx.lang;
  const file = result.dossier.files.find(f => f.path === ctx.path);
  if (!file) return [];
  if (file.kind === 'manifest') {
    const m = result.dossier.manifest;
    if (!m?.manual) return [];
    const s = result.summary;
    const n = result.coverage.length;
    const title = t(lang, 'summary.codeLens', {
      criteria: count(lang, 'count.criterion', n),
      errors: count(lang, 'count.error', s.errors),
      warnings: count(lang, 'count.warning', s.warnings),
      waived: count(lang, 'count.waived', s.waived),
      asOf: result.asOf,
    });
    const r = checkReadiness(result);
    const gap = proofGapText(r, lang);
    return [{ range: nodeRange(file.source, m.manual.node), title: `${title} · ${readinessText(r, lang)}${gap ? ` — ${gap}` : ''}` }];
  }
  const entry = result.dossier.criteria.find(e => e.file === file);
  const cov = result.coverage.find(c => c.file === ctx.path);
  // no lens while the code is not written yet (mid-typing `criterion: `): it would read ": 0 conforme…"
  if (!entry?.idNode || !cov?.id) return [];
  const e = cov.elements;
  const parts = ELEMENT_STATES.map(st => countState(lang, st, e[st]));
  const r = readinessOf(e);
  const gap = proofGapText(r, lang);
  return [
    {
      range: nodeRange(file.source, entry.idNode),
      criterion: cov.id,
      title: `${cov.id}${colon(lang)} ${parts.join(' · ')} — ${count(lang, 'count.element', e.total)} · ${readinessText(r, lang)}${gap ? ` — ${gap}` : ''}`,
    },
  ];
}
