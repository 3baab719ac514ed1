/**
 * JUnit XML for CI test reports: one testsuite per dossier file, one testcase per finding
 * (errors and warnings fail, infos pass with their text, waived findings are skipped),
 * and a passing testcase for a file with no finding.
 */
import { l10n, SEVERITY_TERMS, type Finding } from '../../../engine/src/index.js';
import type { Formatter } from './common.js';
import { location, relativeTo } from './common.js';

// characters XML 1.0 forbids (a control character in a title would make the whole report unreadable)
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const esc = (s: string) =>
  s
    .replace(NOT_XML, '')
    .replace(/[&<>"']/g, ch => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!)
    // characters XML 1.0 cannot carry
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

export const formatJunit: Formatter = ({ result, base }) => {
  const files = [
    ...new Set([...result.dossier.files.map(f => f.path), ...result.dossier.unreadable.map(u => u.path), ...result.findings.map(f => f.file)]),
  ].sort();
  // paths relative to the repository root (else the working directory), as in every CI format
  const shown = (file: string) => relativeTo(base, result, file);
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  let tests = 0,
    failures = 0,
    skipped = 0;
  const suites = files.map(file => {
    const list = byFile.get(file) ?? [];
    const cases = list.map(f => {
      const l = location(f);
      const name = esc(`${f.code} ${l.line}:${l.column}`);
      const open = `    <testcase name="${name}" classname="${esc(shown(file))}" file="${esc(shown(file))}" line="${l.line}">`;
      if (f.waived) return `${open}<skipped message="${esc(l10n.t(result.lang, 'summary.waived', { reason: f.waived.reason }))}"/></testcase>`;
      if (f.severity === 'info') return `${open}<system-out>${esc(f.message)}</system-out></testcase>`;
      return `${open}<failure type="${f.code}" message="${esc(f.message)}">${esc(`${SEVERITY_TERMS[f.severity].label[result.lang]} ${shown(file)}:${l.line}:${l.column} ${f.message}`)}</failure></testcase>`;
    });
    const sFail = list.filter(f => !f.waived && f.severity !== 'info').length;
    const sSkip = list.filter(f => f.waived).length;
    if (!cases.length) cases.push(`    <testcase name="has-dossier" classname="${esc(shown(file))}" file="${esc(shown(file))}"/>`);
    tests += cases.length;
    failures += sFail;
    skipped += sSkip;
    return `  <testsuite name="${esc(shown(file))}" tests="${cases.length}" failures="${sFail}" errors="0" skipped="${sSkip}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="has-dossier" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">\n${suites.join('\n')}\n</testsuites>\n`;
};
