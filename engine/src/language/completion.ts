/** Completion of criterion codes, ee codes, statuses, evidence kinds, scopes, paths, dates, keys. */
import { addDuration } from '../dates.js';
import { elementsState, WHOLE_ESTABLISHMENT } from '../catalogue.js';
import { CRITERION_CODE } from '../codes.js';
import { appliesTo } from '../scaffold.js';
import { scopeIdsOf } from '../scopes.js';
import { RULE_CODES } from '../rules/index.js';
import { escapeSnippet, placeholder } from './snippet.js';
import { yamlScalar } from '../text/yaml.js';
import { yamlContextAt } from './yamlContext.js';
import {
  CERTIFICATION_DECISIONS,
  cycleSentence,
  DECISION_LABELS,
  fileFormat,
  itemsOf,
  nodeAt,
  SEVERITY_SETTINGS,
  STATUS_TERMS,
  STATUSES,
  type FormatNode,
  type Source,
} from '../format/index.js';
import { ADJUST_INDENTATION, COMPLETION_KIND, SNIPPET_FORMAT, type CompletionItem, type LanguageContext } from './types.js';
import type { Position, Range } from '../yamlSource.js';
import { t } from '../l10n/index.js';
import { escapeMarkdown } from '../text/markdown.js';
import { splitLines } from '../yamlSource.js';
import type { EvidenceKind } from '../catalogue.js';
import { describeKind } from './hover.js';

const MAX_FILES = 2000;
/** `criterion: 3.4-05` (or its `Crit.` form, quoted or not) as typed, before it parses */
const CRITERION_LINE = new RegExp(`^criterion:[ \\t]*["']?(?:Crit\\.)?(${CRITERION_CODE})\\b`, 'm');

/** A row as the features below make it; `toCompletionItem` makes it LSP's. */
interface Item {
  label: string;
  kind: keyof typeof COMPLETION_KIND;
  detail?: string;
  /** shown on every row: `detail` right after the label, `description` after it */
  labelDetails?: { detail?: string; description?: string };
  /** Markdown */
  documentation?: string;
  /** text that replaces `range` (defaults to the label) */
  insertText?: string;
  /** insertText is a snippet (`${1:a-evaluer}`: where the user types next) */
  snippet?: boolean;
  range: Range;
  sortText?: string;
  filterText?: string;
}

/**
 * The completion at `pos`, as LSP's items for the richest client: snippets (`${1:a-evaluer}`,
 * `insertTextFormat: Snippet`), labelDetails, and lines after the first indented relative to the
 * line, i.e. to the indentation before the edit's start (`insertTextMode: adjustIndentation`);
 * `snippetText` and `indentContinuation` give the plain, absolute text for other clients.
 */
export function doComplete(ctx: LanguageContext, pos: Position): CompletionItem[] {
  return complete(ctx, pos).map(toCompletionItem);
}

function toCompletionItem(i: Item): CompletionItem {
  const newText = i.insertText ?? i.label;
  return {
    label: i.label,
    kind: COMPLETION_KIND[i.kind],
    detail: i.detail,
    sortText: i.sortText,
    filterText: i.filterText ?? i.label,
    ...(i.labelDetails ? { labelDetails: i.labelDetails } : {}),
    documentation: i.documentation ? { kind: 'markdown', value: i.documentation } : undefined,
    textEdit: { range: i.range, newText },
    ...(i.snippet ? { insertTextFormat: SNIPPET_FORMAT } : {}),
    ...(newText.includes('\n') ? { insertTextMode: ADJUST_INDENTATION } : {}),
  };
}

