/**
 * internal-error: a rule that throws costs only its own findings. Made to throw here by
 * replacing a real rule's check for the length of a test.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RULES_BY_CODE } from '../../engine/src/index.js';
import { criterion, run } from '../helpers.js';

const FILES = {
  'criteres/a.yaml': criterion('3.2-01', '  ee01:\n    status: a-evaluer\n'),
  'criteres/b.yaml': criterion('3.4-06', '  ee01:\n    status: non-applicable\n'),
};

afterEach(() => {
  vi.restoreAllMocks();
});

/** Makes `code`'s check throw once it meets a criterion file named `file` (or at once). */
function breakRule(code: 'not-evaluated' | 'missing-element', file?: string) {
  const rule = RULES_BY_CODE.get(code)!;
  const original = rule.check.bind(rule);
  vi.spyOn(rule, 'check').mockImplementation(ctx => {
    if (!file || ctx.dossier.criteria.some(c => c.file.path === file)) throw new TypeError('boom');
    original(ctx);
  });
}

describe('internal-error', () => {
  it('does not fire when every rule runs through', () => {
    expect(run(FILES).findings.filter(f => f.code === 'internal-error')).toEqual([]);
  });

  it('a throwing rule leaves every other finding and adds one internal-error naming the rule and the file', () => {
    const result = run(FILES);
    const before = result.findings;
    breakRule('missing-element', 'criteres/b.yaml');
    const after = run(FILES);
    const internal = after.findings.filter(f => f.code === 'internal-error');
    expect(internal).toHaveLength(1);
    expect(internal[0]).toMatchObject({
      file: 'criteres/b.yaml',
      severity: 'error',
      messageId: 'failed',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    });
    expect(internal[0].message).toBe(
      "La règle missing-element a échoué sur criteres/b.yaml (boom) : ses signalements peuvent manquer, ceux des autres règles sont là. C'est un défaut de has-dossier : signalez-le.",
    );
    // every finding of the other rules is there, unchanged
    const others = (fs: typeof before) => fs.filter(f => f.code !== 'missing-element' && f.code !== 'internal-error');
    expect(others(after.findings)).toEqual(others(before));
    expect(others(before).length).toBeGreaterThan(3);
    expect(after.summary.errors).toBe(result.summary.errors - before.filter(f => f.code === 'missing-element' && f.severity === 'error').length + 1);
  });

  it('names dossier.yaml when the rule fails whatever the criterion files, and speaks English', () => {
    breakRule('not-evaluated');
    const internal = run(FILES, { lang: 'en' }).findings.filter(f => f.code === 'internal-error');
    expect(internal.map(f => [f.file, f.message])).toEqual([
      [
        'dossier.yaml',
        "Rule not-evaluated failed on dossier.yaml (boom): its findings may be missing; the other rules' findings are there. This is a has-dossier defect: please report it.",
      ],
    ]);
  });

  it('the findings the rule reported before it threw are kept', () => {
    const rule = RULES_BY_CODE.get('not-evaluated')!;
    const original = rule.check.bind(rule);
    vi.spyOn(rule, 'check').mockImplementation(ctx => {
      original(ctx);
      if (ctx.dossier.criteria.some(c => c.file.path === 'criteres/a.yaml')) throw new Error('after');
    });
    const codes = run(FILES).findings.map(f => `${f.code} ${f.file}`);
    expect(codes).toContain('not-evaluated criteres/a.yaml');
    expect(codes).toContain('internal-error criteres/a.yaml');
  });
});
