/**
 * The dossier model: dossier.yaml and the criterion files, parsed, with for every value the
 * YAML node it came from (for ranges). Values of the wrong type are left undefined here; the
 * `schema` rule reports them, the other rules simply skip them.
 */
import * as path from 'node:path';
import type { Node, Pair } from 'yaml';
import { parseCriterionCode, parseElementCode, type Catalogue } from './catalogue.js';
import { parseCivilDate, type CivilDate } from './dates.js';
import { MANIFEST, memoizeStats, type DossierHost, type ReadFailure } from './host.js';
import { isInside } from './paths.js';
import { getNode, getPair, isMap, isScalar, isSeq, parseYaml, scalarText, type YamlSource } from './yamlSource.js';

export interface DossierFile {
  /** relative to the dossier root, with `/` */
  path: string;
  absPath: string;
  kind: 'manifest' | 'criterion';
  source: YamlSource;
}

export interface Located<T> { value: T; node: Node }

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
}

export interface RoleEntry { id: string; keyNode: Node; title?: string; name?: string }

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

export interface UnreadableFile { path: string; failure: ReadFailure; detail?: string }

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
interface CacheEntry { stamp?: string; skip?: boolean; source?: YamlSource; file?: DossierFile; model?: CriterionEntry | Manifest }

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const CRITERION_KEY = /^criterion[ \t]*:/m;

