/**
 * The rule room's types: a message id the rule does not have, or a placeholder left without its
 * parameter, does not compile (`npm run typecheck` fails on an unused @ts-expect-error too, so
 * these lines prove the errors exist), and a fix gets the data its own check reported.
 */
import { describe, expect, it } from 'vitest';
import { defineRule, type RuleFinding } from '../../engine/src/rules/rule.js';

const rule = defineRule({
  code: 'example-rule',
  defaultSeverity: 'warning',
  description: { fr: 'Une règle pour les types.', en: 'A rule for the types.' },
  messages: {
    fr: { one: 'Le critère {criterion} manque.', two: 'Rien à dire.', fixIt: 'Corriger {what}' },
    en: { one: 'Criterion {criterion} is missing.', two: 'Nothing to say.', fixIt: 'Fix {what}' },
  },
  fix(f: RuleFinding<{ codes: string[] }>, ctx) {
    const codes: string[] = f.data?.codes ?? [];
    // @ts-expect-error a fix title the rule has not
    ctx.t({ messageId: 'nope' });
    return [
      { messageId: 'fixIt', params: { what: codes.join(', ') }, edits: [] },
      { messageId: 'replace', params: { replacement: 'x' }, edits: [] },
    ];
  },
  check(ctx) {
    const file = ctx.dossier.files[0];
    ctx.report({ file, messageId: 'one', params: { criterion: '3.2-01' }, data: { codes: ['ee01'] } });
    ctx.report({ file, messageId: 'two' });
    // @ts-expect-error an id the rule has not
    ctx.report({ file, messageId: 'three' });
    // @ts-expect-error {criterion} left without its parameter
    ctx.report({ file, messageId: 'one', params: {} });
    // @ts-expect-error {criterion} left without its parameter
    ctx.report({ file, messageId: 'one' });
    // @ts-expect-error data of another shape than the fix's
    ctx.report({ file, messageId: 'two', data: { codes: 'ee01' } });
  },
});

describe('rule types', () => {
  it('are what defineRule returns (the checks are the compile errors above)', () => {
    expect(rule.code).toBe('example-rule');
    expect(Object.keys(rule.messages.fr)).toEqual(Object.keys(rule.messages.en));
  });
});
