/**
 * The rule table: every rule of the product, in the order of SPEC §4. Docs, SARIF metadata, the
 * `rules:` keys of dossier.yaml and the rule codes (`RuleCode`, `RULE_CODES`) come from here.
 */
import calistaLate from './calistaLate.js';
import calistaMissing from './calistaMissing.js';
import duplicateCriterion from './duplicateCriterion.js';
import evidenceNotFound from './evidenceNotFound.js';
import evidenceOutsideDossier from './evidenceOutsideDossier.js';
import expiredEvidence from './expiredEvidence.js';
import followUpMissing from './followUpMissing.js';
import futureDate from './futureDate.js';
import imperativeNotMet from './imperativeNotMet.js';
import internalError from './internalError.js';
import invalidFiness from './invalidFiness.js';
import missingCriterion from './missingCriterion.js';
import missingElement from './missingElement.js';
import missingImperative from './missingImperative.js';
import missingEvidence from './missingEvidence.js';
import missingJustification from './missingJustification.js';
import notEvaluated from './notEvaluated.js';
import overdueAction from './overdueAction.js';
import providerHdsExpired from './providerHdsExpired.js';
import type { AnyRule } from './rule.js';
import schema from './schema.js';
import staleAtVisit from './staleAtVisit.js';
import staleEvidence from './staleEvidence.js';
import uncataloguedCriterion from './uncataloguedCriterion.js';
import unknownCriterion from './unknownCriterion.js';
import unknownElement from './unknownElement.js';
import unknownManual from './unknownManual.js';
import unknownScope from './unknownScope.js';
import unknownRole from './unknownRole.js';
import unreadableFile from './unreadableFile.js';
import visitDocumentMissing from './visitDocumentMissing.js';
import visitWindow from './visitWindow.js';
import waiver from './waiver.js';
import yamlSyntax from './yamlSyntax.js';
import noActionPlan from './noActionPlan.js';
import actionIncomplete from './actionIncomplete.js';
import reviewOverdue from './reviewOverdue.js';
import dueSoon from './dueSoon.js';

const TABLE = [
  yamlSyntax,
  schema,
  unknownCriterion,
  uncataloguedCriterion,
  unknownElement,
  duplicateCriterion,
  missingElement,
  missingImperative,
  missingCriterion,
  notEvaluated,
  missingEvidence,
  evidenceNotFound,
  evidenceOutsideDossier,
  staleEvidence,
  expiredEvidence,
  staleAtVisit,
  futureDate,
  missingJustification,
  imperativeNotMet,
  overdueAction,
  noActionPlan,
  actionIncomplete,
  reviewOverdue,
  dueSoon,
  calistaMissing,
  calistaLate,
  visitWindow,
  visitDocumentMissing,
  followUpMissing,
  providerHdsExpired,
  unknownRole,
  unknownScope,
  invalidFiness,
  waiver,
  unreadableFile,
  unknownManual,
  internalError,
] as const;

/** The code of a rule of the table, e.g. 'missing-element'. */
export type RuleCode = (typeof TABLE)[number]['code'];

export const RULES: readonly AnyRule[] = TABLE;
export const RULE_CODES: readonly RuleCode[] = TABLE.map(r => r.code);
export const RULES_BY_CODE: ReadonlyMap<RuleCode, AnyRule> = new Map(TABLE.map(r => [r.code, r]));

export type { AnyRule as Rule, RuleContext } from './rule.js';
