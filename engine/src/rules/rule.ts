/**
 * What a rule is, as ESLint has it: a code, a default severity, a description, messages in
 * French and English by id, a check over the dossier model that reports located findings, and
 * the quick fixes of its own findings. The message ids and their `{placeholders}` are types:
 * reporting an id the rule does not have, or leaving a placeholder without a parameter, does
 * not compile. The fix receives the `data` its own check reported, with the type the rule gave it.
 *
 * Adding a rule: one file in this folder (`export default defineRule({...})`), listed in
 * ./index.ts, and its test file test/rules/<code>.test.ts. Nothing else.
 */
import type { Node } from 'yaml';
import type { Catalogue } from '../catalogue.js';
import type { CheckResult } from '../check.js';
import type { CivilDate } from '../dates.js';
import type { FileEdit, LocalEdit } from '../edits.js';
import type { CriterionEntry, Dossier, DossierFile, ElementEntry } from '../model.js';
import type { MessageId, MessageOf, Messages } from '../messages.js';
import type { Finding, Lang, Severity } from '../types.js';
import type { Range, YamlSource } from '../yamlSource.js';
import type { FIX_MESSAGES } from './fixes.js';
import { t } from '../l10n/index.js';

// What the rules share with the rest of the engine lives below them; re-exported for the rules.
export { replaceFix, reviewFix } from './fixes.js';
export {
  elementsOf,
  evidenceOf,
  freshnessOf,
  kindTitle,
  PROVIDER_PCA_KIND,
  resolveEvidencePath,
  type DossierView,
  type EvidenceSite,
  type Freshness,
} from '../evidence.js';

export type { MessageId, MessageOf, Messages, MessageTable, ParamsOf, Placeholders } from '../messages.js';

interface ReportBase<D> {
  /** the file the finding sits in; a file that could not be parsed has no source (the finding goes to its start) */
  file: DossierFile | { path: string; source?: undefined };
  /** the node the finding is about (its value range is used) … */
  node?: Node | null;
  /** … or an explicit range */
  range?: Range;
  criterion?: string;
  element?: string;
  /** when the finding is graver or lighter than the rule's default (e.g. an age set by the manual itself) */
  severity?: Severity;
  /** what the rule's own quick fixes need (the replacement of a near miss, the missing codes …) */
  data?: D;
}
export type Report<M extends Messages = Messages, D = unknown> = ReportBase<D> & MessageOf<M>;

export interface RuleContext<M extends Messages = Messages, D = unknown> {
  dossier: Dossier;
  /** the dossier's catalogue; an empty one when it could not be loaded (then only `standalone` rules run) */
  catalogue: Catalogue;
  /** why the catalogue named by `manual:` could not be loaded */
  catalogueProblem?: string;
  /** ids of the bundled catalogues, for messages */
  availableCatalogues: string[];
  asOf: CivilDate;
  lang: Lang;
  report(r: Report<M, D>): void;
}

/** A finding of this rule, with the data its check reported. */
export type RuleFinding<D> = Omit<Finding, 'data'> & { data?: D };

export interface FixContext<M extends Messages = Messages> {
  /** the check the finding comes from (its dossier, catalogue, as-of date) */
  result: CheckResult;
  lang: Lang;
  /** the file the finding is in, and its parse (the text the finding was computed on) */
  file: DossierFile;
  src: YamlSource;
  /** the criterion of that file, and the finding's element in it, when there are */
  entry?: CriterionEntry;
  element?: ElementEntry;
  /** a message of the rule's table in the user's language (for text a fix inserts) */
  t(m: MessageOf<M> | MessageOf<typeof FIX_MESSAGES>): string;
}

/**
 * A quick fix as a rule proposes it: its title by message id (of the rule's messages, or of the
 * shared ones in ./fixes.ts), edits of the finding's file, files to create.
 */
export type Fix<M extends Messages> = (MessageOf<M> | MessageOf<typeof FIX_MESSAGES>) & FixBody;
/** A quick fix of ./fixes.ts, which any rule may propose. */
export type SharedFix = MessageOf<typeof FIX_MESSAGES> & FixBody;
interface FixBody {
  edits: LocalEdit[];
  /** edits in other files */
  otherEdits?: FileEdit[];
  isPreferred?: boolean;
  /** files to create (never an existing one), relative to the dossier root */
  createFiles?: { file: string; text: string }[];
}

export interface Rule<C extends string = string, M extends Messages = Messages, D = UntypedData> {
  code: C;
  defaultSeverity: Severity;
  /** one sentence: when it fires (docs, SARIF, README) */
  description: Record<Lang, string>;
  messages: M;
  /** true when the rule needs no catalogue (it still runs when `manual:` cannot be loaded) */
  standalone?: boolean;
  /**
   * The findings that say something is absent from the file they sit in (an element, a key, an
   * evidence, an action): every message (`true`) or these. In a file whose YAML does not parse
   * whole, what the parse lost may hold it: these findings are not reported there, and the file's
   * yaml-syntax errors say what is wrong. Findings about what the parse did read still are.
   */
  absence?: true | readonly MessageId<M>[];
  check(ctx: RuleContext<M, D>): void;
  /**
   * The quick fixes of one of its findings. Write it before `check` with its finding's type
   * (`fix(f: RuleFinding<{ missing: string[] }>, ctx)`): the data `check` reports is then checked
   * against it (written after, it does not compile). A property, not a method, for that reason.
   */
  fix?: (finding: RuleFinding<D>, ctx: FixContext<M>) => Fix<M>[];
}

/** The data of the findings of a rule without fixes: free, since nothing reads it. */
export type UntypedData = Readonly<Record<string, unknown>>;

/** A rule of the table, whatever its messages and data. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<string, any, any>;

export function defineRule<const C extends string, const M extends Messages, D = UntypedData>(rule: Rule<C, M, D>): Rule<C, M, D> {
  return rule;
}

/** " Vouliez-vous dire X ?" / " Did you mean X?", or nothing. */
export function didYouMean(lang: Lang, target: string | undefined): string {
  if (!target) return '';
  return t(lang, 'rule.didYouMean', { target });
}
