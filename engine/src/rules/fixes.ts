/**
 * Quick fixes that several rules propose, with their words: replace a near miss by the
 * suggestion, add an action to update a document. A rule uses one as its `fix`, or calls it.
 */
import { addAction, sameStart } from '../edits.js';
import { addDuration } from '../dates.js';
import { yamlScalar } from '../text/yaml.js';
import { nodeRange } from '../yamlSource.js';
import type { FixContext, RuleFinding, SharedFix } from './rule.js';

/** The words of the shared fixes (a rule's fix may use them besides the rule's own messages). */
export const FIX_MESSAGES = {
  fr: {
    replace: 'Remplacer par « {replacement} »',
    review: 'Ajouter une action de mise à jour du document',
    reviewTitle: 'Mettre à jour « {title} »',
  },
  en: {
    replace: 'Replace with "{replacement}"',
    review: 'Add an action to update the document',
    reviewTitle: 'Update "{title}"',
  },
} as const;

/** For the findings whose data names a `replacement` (a near-miss code, key or value): put it instead, as one YAML scalar (quoted where it must be, in a flow `[…]` too). */
export function replaceFix(finding: RuleFinding<{ replacement?: string } | undefined>): SharedFix[] {
  const replacement = finding.data?.replacement;
  if (typeof replacement !== 'string') return [];
  return [{ messageId: 'replace', params: { replacement }, isPreferred: true, edits: [{ range: finding.range, newText: yamlScalar(replacement, true) }] }];
}

/**
 * For a finding on an evidence date (stale, expired): an action to update the document, due when
 * the document stops being valid (`validThrough`, when still ahead) or in a month.
 */
export function reviewFix(finding: RuleFinding<{ validThrough?: string } | undefined>, ctx: FixContext): SharedFix[] {
  const { element, src, result } = ctx;
  if (!element) return [];
  const ev = element.evidence.find(e => [e.date?.node, e.expires?.node].some(n => n && sameStart(nodeRange(src, n), finding.range)));
  const validThrough = finding.data?.validThrough;
  const due = typeof validThrough === 'string' && validThrough > result.asOf ? validThrough : addDuration(result.asOf, { amount: 1, unit: 'month', text: '' });
  const title = ctx.t({ messageId: 'reviewTitle', params: { title: ev?.title ?? 'document' } });
  const edit = addAction(src, element, title, due);
  return edit ? [{ messageId: 'review', edits: [edit] }] : [];
}
