/**
 * The dossier model: dossier.yaml and the criterion files, parsed, with for every value the
 * YAML node it came from (for ranges). Values of the wrong type are left undefined here; the
 * `schema` rule reports them, the other rules simply skip them.
 */
import * as path from 'node:path';
import type { Node, Pair } from 'yaml';
import { parseCriterionCode, parseElementCode, type Catalogue } from './catalogue.js';
import type { CivilDate } from './dates.js';
import { ACTION, CALISTA_ENTRY, CRITERION_FILE, ELEMENT, EVIDENCE, MANIFEST_FILE, PROVIDER } from './format/keys.js';
import { fields, type Located } from './format/read.js';
import { DEFAULT_MAX_FILE_BYTES, MANIFEST, memoizeStats, type DossierHost, type ReadFailure, type SkippedEntry } from './host.js';
import { isInside } from './paths.js';
import { getPair, isMap, isScalar, parseYaml, scalarText, type YamlSource } from './yamlSource.js';

export interface DossierFile {
  /** relative to the dossier root, with `/` */
  path: string;
  absPath: string;
  kind: 'manifest' | 'criterion';
  source: YamlSource;
}

export type { Located };

export interface EvidenceEntry {
  node: Node;
  title?: string;
  kind?: Located<string>;
  file?: Located<string>;
  url?: string;
  date?: Located<CivilDate>;
  expires?: Located<CivilDate>;
  /** CALISTA entries only */
  uploaded?: Located<CivilDate>;
  /** audits: how many findings (0: no action plan needed) */
  findings?: Located<number>;
  /** audits: the plan of corrective actions (a file of the dossier) */
  actionPlan?: Located<string>;
  /** exercises: the lessons learned (a file of the dossier, or a sentence) */
  lessons?: Located<string>;
}

export interface ActionEntry {
  node: Node;
  title?: string;
  due?: Located<CivilDate>;
  done?: Located<boolean | CivilDate>;
  owner?: Located<string>;
}

export interface ElementEntry {
  /** the key as written (ee01, Crit.3.4-05-ee01-ASY …) */
  key: string;
  keyNode: Node;
  /** eeNN when the key is well formed */
  code?: string;
  /** criterion named inside a reference-form key */
  keyCriterion?: string;
  valueNode?: Node | null;
  status?: Located<string>;
  /** the team's argument for the status */
  comment?: string;
  justification?: string;
  evidence: EvidenceEntry[];
  actions: ActionEntry[];
}

export interface CriterionEntry {
  file: DossierFile;
  /** the criterion value as written */
  text?: string;
  idNode?: Node;
  /** normalised `3.4-05` when well formed */
  id?: string;
  reviewed?: Located<CivilDate>;
  owner?: Located<string>;
  /** the team's argument for the criterion */
  comment?: string;
  elementsPair?: Pair<Node, Node | null>;
  elements: ElementEntry[];
}

export interface Manifest {
  file: DossierFile;
  manual?: Located<string>;
  finess?: Located<string>;
  visitStart?: Located<CivilDate>;
  scope: Located<string>[];
  scopeKeyNode?: Node;
  calistaKeyNode?: Node;
  calista: EvidenceEntry[];
  freshness: Map<string, Located<string>>;
  rules: Map<string, Located<string>>;
  /** the key node of `visit:` */
  visitKeyNode?: Node;
  /** `visit.documents_ready`: from how long before the visit a missing checklist document is a warning */
  documentsReady?: Located<string>;
  certification?: { keyNode: Node; decision?: Located<string>; date?: Located<CivilDate> };
  /** `roles:` by id, when the dossier declares them */
  roles?: Map<string, RoleEntry>;
  rolesKeyNode?: Node;
  providers: ProviderEntry[];
  providersKeyNode?: Node;
  /** `paqss:` windows of the action plan (paqss.ts reads them with their defaults) */
  paqss?: { keyNode: Node; reviewPeriod?: Located<string>; actionsDueSoon?: Located<string>; documentsDueSoon?: Located<string> };
}

export interface RoleEntry {
  id: string;
  keyNode: Node;
  title?: string;
  name?: string;
}

export interface ProviderEntry {
  node: Node;
  name?: string;
  service?: string;
  hdsCertificate?: Located<string>;
  hdsValidUntil?: Located<CivilDate>;
  /** the provider's PCA/PRA, a file of the dossier */
  pcaPra?: Located<string>;
}

export { CERTIFICATION_DECISIONS } from './format/vocabulary.js';

export interface UnreadableFile {
  path: string;
  failure: ReadFailure | 'unreadable-folder';
  detail?: string;
}

