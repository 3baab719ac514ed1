/**
 * RuleTester: runs the whole engine on an in-memory dossier and compares the findings of one
 * rule with the expected ones (file, 1-based line and column, and optionally the message).
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CatalogueRegistry,
  checkDossier,
  loadDossier,
  memoryHost,
  RULES_BY_CODE,
  type CheckOptions,
  type CheckResult,
  type MemoryTree,
  type RuleCode,
} from '../engine/src/index.js';

export const REPO = path.resolve(__dirname, '..');

/** The 15 impératif criteria of has-es-2025, as the sourced table (docs/sources/) gives them. */
export const IMPERATIVES: readonly string[] = [
  '1.1-01',
  '1.1-02',
  '1.1-05',
  '1.1-06',
  '1.3-01',
  '1.4-02',
  '2.2-05',
  '2.2-06',
  '2.2-08',
  '2.2-12',
  '2.3-11',
  '2.4-02',
  '3.1-04',
  '3.1-05',
  '3.3-05',
];
export const SCHEMAS = path.join(REPO, 'schemas');
export const registry = new CatalogueRegistry(SCHEMAS);
export const ROOT = path.join(path.sep, 'virtual', 'dossier');

export const MANIFEST = `manual: has-es-2025
establishment:
  name: CH de Test
  finess: "330781196"
visit:
  start: 2027-03-15
`;

export function run(tree: MemoryTree, options: CheckOptions = {}): CheckResult {
  const files: MemoryTree = { 'dossier.yaml': MANIFEST, ...tree };
  const dossier = loadDossier(ROOT, memoryHost(ROOT, files), options);
  return checkDossier(dossier, registry, { asOf: '2026-11-23', ...options });
}

export interface Expected {
  file?: string;
  /** the start of the finding's range, 1-based */
  line: number;
  column: number;
  /** its end, 1-based (required in a rule table) */
  endLine?: number;
  endColumn?: number;
  /** the id of its message in the rule's table (required in a rule table) */
  messageId?: string;
  message?: string | RegExp;
  severity?: string;
  waived?: boolean;
}
export interface Case {
  name: string;
  files: MemoryTree;
  options?: CheckOptions;
  errors?: Expected[];
}

/** A valid case expects no finding of the rule; an invalid one expects exactly `errors`, in order. */
export function expectRule(code: RuleCode, c: Case): void {
  const result = run(c.files, c.options);
  const got = result.findings.filter(f => f.code === code);
  const expected = c.errors ?? [];
  const describe = (fs: typeof got) => fs.map(f => `${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`).join('\n');
  expect(got.length, `findings of ${code}:\n${describe(got)}`).toBe(expected.length);
  const ids = Object.keys(RULES_BY_CODE.get(code)!.messages.fr);
  for (const f of got) {
    // every message is whole: no {placeholder} left for want of a parameter, in a known id
    expect(f.message, `${code} ${f.messageId}`).not.toMatch(/\{\w+\}/);
    expect(ids, code).toContain(f.messageId);
  }
  expected.forEach((e, i) => {
    const f = got[i];
    expect({ file: f.file, line: f.range.start.line + 1, column: f.range.start.character + 1 }).toEqual({
      file: e.file ?? 'criteres/c.yaml',
      line: e.line,
      column: e.column,
    });
    if (e.endLine !== undefined)
      expect({ endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 }).toEqual({ endLine: e.endLine, endColumn: e.endColumn });
    if (e.messageId !== undefined) expect(f.messageId).toBe(e.messageId);
    if (e.message instanceof RegExp) expect(f.message).toMatch(e.message);
    else if (e.message !== undefined) expect(f.message).toBe(e.message);
    if (e.severity) expect(f.severity).toBe(e.severity);
    if (e.waived !== undefined) expect(Boolean(f.waived)).toBe(e.waived);
  });
}

/**
 * The test table of one rule (test/rules/<code>.test.ts): cases that must not fire and cases that
 * fire, each finding with its start, its end and its message id (and its text where it matters).
 */
export function ruleTable(code: RuleCode, cases: Case[]): void {
  describe(code, () => {
    it('has cases that fire and cases that do not, each finding with its end and message id', () => {
      expect(cases.some(c => c.errors?.length)).toBe(true);
      expect(cases.some(c => !c.errors?.length)).toBe(true);
      for (const c of cases)
        for (const e of c.errors ?? [])
          expect([e.endLine, e.endColumn, e.messageId].includes(undefined), `${c.name}: endLine, endColumn, messageId`).toBe(false);
    });
    for (const c of cases) it(c.name, () => expectRule(code, c));
  });
}

/** `criterion: X` and `elements:` from a compact description. */
export function criterion(id: string, elements: string): string {
  return `criterion: ${id}\nelements:\n${elements}`;
}
