/**
 * One line per finding, `file:line:col: severity message [code]`, the path relative to the
 * working directory (terminals and editors make it clickable; grep and compilers' error parsers
 * read it), then the summary line. Waived findings are counted in the summary, not listed.
 */
import pc from 'picocolors';
import type { Formatter } from './common.js';
import { location, relativeTo } from './common.js';
import { summaryText } from './summary.js';
import { SEVERITY_TERMS, terminalText as plain } from '../../../engine/src/index.js';

export const formatCompact: Formatter = ({ result, color, cwd }) => {
  const c = pc.createColors(color);
  const paint = { error: c.red, warning: c.yellow, info: c.blue } as const;
  const lines = result.findings
    .filter(f => !f.waived)
    .map(f => {
      const l = location(f);
      return `${plain(relativeTo(cwd, result, f.file))}:${l.line}:${l.column}: ${paint[f.severity](SEVERITY_TERMS[f.severity].label[result.lang])} ${plain(f.message)} ${c.dim(`[${f.code}]`)}`;
    });
  const s = result.summary;
  lines.push(summaryText(s, result.lang, result.catalogue?.id ?? '?', result.asOf));
  return lines.join('\n') + '\n';
};
