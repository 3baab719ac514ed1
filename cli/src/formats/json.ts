/** The JSON of SPEC §5: paths relative to the dossier root, 1-based positions, sorted diagnostics. */
import type { Formatter } from './common.js';
import { location, rootRelativeTo } from './common.js';
import { proofReasonText, readinessJson } from '../../../engine/src/index.js';

export const formatJson: Formatter = ({ result, version, group, base }) => {
  const out = {
    tool: 'has-dossier',
    version,
    manual: result.catalogue?.id ?? result.dossier.manifest?.manual?.value ?? null,
    asOf: result.asOf,
    diagnostics: result.findings.map(f => ({
      file: f.file,
      ...location(f),
      severity: f.severity,
      code: f.code,
      message: f.message,
      ...(f.criterion ? { criterion: f.criterion } : {}),
      ...(f.element ? { element: f.element } : {}),
      ...(f.waived ? { waived: f.waived } : {}),
    })),
    coverage: {
      criteria: result.coverage,
      // claims (conforme, non-applicable) the dossier does not prove, with why
      unproven: result.proof
        .filter(p => !p.proven && (p.status === 'conforme' || p.status === 'non-applicable'))
        .map(p => ({
          file: p.file,
          criterion: p.criterion ?? null,
          element: p.element,
          status: p.status,
          reasons: p.reasons.map(r => proofReasonText(r, result.lang)),
        })),
    },
    readiness: readinessJson(result),
    summary: result.summary,
  };
  if (!group) return JSON.stringify(out, null, 2) + '\n';
  // check --all: this dossier's entry of `dossiers`, already indented, so that the entries of a
  // group are joined as they are (no parsing back 40 documents to print them again)
  const entry = { root: rootRelativeTo(base, result.root), ...out };
  return '    ' + JSON.stringify(entry, null, 2).replace(/\n/g, '\n    ');
};

/** What `check --all --format json` writes before the entries written by formatJson (joined by ",\n")… */
export const jsonHead = (version: string) => `{\n  "tool": "has-dossier",\n  "version": ${JSON.stringify(version)},\n  "dossiers": [\n`;
/** … and after them: the group's grand total (`dossiers`, `files`, `errors`, `warnings`, `infos`, `waived`). */
export const jsonTail = (summary: object) => `\n  ],\n  "summary": ${JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ')}\n}\n`;
