/** The rule table: every rule of the product, in the order of SPEC §4. Docs and SARIF metadata come from here. */
import calistaLate from './calistaLate.js';
import calistaMissing from './calistaMissing.js';
import duplicateCriterion from './duplicateCriterion.js';
import evidenceNotFound from './evidenceNotFound.js';
import evidenceOutsideDossier from './evidenceOutsideDossier.js';
import expiredEvidence from './expiredEvidence.js';
import futureDate from './futureDate.js';
import imperativeNotMet from './imperativeNotMet.js';
import invalidFiness from './invalidFiness.js';
import missingCriterion from './missingCriterion.js';
import missingElement from './missingElement.js';
import missingEvidence from './missingEvidence.js';
import missingJustification from './missingJustification.js';
import notEvaluated from './notEvaluated.js';
import overdueAction from './overdueAction.js';
import type { Rule } from './rule.js';
import schema from './schema.js';
import staleAtVisit from './staleAtVisit.js';
import staleEvidence from './staleEvidence.js';
import uncataloguedCriterion from './uncataloguedCriterion.js';
import unknownCriterion from './unknownCriterion.js';
import unknownElement from './unknownElement.js';
import unknownManual from './unknownManual.js';
import unreadableFile from './unreadableFile.js';
import waiver from './waiver.js';
import yamlSyntax from './yamlSyntax.js';
import followUpMissing from './followUpMissing.js';
import providerHdsExpired from './providerHdsExpired.js';
import unknownRole from './unknownRole.js';
import visitDocumentMissing from './visitDocumentMissing.js';
import visitWindow from './visitWindow.js';
import type { RuleCode } from '../types.js';

export const RULES: readonly Rule[] = [
  yamlSyntax, schema, unknownCriterion, uncataloguedCriterion, unknownElement, duplicateCriterion, missingElement,
  missingCriterion, notEvaluated, missingEvidence, evidenceNotFound, evidenceOutsideDossier, staleEvidence,
  expiredEvidence, staleAtVisit, futureDate, missingJustification, imperativeNotMet, overdueAction, calistaMissing,
  calistaLate, visitWindow, visitDocumentMissing, followUpMissing, providerHdsExpired, unknownRole, invalidFiness, waiver, unreadableFile, unknownManual,
];

export const RULES_BY_CODE: ReadonlyMap<RuleCode, Rule> = new Map(RULES.map(r => [r.code, r]));

export type { Rule, RuleContext } from './rule.js';