export interface Dossier {
  root: string;
  host: DossierHost;
  manifest?: Manifest;
  criteria: CriterionEntry[];
  files: DossierFile[];
  unreadable: UnreadableFile[];
  maxFileBytes: number;
}

export interface LoadOptions {
  /** YAML files above this size are not parsed (reported as unreadable). */
  maxFileBytes?: number;
  /** parses kept between loads: a file whose text has not changed is not parsed again */
  cache?: ParseCache;
}

/**
 * What a previous load learnt of each file, by absolute path: its disk stamp, its parse and its
 * model. The language server keeps one per dossier, so that a keystroke re-reads and re-parses
 * one file: the others are known by their stamp (or, for open buffers, by their text).
 */
export type ParseCache = Map<string, CacheEntry>;
interface CacheEntry {
  stamp?: string;
  skip?: boolean;
  source?: YamlSource;
  file?: DossierFile;
  model?: CriterionEntry | Manifest;
}

export { DEFAULT_MAX_FILE_BYTES };
const CRITERION_KEY = /^criterion[ \t]*:/m;

export function loadDossier(root: string, fsHost: DossierHost, options: LoadOptions = {}): Dossier {
  const host = memoizeStats(fsHost);
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const dossier: Dossier = { root, host, criteria: [], files: [], unreadable: [], maxFileBytes: maxBytes };
  const rootReal = host.realpath(root) ?? root;
  if (host.kind(path.join(root, MANIFEST)) === 'dir') dossier.unreadable.push({ path: MANIFEST, failure: 'is-directory' });
  const skipped: SkippedEntry[] = [];
  const listed = host.listYamlFiles(root, skipped);
  for (const sk of skipped) dossier.unreadable.push({ path: sk.path, failure: sk.failure, detail: sk.detail });
  for (const rel of listed) {
    const abs = path.join(root, ...rel.split('/'));
    const isManifest = rel === MANIFEST;
    const real = host.realpath(abs);
    if (real && !isInside(rootReal, real)) {
      // A YAML file that is a link to elsewhere is reported and never opened: the dossier is
      // what lies below its root, and what the target holds must not change the answer.
      dossier.unreadable.push({ path: rel, failure: 'io', detail: 'outside' });
      continue;
    }
    const cache = options.cache;
    const stamp = host.stamp?.(abs);
    let hit = cache?.get(abs);
    if (!(stamp !== undefined && hit?.stamp === stamp)) {
      const read = host.readText(abs, maxBytes);
      if ('failure' in read) {
        cache?.delete(abs);
        if (isManifest || read.failure !== 'too-large' || sniffCriterion(host, abs)) dossier.unreadable.push({ path: rel, ...read });
        continue;
      }
      if (!isManifest && !CRITERION_KEY.test(read.text)) {
        cache?.set(abs, { stamp, skip: true });
        continue;
      }
      hit = hit?.source?.text === read.text ? { ...hit, stamp } : { stamp, source: parseYaml(read.text) };
      cache?.set(abs, hit);
    }
    if (hit!.skip) continue;
    const source = hit!.source!;
    // The quick textual sniff can be fooled (a nested `criterion:` in a block scalar); the parsed top level decides.
    if (!isManifest && !getPair(source.doc.contents, 'criterion') && source.syntaxErrors.length === 0) continue;
    if (!hit!.file || hit!.file.path !== rel) {
      hit!.file = { path: rel, absPath: abs, kind: isManifest ? 'manifest' : 'criterion', source };
      hit!.model = isManifest ? readManifest(hit!.file) : readCriterion(hit!.file);
    }
    dossier.files.push(hit!.file);
    if (isManifest) dossier.manifest = hit!.model as Manifest;
    else dossier.criteria.push(hit!.model as CriterionEntry);
  }
  return dossier;
}

function sniffCriterion(host: DossierHost, abs: string): boolean {
  const head = host.head?.(abs, 65536);
  return head === undefined ? true : CRITERION_KEY.test(head);
}

const own = <T>(v: T | null | undefined): T | undefined => v ?? undefined;

function readEvidence(node: unknown): EvidenceEntry | undefined {
  if (!isMap(node)) return undefined;
  const f = fields(EVIDENCE, node);
  const c = fields(CALISTA_ENTRY, node);
  return {
    node: node as Node,
    title: f.text('title'),
    kind: f.str('kind'),
    file: f.str('file'),
    url: f.text('url'),
    date: f.date('date'),
    expires: f.date('expires'),
    uploaded: c.date('uploaded'),
    findings: f.int('findings'),
    actionPlan: f.str('actionPlan'),
    lessons: f.str('lessons'),
  };
}

