/**
 * GitLab Code Quality report (the Code Climate issue subset GitLab reads): one issue per finding
 * that is not waived, path relative to the repository root (else the working directory), a stable fingerprint.
 */
import { createHash } from 'node:crypto';
import type { Formatter } from './common.js';
import { location, relativeTo } from './common.js';

const SEVERITY = { error: 'major', warning: 'minor', info: 'info' } as const;

export const formatGitlab: Formatter = ({ result, base }) => {
  const issues = result.findings
    .filter(f => !f.waived)
    .map(f => {
      const file = relativeTo(base, result, f.file);
      const l = location(f);
      return {
        type: 'issue',
        check_name: f.code,
        description: f.message,
        categories: ['Compatibility'],
        severity: SEVERITY[f.severity],
        // the same finding keeps its fingerprint when lines move: file, code, criterion, element and message
        fingerprint: createHash('sha256')
          .update([file, f.code, f.criterion ?? '', f.element ?? '', f.message].join('\u0000'))
          .digest('hex'),
        location: { path: file, lines: { begin: l.line, end: l.endLine } },
      };
    });
  return JSON.stringify(issues, null, 2) + '\n';
};
