/** The JSON of SPEC §5: paths relative to the dossier root, 1-based positions, sorted diagnostics. */
import type { Formatter } from './common.js';
import { location } from './common.js';

export const formatJson: Formatter = ({ result, version }) => {
  const out = {
    tool: 'has-dossier',
    version,
    manual: result.catalogue?.id ?? result.dossier.manifest?.manual?.value ?? null,
    asOf: result.asOf,
    diagnostics: result.findings.map(f => ({
      file: f.file, ...location(f), severity: f.severity, code: f.code, message: f.message,
      ...(f.criterion ? { criterion: f.criterion } : {}), ...(f.element ? { element: f.element } : {}),
      ...(f.waived ? { waived: f.waived } : {}),
    })),
    coverage: { criteria: result.coverage },
    summary: result.summary,
  };
  return JSON.stringify(out, null, 2) + '\n';
};