function complete(ctx: LanguageContext, pos: Position): Item[] {
  const c = yamlContextAt(ctx.text, pos);
  const range: Range = { start: { line: pos.line, character: c.prefixStart }, end: pos };
  const cat = ctx.result.catalogue;
  const lang = ctx.lang;
  const isManifest = ctx.path === 'dossier.yaml';
  const items: Item[] = [];
  const add = (item: Omit<Item, 'range'> & { range?: Range }) => items.push({ range, ...item });

  const format = fileFormat(isManifest ? 'manifest' : 'criterion');

  if (c.key === undefined && !c.inSequenceItem) {
    // An ee code typed under `elements:` at another indentation than its elements' (at the column
    // of `elements:` after Enter, say): the codes, written at the elements' indentation.
    const slot = isManifest ? undefined : misplacedElementSlot(ctx.text, pos, c.prefix, c.prefixStart);
    if (slot !== undefined) return elementCodes(slot);
    // A key is being typed: the keys of the map the cursor is in (inside a sequence, of its items).
    const here = nodeAt(format, c.path);
    return here ? keysOf(itemsOf(here)) : items;
  }
  if (c.inSequenceItem && c.key === undefined) {
    // After `- `: a key of the items' map, or a value of a list of scalars (`scope:`).
    const here = nodeAt(format, c.path);
    if (!here || here.type !== 'list') return items;
    const item = itemsOf(here);
    return item.type === 'map' ? keysOf(item) : valuesOf(item);
  }

  // A value is being typed: the values of the key's node (of its items, inside `[ … ]`).
  const node = nodeAt(format, [...c.path, c.key!]);
  if (!node) return items;
  if (node.type === 'list') return c.inFlowSequence ? valuesOf(itemsOf(node)) : items;
  return valuesOf(node);

  function keysOf(node: FormatNode): Item[] {
    if (node.type === 'map') {
      for (const [k, v] of Object.entries(node.keys)) add({ label: k, kind: 'property', documentation: v.doc?.[ctx.lang], insertText: `${yamlScalar(k)}: ` });
    } else if (node.type === 'dict') {
      if (node.keysFrom === 'catalogue-elements') {
        elementCodes();
      } else if (node.keysFrom === 'roles') {
        // the roles of the catalogue not declared yet
        const declared = ctx.result.dossier.manifest?.roles;
        for (const r of cat?.data.roles ?? []) {
          if (declared?.has(r.id)) continue;
          add({ label: r.id, kind: 'property', detail: r.title, insertText: `${escapeSnippet(yamlScalar(r.id))}:\n  name: $1`, snippet: true, sortText: r.id });
        }
      } else {
        const keys =
          node.keysFrom === 'rule-codes' ? [...RULE_CODES] : node.keysFrom === 'evidence-kinds' ? (cat?.data.evidenceKinds.map(k => k.id) ?? []) : [];
        for (const k of keys) add({ label: k, kind: 'property', insertText: `${yamlScalar(k)}: ` });
      }
    }
    return items;
  }

  /**
   * The element codes the criterion lacks. `indent`: they go at that column, replacing the line's
   * indentation (the range starts at column 0, so the editor adds nothing to their continuation
   * lines); else at the cursor, continuation lines relative to the line.
   */
  function elementCodes(indent?: number): Item[] {
    const entry = ctx.result.dossier.criteria.find(e => e.file.path === ctx.path);
    const criterion = entry?.id ? cat?.criteria.get(entry.id) : undefined;
    const present = new Set(entry?.elements.map(e => e.code));
    if (criterion && elementsState(criterion) === 'unknown') {
      // nothing to offer, and the reason said where the codes would be
      add({
        label: t(lang, 'completion.elementsUnknown', { id: criterion.id }),
        kind: 'text',
        insertText: '',
        filterText: c.prefix || 'ee',
        sortText: '~',
        detail: t(lang, 'completion.elementsUnknownDetail'),
        documentation: t(lang, 'completion.elementsUnknownDoc', { id: criterion.id }),
      });
      return items;
    }
    const pad = indent === undefined ? '' : ' '.repeat(indent);
    const whole: Range | undefined = indent === undefined ? undefined : { start: { line: pos.line, character: 0 }, end: pos };
    for (const el of criterion?.elements ?? []) {
      if (present.has(el.id)) continue;
      add({
        label: el.id,
        kind: 'reference',
        detail: el.method ? `${el.method} — ${cat!.methodLabel(el.method)}` : undefined,
        documentation: el.text ? escapeMarkdown(el.text) : t(lang, 'completion.noText'),
        // relative indentation (the editor indents continuation lines like the line accepted on);
        // the status selected, to be typed over
        insertText: `${pad}${escapeSnippet(yamlScalar(el.id))}:\n${pad}  status: ${placeholder(1, 'a-evaluer')}`,
        snippet: true,
        sortText: el.id,
        filterText: el.id,
        ...(whole ? { range: whole } : {}),
      });
    }
    return items;
  }

  /** The criterion of this file: from the last check, else from its `criterion:` line as typed. */
  function criterionOfFile(): string | undefined {
    const entry = ctx.result.dossier.criteria.find(e => e.file.path === ctx.path);
    if (entry?.id) return entry.id;
    const m = CRITERION_LINE.exec(ctx.text);
    return m?.[1];
  }

  /**
   * The evidence kinds: those the catalogue expects for the element the cursor is in first, then
   * those it expects for the criterion's other elements, then the others, alphabetically in each
   * group; each with its title on its row and in full in its documentation.
   */
  function evidenceKinds(kinds: EvidenceKind[], ranked: boolean): void {
    const criterion = ranked && c.path[0] === 'elements' ? criterionOfFile() : undefined;
    const element = criterion ? c.path[1] : undefined;
    const forElement = new Set(criterion && element && cat ? cat.evidenceFor(criterion, element).map(k => k.id) : []);
    const forCriterion = new Set(criterion && cat ? cat.evidenceFor(criterion).map(k => k.id) : []);
    kinds.forEach((k, i) => {
      const tier = forElement.has(k.id) ? 0 : forCriterion.has(k.id) ? 1 : 2;
      const mark =
        tier === 0
          ? t(lang, 'completion.kindForElement', { element: element! })
          : tier === 1
            ? t(lang, 'completion.kindForCriterion', { criterion: criterion! })
            : undefined;
      const why =
        tier === 0
          ? t(lang, 'completion.kindForElementDoc', { manual: cat!.id, criterion: criterion!, element: element! })
          : tier === 1
            ? t(lang, 'completion.kindForCriterionDoc', { manual: cat!.id, criterion: criterion! })
            : undefined;
      add({
        label: k.id,
        kind: 'enum',
        // on every row: whether it is expected here, and the title (the editor cuts a long one: it is whole in the documentation)
        labelDetails: { ...(mark ? { detail: ` · ${mark}` } : {}), description: k.title },
        detail: mark ? `${k.title} (${mark})` : k.title,
        documentation: [why && `*${escapeMarkdown(why)}*`, describeKind(cat!, k, lang)].filter(Boolean).join('\n\n'),
        sortText: ranked ? `${tier}${k.id}` : String(i).padStart(4, '0'),
        filterText: k.id,
      });
    });
  }

  function valuesOf(node: FormatNode): Item[] {
    if (node.type === 'list' || node.type === 'map' || node.type === 'dict') return items;
    const source: Source | undefined = node.values;
    if (source === 'criteria') {
      // the criteria of the dossier's scope first, those already in the dossier after, those outside the scope last
      const taken = new Set(ctx.result.dossier.criteria.filter(e => e.file.path !== ctx.path).map(e => e.id));
      const scope = cat ? scopeIdsOf(cat, ctx.result.dossier.manifest?.scope.map(s => s.value) ?? []) : new Set<string>();
      for (const cr of cat?.criteria.values() ?? []) {
        const inScope = appliesTo(cr, scope);
        const level = cr.level ? cat!.data.levels[cr.level][ctx.lang] : undefined;
        const notes = [
          cr.level === 'imperatif' ? t(lang, 'completion.imperative') : undefined,
          taken.has(cr.id) ? t(lang, 'completion.taken') : undefined,
          inScope ? undefined : t(lang, 'completion.outOfScope', { champs: escapeMarkdown(cr.scopes!.map(x => cat!.scopeLabel(x)).join(', ')) }),
        ].filter(Boolean);
        add({
          label: cr.id,
          kind: 'reference',
          detail: [cr.level === 'imperatif' ? `⚠ ${level}` : level, cr.title].filter(Boolean).join(' · '),
          documentation: notes.length ? notes.join('\n\n') : undefined,
          sortText: `${taken.has(cr.id) ? 1 : inScope ? 0 : 2}${cr.id}`,
        });
      }
    } else if (source === 'statuses') {
      for (const s of STATUSES) add({ label: s, kind: 'enum', detail: STATUS_TERMS[s].doc[ctx.lang] });
    } else if (source === 'evidence-kinds' || source === 'calista-documents') {
      const kinds = source === 'calista-documents' ? cat?.data.calista.documents.map(id => cat.evidenceKinds.get(id)!) : cat?.data.evidenceKinds;
      if (kinds) evidenceKinds(kinds, !isManifest);
    } else if (source === 'scopes') {
      return scopes();
    } else if (source === 'decisions') {
      for (const d of CERTIFICATION_DECISIONS)
        add({ label: d, kind: 'enum', detail: DECISION_LABELS[d][ctx.lang], documentation: cycleSentence(d, cat?.data.certification, ctx.lang) });
    } else if (source === 'roles') {
      const declared = ctx.result.dossier.manifest?.roles;
      const roles = declared
        ? [...declared.values()].map(r => ({ id: r.id, title: r.title ?? cat?.data.roles?.find(x => x.id === r.id)?.title, name: r.name }))
        : (cat?.data.roles ?? []).map(r => ({ id: r.id, title: r.title, name: undefined }));
      for (const r of roles) add({ label: r.id, kind: 'value', detail: [r.title, r.name].filter(Boolean).join(' — ') || undefined });
    } else if (node.file) {
      const root = ctx.result.root;
      const files = ctx.result.dossier.host.listFiles?.(root, MAX_FILES) ?? [];
      for (const f of files) {
        if (/\.ya?ml$/i.test(f) && f !== ctx.path && ctx.result.dossier.files.some(d => d.path === f)) continue;
        if (f === 'dossier.yaml') continue;
        // a path with `: `, ` #` or a leading quote is written quoted (it stays one value)
        add({ label: f, kind: 'file', insertText: yamlScalar(f), sortText: f.startsWith('preuves/') ? `0${f}` : `1${f}` });
      }
    } else if (node.type === 'date' || node.type === 'date-or-boolean') {
      const asOf = ctx.result.asOf;
      add({ label: asOf, kind: 'date', detail: t(lang, 'completion.today'), sortText: '0' });
      if (node.ahead)
        add({ label: addDuration(asOf, { amount: 1, unit: 'month', text: '' }), kind: 'date', detail: t(lang, 'completion.inAMonth'), sortText: '1' });
      if (node.type === 'date-or-boolean') {
        add({ label: 'false', kind: 'value', sortText: '2' });
        add({ label: 'true', kind: 'value', sortText: '3' });
      }
    } else if (source === 'manuals') {
      for (const id of ctx.registry.bundledIds()) add({ label: id, kind: 'value' });
    } else if (source === 'severity-settings') {
      for (const s of SEVERITY_SETTINGS) add({ label: s, kind: 'enum' });
    }
    return items;
  }

  function scopes(): Item[] {
    const present = new Set(ctx.result.dossier.manifest?.scope.map(s => s.value));
    for (const s of cat?.data.scopes ?? []) if (!present.has(s.id) && s.id !== WHOLE_ESTABLISHMENT) add({ label: s.id, kind: 'enum', detail: s.label });
    return items;
  }
}