function readAction(node: unknown): ActionEntry | undefined {
  if (!isMap(node)) return undefined;
  const f = fields(ACTION, node);
  return { node: node as Node, title: f.text('title'), due: f.date('due'), done: f.dateOrBoolean('done'), owner: f.str('owner') };
}

export function readCriterion(file: DossierFile): CriterionEntry {
  const f = fields(CRITERION_FILE, file.source.doc.contents);
  const idNode = own(f.node('criterion'));
  const text = scalarText(idNode);
  const entry: CriterionEntry = {
    file,
    idNode,
    text,
    id: text !== undefined ? parseCriterionCode(text)?.criterion : undefined,
    reviewed: f.date('reviewed'),
    owner: f.str('owner'),
    comment: f.text('comment'),
    elementsPair: f.pair('elements'),
    elements: [],
  };
  const elements = entry.elementsPair?.value;
  if (isMap(elements)) {
    for (const pair of elements.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const parsed = parseElementCode(key);
      const value = pair.value as Node | null;
      const e = fields(ELEMENT, value);
      entry.elements.push({
        key,
        keyNode: pair.key as Node,
        code: parsed?.element,
        keyCriterion: parsed?.criterion,
        valueNode: value,
        status: e.str('status'),
        comment: e.text('comment'),
        justification: e.text('justification'),
        evidence: e.list('evidence', readEvidence),
        actions: e.list('actions', readAction),
      });
    }
  }
  return entry;
}

export function readManifest(file: DossierFile): Manifest {
  const f = fields(MANIFEST_FILE, file.source.doc.contents);
  const visit = f.sub('visit');
  const cert = f.sub('certification');
  const certKey = f.keyNode('certification');
  const m: Manifest = {
    file,
    manual: f.str('manual'),
    finess: f.sub('establishment').str('finess'),
    visitStart: visit.date('visitStart'),
    scope: f.list('scope', n => strOf(n)),
    scopeKeyNode: f.keyNode('scope'),
    calistaKeyNode: f.keyNode('calista'),
    calista: f.list('calista', readEvidence),
    freshness: new Map(),
    rules: new Map(),
    visitKeyNode: f.keyNode('visit'),
    documentsReady: visit.str('documentsReady'),
    certification: certKey ? { keyNode: certKey, decision: cert.str('decision'), date: cert.date('date') } : undefined,
    rolesKeyNode: f.keyNode('roles'),
    providers: f.list('providers', readProvider),
    providersKeyNode: f.keyNode('providers'),
  };
  const paqssKey = f.keyNode('paqss');
  if (paqssKey) {
    const p = f.sub('paqss');
    m.paqss = { keyNode: paqssKey, reviewPeriod: p.str('reviewPeriod'), actionsDueSoon: p.str('actionsDueSoon'), documentsDueSoon: p.str('documentsDueSoon') };
  }
  const roles = f.node('roles');
  if (isMap(roles)) {
    m.roles = new Map();
    const role = MANIFEST_FILE.keys.roles.values;
    for (const pair of roles.items) {
      if (!isScalar(pair.key)) continue;
      const id = String(pair.key.value);
      // `rssi: Jeanne Martin` (who holds it) or `rssi: { title: RSSI, name: Jeanne Martin }`
      const v = pair.value;
      const r = fields(role, v);
      m.roles.set(
        id,
        isMap(v) ? { id, keyNode: pair.key as Node, title: r.text('title'), name: r.text('name') } : { id, keyNode: pair.key as Node, name: scalarText(v) },
      );
    }
  }
  for (const [field, target] of [
    ['freshness', m.freshness],
    ['rules', m.rules],
  ] as const) {
    const node = f.node(field);
    if (!isMap(node)) continue;
    for (const pair of node.items) {
      const v = strOf(pair.value);
      if (isScalar(pair.key) && v) target.set(String(pair.key.value), v);
    }
  }
  return m;
}

function strOf(node: unknown): Located<string> | undefined {
  const v = scalarText(node);
  return v === undefined ? undefined : { value: v, node: node as Node };
}

function readProvider(node: unknown): ProviderEntry | undefined {
  if (!isMap(node)) return undefined;
  const f = fields(PROVIDER, node);
  const hds = f.sub('hds');
  return {
    node: node as Node,
    name: f.text('name'),
    service: f.text('service'),
    hdsCertificate: hds.str('hdsCertificate'),
    hdsValidUntil: hds.date('hdsValidUntil'),
    pcaPra: f.str('pcaPra'),
  };
}

/** Key node of a top-level entry of a file (for dossier-wide findings that sit on dossier.yaml). */
export function topKeyNode(file: DossierFile, key: string): Node | undefined {
  return getPair(file.source.doc.contents, key)?.key ?? undefined;
}

export type { Catalogue };
