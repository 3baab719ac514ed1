/**
 * The closed vocabularies of the dossier format, each written once with its words in French and
 * English: element statuses (and the report's `missing` state), severities, certification
 * decisions (the sentence that says what a decision means for the next visit is in cycle.ts). The
 * schemas, completion, hover, the report, the tree, the code lens and the l10n module's counted
 * nouns all read them from here; this file imports nothing, so anything may import it.
 */

export interface Words {
  fr: string;
  en: string;
}

/** One value of a closed vocabulary: its id (what users type), its words, and a longer text. */
export interface Term {
  label: Words;
  doc: Words;
}
/** An element state: also its letter in the report's cells, and its words for several (`2 conformes`; the count itself is l10n's `countState`). */
export interface StateTerm extends Term {
  letter: string;
  plural: Words;
}

const statusTerms = {
  conforme: { letter: 'C', label: { fr: 'conforme', en: 'compliant' }, plural: { fr: 'conformes', en: 'compliant' }, doc: { fr: 'Conforme', en: 'Compliant' } },
  partiel: {
    letter: 'P',
    label: { fr: 'partiel', en: 'partial' },
    plural: { fr: 'partiels', en: 'partial' },
    doc: { fr: 'Partiellement conforme', en: 'Partly compliant' },
  },
  'non-conforme': {
    letter: 'NC',
    label: { fr: 'non conforme', en: 'non-compliant' },
    plural: { fr: 'non conformes', en: 'non-compliant' },
    doc: { fr: 'Non conforme', en: 'Not compliant' },
  },
  'non-applicable': {
    letter: 'NA',
    label: { fr: 'non applicable', en: 'not applicable' },
    plural: { fr: 'non applicables', en: 'not applicable' },
    doc: { fr: 'Non applicable (justification requise)', en: 'Not applicable (justification required)' },
  },
  'a-evaluer': {
    letter: '?',
    label: { fr: 'à évaluer', en: 'to evaluate' },
    plural: { fr: 'à évaluer', en: 'to evaluate' },
    doc: { fr: 'À évaluer', en: 'To be evaluated' },
  },
} as const satisfies Record<string, StateTerm>;

/** Element statuses, in the order users meet them (completion, report columns). */
export const STATUS_TERMS: Readonly<Record<Status, StateTerm>> = statusTerms;
export type Status = keyof typeof statusTerms;
export const STATUSES = Object.keys(statusTerms) as Status[];

/** The state of a catalogue element in a dossier: its status, or `missing` when the file does not list it. */
export type ElementState = Status | 'missing';
export const ELEMENT_STATE_TERMS: Readonly<Record<ElementState, StateTerm>> = {
  ...statusTerms,
  missing: {
    letter: '∅',
    label: { fr: 'manquant', en: 'missing' },
    plural: { fr: 'manquants', en: 'missing' },
    doc: { fr: 'Absent du fichier du critère', en: 'Not listed in the criterion file' },
  },
};
export const ELEMENT_STATES = Object.keys(ELEMENT_STATE_TERMS) as ElementState[];

const severityTerms = {
  error: {
    label: { fr: 'erreur', en: 'error' },
    plural: { fr: 'erreurs', en: 'errors' },
    doc: { fr: 'Erreur : le dossier ne passe pas (code de sortie 1)', en: 'Error: the dossier fails (exit code 1)' },
  },
  warning: {
    label: { fr: 'avertissement', en: 'warning' },
    plural: { fr: 'avertissements', en: 'warnings' },
    doc: { fr: 'Avertissement : à traiter avant la visite', en: 'Warning: to settle before the visit' },
  },
  info: { label: { fr: 'info', en: 'info' }, plural: { fr: 'infos', en: 'info' }, doc: { fr: 'Information', en: 'Information' } },
} as const satisfies Record<string, Term & { plural: Words }>;
export type Severity = keyof typeof severityTerms;
export const SEVERITY_TERMS: Readonly<Record<Severity, Term & { plural: Words }>> = severityTerms;
export const SEVERITIES = Object.keys(severityTerms) as Severity[];
/** What `rules:` (and the editor settings) accept: a severity, or `off`. */
export type SeveritySetting = Severity | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = [...SEVERITIES, 'off'];

/** `next`: which window of the catalogue's `certification` cycle the decision opens (valid for `validity`, or the next visit's window). */
const decisionTerms = {
  'certifie-mention': { label: { fr: 'Certifié avec mention', en: 'Certified with distinction' }, next: 'validity' },
  certifie: { label: { fr: 'Certifié', en: 'Certified' }, next: 'validity' },
  'certifie-sous-conditions': { label: { fr: 'Certifié sous conditions', en: 'Certified with conditions' }, next: 'conditional' },
  'non-certifie': { label: { fr: 'Non certifié', en: 'Not certified' }, next: 'refused' },
} as const satisfies Record<string, { label: Words; next: 'validity' | 'conditional' | 'refused' }>;
/** The decisions of the HAS after a visit (`certification.decision`). */
export type Decision = keyof typeof decisionTerms;
export const CERTIFICATION_DECISIONS = Object.keys(decisionTerms) as Decision[];
export const DECISION_LABELS: Readonly<Record<Decision, Words>> = Object.fromEntries(CERTIFICATION_DECISIONS.map(d => [d, decisionTerms[d].label])) as Record<
  Decision,
  Words
>;
/** The decision certifies the establishment (for the cycle's `validity`), or sets the window of the next visit. */
export const decisionOpens = (d: Decision): 'validity' | 'conditional' | 'refused' => decisionTerms[d].next;

export const isStatus = (s: unknown): s is Status => typeof s === 'string' && Object.prototype.hasOwnProperty.call(statusTerms, s);
export const isDecision = (s: unknown): s is Decision => typeof s === 'string' && Object.prototype.hasOwnProperty.call(decisionTerms, s);