/**
 * The column where an element code typed on this line belongs, when the line is under
 * `elements:` but not at its elements' indentation (at the column of `elements:`, or between it
 * and its elements'); undefined when the code is typed where it belongs, or elsewhere.
 */
export function misplacedElementSlot(text: string, pos: Position, prefix: string, prefixStart: number): number | undefined {
  // `e` too: an editor that opened its list on the first letter filters that list as the user types on
  if (!/^(e|ee\d{0,2})$/i.test(prefix)) return undefined;
  const lines = splitLines(text);
  const line = lines[pos.line] ?? '';
  if (!/^ *$/.test(line.slice(0, prefixStart))) return undefined;
  const at = prefixStart;
  const indentOf = (l: string) => l.length - l.trimStart().length;
  const blank = (l: string) => l.trim() === '' || l.trimStart().startsWith('#');
  for (let i = pos.line - 1; i >= 0; i--) {
    const l = lines[i];
    if (blank(l)) continue;
    const ind = indentOf(l);
    if (ind > at) continue; // deeper: inside the block above
    if (!/^ *elements[ \t]*:[ \t]*(#.*)?$/.test(l)) return undefined; // another key owns this line
    // the elements' own column: that of the first one written, else two more than `elements:`
    let child = ind + 2;
    for (let j = i + 1; j < lines.length; j++) {
      if (j === pos.line || blank(lines[j])) continue;
      const cj = indentOf(lines[j]);
      if (cj <= ind) break;
      child = cj;
      break;
    }
    return child === at ? undefined : child;
  }
  return undefined;
}
