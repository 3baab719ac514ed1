/** What the rule tables share: the manifest with extras, criterion files in a few words. */
import * as path from 'node:path';
import { criterion, MANIFEST, registry, REPO } from '../helpers.js';

export const M = (extra: string) => MANIFEST + extra;
export const ok34_06 = criterion(
  '3.4-06',
  '  ee01:\n    status: a-evaluer\n  ee02:\n    status: a-evaluer\n  ee03:\n    status: a-evaluer\n  ee04:\n    status: a-evaluer\n',
);
export const el = (body: string) => criterion('3.2-01', `  ee01:\n${body}`);
export const ev = (fields: string, status = 'conforme') => el(`    status: ${status}\n    evidence:\n      - title: Doc\n${fields}`);
export const act = (fields: string) => el(`    status: partiel\n    evidence:\n      - title: Doc\n    actions:\n      - title: Faire\n${fields}`);
export const IMPERATIVE = path.join(REPO, 'test', 'fixtures', 'catalogue-imperatif.json');
export const cert = (decision: string, date: string) => M(`certification:\n  decision: ${decision}\n  date: ${date}\n`);
/** One element giving evidence of every visit-checklist kind but `except`. */
export const VISIT_KINDS = registry
  .resolve('has-es-2025', REPO)
  .data.evidenceKinds.filter(k => k.shown === 'visit')
  .map(k => k.id);
export const visitDocs = (except: string[] = []) =>
  el(
    `    status: conforme\n    evidence:\n${VISIT_KINDS.filter(k => !except.includes(k))
      .map(k => `      - title: ${k}\n        kind: ${k}\n`)
      .join('')}`,
  );
export const provider = (fields: string) => M(`providers:\n  - name: Hébergeur HDS\n    service: Hébergement du DPI\n${fields}`);