export function loadDossier(root: string, fsHost: DossierHost, options: LoadOptions = {}): Dossier {
  const host = memoizeStats(fsHost);
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const dossier: Dossier = { root, host, criteria: [], files: [], unreadable: [], maxFileBytes: maxBytes };
  const rootReal = host.realpath(root) ?? root;
  if (host.kind(path.join(root, MANIFEST)) === 'dir') dossier.unreadable.push({ path: MANIFEST, failure: 'is-directory' });
  for (const rel of host.listYamlFiles(root)) {
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


function str(node: unknown): Located<string> | undefined {
  const v = scalarText(node);
  return v === undefined ? undefined : { value: v, node: node as Node };
}

function date(node: unknown): Located<CivilDate> | undefined {
  const v = isScalar(node) ? parseCivilDate(node.value) : undefined;
  return v === undefined ? undefined : { value: v, node: node as Node };
}

function int(node: unknown): Located<number> | undefined {
  return isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) ? { value: node.value, node: node as Node } : undefined;
}

function readEvidence(node: unknown): EvidenceEntry | undefined {
  if (!isMap(node)) return undefined;
  return {
    node: node as Node,
    title: scalarText(getNode(node, 'title')),
    kind: str(getNode(node, 'kind')),
    file: str(getNode(node, 'file')),
    url: scalarText(getNode(node, 'url')),
    date: date(getNode(node, 'date')),
    expires: date(getNode(node, 'expires')),
    uploaded: date(getNode(node, 'uploaded')),
    findings: int(getNode(node, 'findings')),
    actionPlan: str(getNode(node, 'action_plan')),
    lessons: str(getNode(node, 'lessons')),
  };
}

function readAction(node: unknown): ActionEntry | undefined {
  if (!isMap(node)) return undefined;
  const doneNode = getNode(node, 'done');
  let done: Located<boolean | CivilDate> | undefined;
  if (isScalar(doneNode)) {
    if (typeof doneNode.value === 'boolean') done = { value: doneNode.value, node: doneNode };
    else { const d = parseCivilDate(doneNode.value); if (d) done = { value: d, node: doneNode }; }
  }
  return { node: node as Node, title: scalarText(getNode(node, 'title')), due: date(getNode(node, 'due')), done, owner: str(getNode(node, 'owner')) };
}

function items<T>(node: unknown, read: (n: unknown) => T | undefined): T[] {
  if (!isSeq(node)) return [];
  const out: T[] = [];
  for (const it of node.items) { const r = read(it); if (r) out.push(r); }
  return out;
}

export function readCriterion(file: DossierFile): CriterionEntry {
  const top = file.source.doc.contents;
  const idNode = getNode(top, 'criterion') ?? undefined;
  const text = scalarText(idNode);
  const entry: CriterionEntry = {
    file, idNode: idNode ?? undefined, text,
    id: text !== undefined ? parseCriterionCode(text)?.criterion : undefined,
    reviewed: date(getNode(top, 'reviewed')),
    owner: str(getNode(top, 'owner')),
    elementsPair: getPair(top, 'elements'),
    elements: [],
  };
  const elements = entry.elementsPair?.value;
  if (isMap(elements)) {
    for (const pair of elements.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const parsed = parseElementCode(key);
      const value = pair.value as Node | null;
      const status = str(getNode(value, 'status'));
      entry.elements.push({
        key, keyNode: pair.key as Node, code: parsed?.element, keyCriterion: parsed?.criterion, valueNode: value,
        status, justification: scalarText(getNode(value, 'justification')),
        evidence: items(getNode(value, 'evidence'), readEvidence),
        actions: items(getNode(value, 'actions'), readAction),
      });
    }
  }
  return entry;
}

export function readManifest(file: DossierFile): Manifest {
  const top = file.source.doc.contents;
  const scopePair = getPair(top, 'scope');
  const calistaPair = getPair(top, 'calista');
  const visit = getNode(top, 'visit');
  const certPair = getPair(top, 'certification');
  const rolesPair = getPair(top, 'roles');
  const providersPair = getPair(top, 'providers');
  const m: Manifest = {
    file,
    manual: str(getNode(top, 'manual')),
    finess: str(getNode(getNode(top, 'establishment'), 'finess')),
    visitStart: date(getNode(visit, 'start')),
    scope: items(scopePair?.value, str),
    scopeKeyNode: scopePair?.key ?? undefined,
    calistaKeyNode: calistaPair?.key ?? undefined,
    calista: items(calistaPair?.value, readEvidence),
    freshness: new Map(),
    rules: new Map(),
    visitKeyNode: getPair(top, 'visit')?.key ?? undefined,
    documentsReady: str(getNode(visit, 'documents_ready')),
    certification: certPair?.key ? { keyNode: certPair.key, decision: str(getNode(certPair.value, 'decision')), date: date(getNode(certPair.value, 'date')) } : undefined,
    rolesKeyNode: rolesPair?.key ?? undefined,
    providers: items(providersPair?.value, readProvider),
    providersKeyNode: providersPair?.key ?? undefined,
  };
  if (isMap(rolesPair?.value)) {
    m.roles = new Map();
    for (const pair of rolesPair!.value.items) {
      if (!isScalar(pair.key)) continue;
      const id = String(pair.key.value);
      // `rssi: Jeanne Martin` (who holds it) or `rssi: { title: RSSI, name: Jeanne Martin }`
      const v = pair.value;
      m.roles.set(id, isMap(v)
        ? { id, keyNode: pair.key as Node, title: scalarText(getNode(v, 'title')), name: scalarText(getNode(v, 'name')) }
        : { id, keyNode: pair.key as Node, name: scalarText(v) });
    }
  }
  for (const [key, target] of [['freshness', m.freshness], ['rules', m.rules]] as const) {
    const node = getNode(top, key);
    if (!isMap(node)) continue;
    for (const pair of node.items) {
      const v = str(pair.value);
      if (isScalar(pair.key) && v) target.set(String(pair.key.value), v);
    }
  }
  return m;
}

function readProvider(node: unknown): ProviderEntry | undefined {
  if (!isMap(node)) return undefined;
  const hds = getNode(node, 'hds');
  return {
    node: node as Node,
    name: scalarText(getNode(node, 'name')),
    service: scalarText(getNode(node, 'service')),
    hdsCertificate: str(getNode(hds, 'certificate')),
    hdsValidUntil: date(getNode(hds, 'valid_until')),
    pcaPra: str(getNode(node, 'pca_pra')),
  };
}

/** Key node of a top-level entry of a file (for dossier-wide findings that sit on dossier.yaml). */
export function topKeyNode(file: DossierFile, key: string): Node | undefined {
  return getPair(file.source.doc.contents, key)?.key ?? undefined;
}

export type { Catalogue };
