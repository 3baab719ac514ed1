/** Completion of criterion codes, ee codes, statuses, evidence kinds, scopes, paths, dates, keys. */
import { addDuration, formatDuration, parseDuration } from '../dates.js';
import { STATUSES } from '../schemaGen.js';
import { RULE_CODES } from '../rules/index.js';
import { placeholder } from './snippet.js';
import { yamlContextAt } from './yamlContext.js';
import { CERTIFICATION_DECISIONS } from '../model.js';
import { DECISION_LABELS, type Decision } from '../visit.js';
import type { CompletionItem, LanguageContext } from './types.js';
import type { Position, Range } from '../yamlSource.js';
import { t } from '../l10n/index.js';
import { escapeMarkdown } from '../text/markdown.js';

const STATUS_LABELS: Record<string, { fr: string; en: string }> = {
  conforme: { fr: 'Conforme', en: 'Compliant' },
  partiel: { fr: 'Partiellement conforme', en: 'Partly compliant' },
  'non-conforme': { fr: 'Non conforme', en: 'Not compliant' },
  'non-applicable': { fr: 'Non applicable (justification requise)', en: 'Not applicable (justification required)' },
  'a-evaluer': { fr: 'À évaluer', en: 'To be evaluated' },
};

const DATE_KEYS = new Set(['date', 'expires', 'due', 'reviewed', 'uploaded', 'start', 'done', 'valid_until']);
const FILE_KEYS = new Set(['file', 'pca_pra', 'action_plan', 'lessons']);
const MAX_FILES = 2000;

const ELEMENT_KEYS = ['status', 'justification', 'evidence', 'actions'];
const EVIDENCE_KEYS = ['title', 'kind', 'file', 'url', 'date', 'validated_by', 'expires', 'findings', 'action_plan', 'lessons'];
const PROVIDER_KEYS = ['name', 'service', 'hds', 'pca_pra'];
const ACTION_KEYS = ['title', 'due', 'owner', 'done'];
const CRITERION_KEYS = ['criterion', 'owner', 'reviewed', 'elements'];
const MANIFEST_KEYS = ['manual', 'establishment', 'visit', 'certification', 'roles', 'providers', 'scope', 'calista', 'freshness', 'rules'];

