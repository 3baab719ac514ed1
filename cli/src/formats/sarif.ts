/** SARIF 2.1.0, with the rules' metadata from the rule table and waivers as in-source suppressions. */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { l10n, relativeInside, RULES } from '../../../engine/src/index.js';
import type { Formatter } from './common.js';
import { location, relativeTo } from './common.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
// No `informationUri` and no rule `helpUri`: no page of the project is published; each rule carries its help text.

export const formatSarif: Formatter = ({ result, version, base: repoOrCwd }) => {
  const lang = result.lang;
  const rules = RULES.map(r => ({
    id: r.code,
    name: r.code.replace(/(^|-)([a-z])/g, (_, __, ch: string) => ch.toUpperCase()),
    shortDescription: { text: r.description[lang] },
    fullDescription: { text: r.description[lang] },
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    help: { text: l10n.t(lang, 'cli.sarif.help', { description: r.description[lang], code: r.code }) },
  }));
  const index = new Map(RULES.map((r, i) => [r.code, i]));
  // Paths relative to the repository root (what code-scanning services expect), else to the
  // working directory; a dossier outside both has its own root as the base.
  const base = relativeInside(repoOrCwd, result.root) !== undefined ? repoOrCwd : result.root;
  const results = result.findings.map(f => ({
    ruleId: f.code,
    ruleIndex: index.get(f.code),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(relativeTo(base, result, f.file)), uriBaseId: 'SRCROOT' },
          region: { startLine: location(f).line, startColumn: location(f).column, endLine: location(f).endLine, endColumn: location(f).endColumn },
        },
      },
    ],
    ...(f.waived
      ? {
          suppressions: [
            {
              kind: 'inSource',
              status: 'accepted',
              justification: f.waived.until ? l10n.t(lang, 'summary.waivedUntil', { reason: f.waived.reason, until: f.waived.until }) : f.waived.reason,
            },
          ],
        }
      : {}),
    ...(f.criterion ? { properties: { criterion: f.criterion, ...(f.element ? { element: f.element } : {}) } } : {}),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'has-dossier', version, semanticVersion: version, rules } },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(base + path.sep).href } },
        invocations: [{ executionSuccessful: true, properties: { asOf: result.asOf, manual: result.catalogue?.id } }],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
