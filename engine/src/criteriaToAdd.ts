/**
 * The criteria a dossier could still add: those of its catalogue that apply to its scope and have
 * no file yet, impératifs first — for `new` without an argument and the editor's "New criterion
 * file". When there are none, a sentence says why, so that an empty list is never a riddle.
 */
import type { CheckResult } from './check.js';
import type { Level } from './catalogue.js';
import { count, t } from './l10n/index.js';
import { criteriaWithoutFile } from './coverage.js';
import { criteriaInScope, criterionFileText } from './scaffold.js';

export interface CriterionToAdd {
  id: string;
  title?: string;
  level?: Level;
  /** the level in the dossier's language, when a source gives it */
  levelLabel?: string;
  /** where the file goes, relative to the dossier root */
  path: string;
  /** the file's text (every element `a-evaluer`) */
  text: string;
}

export interface CriteriaToAdd {
  criteria: CriterionToAdd[];
  /** why the list is empty */ empty?: string;
}

export function criteriaToAdd(result: CheckResult): CriteriaToAdd {
  const { catalogue: cat, lang } = result;
  if (!cat) return { criteria: [], empty: t(lang, 'new.noCatalogue', { manual: result.dossier.manifest?.manual?.value ?? '—' }) };
  const scope = result.dossier.manifest?.scope.map(s => s.value) ?? [];
  const criteria = criteriaWithoutFile(result.dossier, cat)
    .sort((a, b) => Number(b.level === 'imperatif') - Number(a.level === 'imperatif') || (a.id < b.id ? -1 : 1))
    .map(c => ({
      id: c.id,
      title: c.title,
      level: c.level,
      levelLabel: c.level ? cat.data.levels[c.level][lang] : undefined,
      // the dossier's own files are written in French, whatever the editor's language (as `init` and `new` write them)
      path: `criteres/${c.id}.yaml`,
      text: criterionFileText(c, cat.id),
    }));
  if (criteria.length) return { criteria };
  return {
    criteria,
    empty: t(lang, 'new.allPresent', {
      criteria: count(lang, 'count.criterion', criteriaInScope(cat, scope).length),
      catalogue: cat.id,
      scope: scope.length ? scope.join(', ') : t(lang, 'new.wholeEstablishment'),
    }),
  };
}