export function doComplete(ctx: LanguageContext, pos: Position): CompletionItem[] {
  const c = yamlContextAt(ctx.text, pos);
  const range: Range = { start: { line: pos.line, character: c.prefixStart }, end: pos };
  const cat = ctx.result.catalogue;
  const lang = ctx.lang;
  const isManifest = ctx.path === 'dossier.yaml';
  const parent = c.path.at(-1);
  const items: CompletionItem[] = [];
  const add = (item: Omit<CompletionItem, 'range'>) => items.push({ range, ...item });

  if (c.key === undefined && !c.inSequenceItem) {
    // A key is being typed.
    if (!isManifest && c.path.length === 1 && parent === 'elements') {
      const entry = ctx.result.dossier.criteria.find(e => e.file.path === ctx.path);
      const criterion = entry?.id ? cat?.criteria.get(entry.id) : undefined;
      const present = new Set(entry?.elements.map(e => e.code));
      for (const el of criterion?.elements ?? []) {
        if (present.has(el.id)) continue;
        add({
          label: el.id, kind: 'reference', detail: el.method ? `${el.method} — ${cat!.methodLabel(el.method)}` : undefined,
          documentation: el.text ? escapeMarkdown(el.text) : t(lang, 'completion.noText'),
          // relative indentation (the editor indents continuation lines like the line accepted on);
          // the status selected, to be typed over
          insertText: `${el.id}:\n  status: ${placeholder(1, 'a-evaluer')}`, snippet: true, sortText: el.id,
        });
      }
      return items;
    }
    if (isManifest && c.path.length === 1 && parent === 'roles') {
      // the roles of the catalogue not declared yet
      const declared = ctx.result.dossier.manifest?.roles;
      for (const r of cat?.data.roles ?? []) {
        if (declared?.has(r.id)) continue;
        add({ label: r.id, kind: 'property', detail: r.title, insertText: `${r.id}:\n  name: $1`, snippet: true, sortText: r.id });
      }
      return items;
    }
    const keys = isManifest
      ? (c.path.length === 0 ? MANIFEST_KEYS : parent === 'rules' ? [...RULE_CODES] : parent === 'freshness' ? cat?.data.evidenceKinds.map(k => k.id) ?? []
        : parent === 'establishment' ? ['name', 'finess'] : parent === 'visit' ? ['start', 'documents_ready'] : parent === 'certification' ? ['decision', 'date']
          : parent === 'providers' ? PROVIDER_KEYS : parent === 'hds' ? ['certificate', 'valid_until'] : c.path.length === 2 && c.path[0] === 'roles' ? ['title', 'name'] : [])
      : c.path.length === 0 ? CRITERION_KEYS
        : c.path.length === 2 && c.path[0] === 'elements' ? ELEMENT_KEYS
          : parent === 'evidence' ? EVIDENCE_KEYS : parent === 'actions' ? ACTION_KEYS : [];
    for (const k of keys) add({ label: k, kind: 'property', insertText: `${k}: ` });
    return items;
  }
  if (c.inSequenceItem && c.key === undefined) {
    if (parent === 'scope') return scopes();
    const keys = parent === 'evidence' ? EVIDENCE_KEYS : parent === 'actions' ? ACTION_KEYS : parent === 'calista' ? ['kind', 'title', 'file', 'url', 'uploaded'] : parent === 'providers' ? PROVIDER_KEYS : [];
    for (const k of keys) add({ label: k, kind: 'property', insertText: `${k}: ` });
    return items;
  }

  const key = c.key!;
  if (key === 'criterion' && c.path.length === 0 && !isManifest) {
    const taken = new Set(ctx.result.dossier.criteria.filter(e => e.file.path !== ctx.path).map(e => e.id));
    for (const cr of cat?.criteria.values() ?? []) {
      add({ label: cr.id, kind: 'reference', detail: cr.title, documentation: taken.has(cr.id) ? t(lang, 'completion.taken') : undefined, sortText: `${taken.has(cr.id) ? 1 : 0}${cr.id}` });
    }
  } else if (key === 'status') {
    for (const s of STATUSES) add({ label: s, kind: 'enum', detail: STATUS_LABELS[s][ctx.lang] });
  } else if (key === 'kind') {
    const kinds = parent === 'calista' ? cat?.data.calista.documents.map(id => cat.evidenceKinds.get(id)!) : cat?.data.evidenceKinds;
    for (const k of kinds ?? []) add({ label: k.id, kind: 'enum', detail: k.title, documentation: k.maxAge ? t(lang, 'completion.maxAge', { duration: k.maxAge.duration, basis: k.maxAge.basis }) : undefined });
  } else if (key === 'scope' && c.inFlowSequence) {
    return scopes();
  } else if (key === 'decision' && parent === 'certification') {
    for (const d of CERTIFICATION_DECISIONS) add({ label: d, kind: 'enum', detail: DECISION_LABELS[d][ctx.lang], documentation: decisionDoc(d) });
  } else if (key === 'owner') {
    const declared = ctx.result.dossier.manifest?.roles;
    const roles = declared ? [...declared.values()].map(r => ({ id: r.id, title: r.title ?? cat?.data.roles?.find(x => x.id === r.id)?.title, name: r.name })) : (cat?.data.roles ?? []).map(r => ({ id: r.id, title: r.title, name: undefined }));
    for (const r of roles) add({ label: r.id, kind: 'value', detail: [r.title, r.name].filter(Boolean).join(' — ') || undefined });
  } else if (FILE_KEYS.has(key)) {
    const root = ctx.result.root;
    const files = ctx.result.dossier.host.listFiles?.(root, MAX_FILES) ?? [];
    for (const f of files) {
      if (/\.ya?ml$/i.test(f) && f !== ctx.path && ctx.result.dossier.files.some(d => d.path === f)) continue;
      if (f === 'dossier.yaml') continue;
      add({ label: f, kind: 'file', sortText: f.startsWith('preuves/') ? `0${f}` : `1${f}` });
    }
  } else if (DATE_KEYS.has(key)) {
    const asOf = ctx.result.asOf;
    add({ label: asOf, kind: 'date', detail: t(lang, 'completion.today'), sortText: '0' });
    if (key === 'due' || key === 'expires') add({ label: addDuration(asOf, { amount: 1, unit: 'month', text: '' }), kind: 'date', detail: t(lang, 'completion.inAMonth'), sortText: '1' });
    if (key === 'done') { add({ label: 'false', kind: 'value', sortText: '2' }); add({ label: 'true', kind: 'value', sortText: '3' }); }
  } else if (key === 'manual') {
    for (const id of ctx.registry.bundledIds()) add({ label: id, kind: 'value' });
  } else if (parent === 'rules' && isManifest) {
    for (const s of ['error', 'warning', 'info', 'off']) add({ label: s, kind: 'enum' });
  }
  return items;

  function decisionDoc(d: Decision): string | undefined {
    const cycle = cat?.data.certification;
    if (!cycle) return undefined;
    const span = (s: string) => { const p = parseDuration(s); return p ? formatDuration(p, ctx.lang) : s; };
    if (d === 'certifie' || d === 'certifie-mention') return t(lang, 'completion.validFor', { validity: span(cycle.validity) });
    const w = d === 'certifie-sous-conditions' ? cycle.conditional : cycle.refused;
    return w ? t(lang, 'hover.newVisit', { from: span(w.from), to: span(w.to) }) : undefined;
  }

  function scopes(): CompletionItem[] {
    const present = new Set(ctx.result.dossier.manifest?.scope.map(s => s.value));
    for (const s of cat?.data.scopes ?? []) if (!present.has(s.id) && s.id !== 'tout-l-etablissement') add({ label: s.id, kind: 'enum', detail: s.label });
    return items;
  }
}
