/** GitHub Actions workflow commands: one annotation per finding, paths relative to the repository root (else the working directory). */
import { terminalLines } from '../../../engine/src/index.js';
import type { Formatter } from './common.js';
import { location, relativeTo } from './common.js';
import { countsText } from './summary.js';
import { l10n } from '../../../engine/src/index.js';

// the log that shows these lines obeys escape sequences: control characters are dropped (as in the terminal formats), line breaks encoded
const data = (s: string) => terminalLines(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export const formatGithub: Formatter = ({ result, base }) => {
  const lines = result.findings
    .filter(f => !f.waived)
    .map(f => {
      const l = location(f);
      const file = relativeTo(base, result, f.file);
      return `::${COMMAND[f.severity]} file=${prop(file)},line=${l.line},col=${l.column},endLine=${l.endLine},endColumn=${l.endColumn},title=${prop(`has-dossier ${f.code}`)}::${data(f.message)}`;
    });
  const s = result.summary;
  lines.push(l10n.t(result.lang, 'summary.github', { counts: countsText(s, result.lang) }));
  return lines.join('\n') + '\n';
};
