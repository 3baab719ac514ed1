import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { README, readmeTable, rulesTable } from '../../scripts/rules-table.js';
import { expectedRuleTable, ruleModules, TABLE_FILE } from '../../scripts/generate-rule-table.js';
import { RULE_CODES, RULES } from '../../engine/src/index.js';
import { REPO } from '../helpers.js';

describe('documentation', () => {
  it('the README rule table is the one generated from the rules metadata (npm run docs:rules)', () => {
    expect(readmeTable(fs.readFileSync(README, 'utf8'))).toBe(rulesTable());
  });

  it('the rule table is the one generated from the rule modules (npm run generate), every module in it once', () => {
    expect(fs.readFileSync(TABLE_FILE, 'utf8') === expectedRuleTable(), 'engine/src/rules/table.ts is stale: npm run generate').toBe(true);
    expect(RULES.length).toBe(ruleModules().length);
    expect(RULES[RULES.length - 1].code).toBe('internal-error');
  });

  it('every rule has its own test file, test/rules/<code>.test.ts', () => {
    const missing = RULES.map(r => r.code).filter(c => !fs.existsSync(path.join(REPO, 'test', 'rules', `${c}.test.ts`)));
    expect(missing).toEqual([]);
  });

  it('every rule code has exactly one rule, with messages in French and English for the same ids', () => {
    expect([...RULES.map(r => r.code)].sort()).toEqual([...RULE_CODES].sort());
    for (const r of RULES) {
      expect(Object.keys(r.messages.en).sort(), r.code).toEqual(Object.keys(r.messages.fr).sort());
      expect(r.description.fr.length, r.code).toBeGreaterThan(10);
      expect(r.description.en.length, r.code).toBeGreaterThan(10);
    }
  });
});
