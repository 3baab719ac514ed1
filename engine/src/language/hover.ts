/**
 * Hover on criterion and ee codes wherever they appear (values, keys, the manual's reference
 * form `Crit.3.4-05-ee01-ASY` in strings and comments), on evidence kinds and on rule codes.
 * What the catalogue does not source is said to be absent, never filled in.
 */
import { proofText } from '../proof.js';
import { elementsState, type Catalogue, type CatalogueCriterion, type EvidenceKind, type Grade } from '../catalogue.js';
import { ELEMENT_CODE_PATTERN, REFERENCE_PATTERN, SHORT_CODE_PATTERN } from '../codes.js';
import { formatDuration, parseDuration } from '../dates.js';
import { RULES_BY_CODE } from '../rules/index.js';
import type { Lang, RuleCode } from '../types.js';
import type { Position, Range } from '../yamlSource.js';
import type { LanguageContext, MarkdownHover } from './types.js';
import { yamlContextAt } from './yamlContext.js';
import { cycleSentence, DECISION_LABELS, fileFormat, isDecision, nodeAt, type Decision, type FormatNode } from '../format/index.js';
import { MANIFEST } from '../host.js';
import { colon, t, words } from '../l10n/index.js';
import { escapeMarkdown } from '../text/markdown.js';
import { lineReader } from '../yamlSource.js';

/** Text of the catalogue (a team's own grid, too) in a hover: shown as text, never as a link, an image or HTML. */
const md = (s: string) => escapeMarkdown(s);

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokenAt(line: string, character: number, pattern: RegExp): (Token & { match: RegExpExecArray }) | undefined {
  const re = new RegExp(pattern.source, 'g');
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (character >= m.index && character <= m.index + m[0].length) return { text: m[0], start: m.index, end: m.index + m[0].length, match: m };
  }
  return undefined;
}

const REF = REFERENCE_PATTERN;
const CRITERION = SHORT_CODE_PATTERN;
const ELEMENT = ELEMENT_CODE_PATTERN;
const WORD = /[a-z][a-z0-9-]*/;

/** The hover at `pos`: Markdown (what comes from a dossier or a catalogue escaped), over the word it describes. */
export function doHover(ctx: LanguageContext, pos: Position): MarkdownHover | undefined {
  const h = hoverText(ctx, pos);
  return h && { contents: { kind: 'markdown', value: h.contents }, range: h.range };
}

function hoverText(ctx: LanguageContext, pos: Position): { contents: string; range: Range } | undefined {
  const cat = ctx.result.catalogue;
  if (!cat) return undefined;
  const lines = lineReader(ctx.text);
  const line = lines(pos.line) ?? '';
  const range = (t: Token): Range => ({ start: { line: pos.line, character: t.start }, end: { line: pos.line, character: t.end } });

  const ref = tokenAt(line, pos.character, REF) ?? tokenAt(line, pos.character, CRITERION);
  const c = yamlContextAt(ctx.text, { line: pos.line, character: line.length }, lines);
  if (ref) {
    // on `criterion:` of its own file, the team's comment on the criterion follows the manual's words
    const own = c.path.length === 0 && c.key === 'criterion' ? ctx.result.dossier.criteria.find(e => e.file.path === ctx.path) : undefined;
    return {
      contents: [describeCode(cat, ref.match[1], ref.match[2], ctx.lang), own?.comment ? commentLine(own.comment, ctx.lang) : ''].filter(Boolean).join('\n\n'),
      range: range(ref),
    };
  }

  const el = tokenAt(line, pos.character, ELEMENT);
  if (el && c.path.length === 1 && c.path[0] === 'elements') {
    const entry = ctx.result.dossier.criteria.find(e => e.file.path === ctx.path);
    if (entry?.id) {
      const element = entry.elements.find(e => e.code === el.text);
      const proof = ctx.result.proof.find(p => p.file === ctx.path && p.element === el.text);
      const team = [
        proof && (proof.status === 'conforme' || proof.status === 'non-applicable')
          ? `**${t(ctx.lang, 'hover.declared')}** ${proof.status} · ${md(proofText(proof, ctx.lang))}`
          : '',
        element?.comment ? commentLine(element.comment, ctx.lang) : '',
      ];
      return { contents: [describeCode(cat, entry.id, el.text, ctx.lang), ...team].filter(Boolean).join('\n\n'), range: range(el) };
    }
  }
  const format = fileFormat(ctx.path === MANIFEST ? 'manifest' : 'criterion');
  const valueNode = c.key === undefined ? undefined : nodeAt(format, [...c.path, c.key]);
  const values = valueNode && 'values' in valueNode ? valueNode.values : undefined;
  const word = tokenAt(line, pos.character, WORD);
  const keyText = c.key === undefined ? undefined : keyToken(line, c.key);
  if (keyText && valueNode?.doc && pos.character >= keyText.start && pos.character <= keyText.end) {
    return { contents: describeKey(c.key!, valueNode, ctx.lang), range: range(keyText) };
  }
  if (word && (values === 'evidence-kinds' || values === 'calista-documents')) {
    const kind = cat.evidenceKinds.get(word.text);
    if (kind) return { contents: describeKind(cat, kind, ctx.lang), range: range(word) };
  }
  if (word && values === 'decisions' && isDecision(word.text)) {
    return { contents: describeDecision(cat, word.text as Decision, ctx.lang), range: range(word) };
  }
  if (word && line.trimStart().startsWith('#') && RULES_BY_CODE.has(word.text as RuleCode)) {
    const rule = RULES_BY_CODE.get(word.text as RuleCode)!;
    return { contents: `**${rule.code}** (${rule.defaultSeverity})\n\n${rule.description[ctx.lang]}`, range: range(word) };
  }
  return undefined;
}

/** The key of a key line, where it is written (after indentation and dashes, maybe quoted). */
function keyToken(line: string, key: string): Token | undefined {
  const m = /^(\s*(?:-\s+)*)(["']?)/.exec(line)!;
  const start = m[1].length + m[2].length;
  return line.startsWith(key, start) ? { text: key, start, end: start + key.length } : undefined;
}

/** Hover on a key: its words and documentation, from the format. */
function describeKey(key: string, node: FormatNode, lang: Lang): string {
  const t = T[lang];
  const facts = [node.required ? t.required : undefined, node.type === 'date' ? t.dateFormat : undefined].filter(Boolean);
  return [`**${key}** — ${node.label?.[lang] ?? ''}${facts.length ? ` (${facts.join(', ')})` : ''}`, node.doc![lang]].join('\n\n');
}

const T = { fr: words('fr', 'hover'), en: words('en', 'hover') };

/** The team's `comment:`, quoted line by line. */
function commentLine(comment: string, lang: Lang): string {
  return `**${t(lang, 'hover.teamComment')}**\n\n${comment
    .trim()
    .split(/\r?\n/)
    .map(l => `> ${md(l)}`)
    .join('\n>\n')}`;
}

function sourceLine(cat: Catalogue, id: string | undefined, lang: Lang, grade?: Grade): string {
  const s = id ? cat.data.sources[id] : undefined;
  return s
    ? `*${T[lang].source}${colon(lang)} ${md(s.title)}${s.publisher ? ` — ${md(s.publisher)}` : ''}${s.date ? `, ${md(s.date)}` : ''}${grade ? ` — ${cat.gradeLabel(grade, lang)}` : ''}*`
    : '';
}

/** An evidence kind in full (title, where it is shown, maximum age, criteria, source): hover and completion. */
export function describeKind(cat: Catalogue, k: EvidenceKind, lang: Lang): string {
  const t = T[lang];
  const age = k.maxAge ? parseDuration(k.maxAge.duration) : undefined;
  const parts = [`**${md(k.id)}** — ${md(k.title)}`];
  const facts = [
    k.shown ? t[k.shown] : undefined,
    age ? `${t.maxAge} ${formatDuration(age, lang)} (${t[k.maxAge!.basis]})` : k.period && md(k.period),
    k.criteria?.length ? `${md(k.criteria.join(', '))}${k.criteriaNote ? ` (${t.interpretation})` : ''}` : undefined,
  ].filter(Boolean);
  if (facts.length) parts.push(facts.join(' · '));
  if (k.maxAge?.quote) parts.push(`> ${md(k.maxAge.quote)}`);
  if (k.criteriaNote) parts.push(`*${md(k.criteriaNote)}*`);
  if (k.followUp)
    parts.push(`${k.followUp.expects === 'action-plan' ? t.followPlan : t.followLessons}${k.followUp.quote ? `\n\n> ${md(k.followUp.quote)}` : ''}`);
  parts.push(sourceLine(cat, k.maxAge?.source ?? k.source, lang));
  return parts.filter(Boolean).join('\n\n');
}

/** ` (source secondaire …)`: how sure a fact is, said where it is less than a primary text. */
function graded(cat: Catalogue, grade: Grade | undefined, lang: Lang): string {
  return grade && grade !== 'seed-003' ? ` *(${cat.gradeLabel(grade, lang)})*` : '';
}

function header(cat: Catalogue, cr: CatalogueCriterion, lang: Lang): string[] {
  const t = T[lang];
  const ob = cat.objectiveOf(cr.id);
  const ch = cat.chapters.get(cr.id[0]);
  const level = cr.level
    ? `${cr.level === 'imperatif' ? `**${cat.data.levels[cr.level][lang]}**` : cat.data.levels[cr.level][lang]}${graded(cat, cr.levelGrade, lang)}`
    : `*${t.levelUnknown}*`;
  const scope = cr.scopes
    ? `${cr.scopes.map(s => md(cat.scopeLabel(s))).join(', ')}${cr.scopesGrade !== cr.grade ? graded(cat, cr.scopesGrade, lang) : ''}`
    : `*${t.wholeAssumed}*`;
  const methods = cr.methods?.length ? ` · ${t.methods}${colon(lang)} ${cr.methods.map(m => md(cat.methodLabel(m))).join(', ')}` : '';
  return [
    `**${t.criterion} ${cr.id}** — ${cr.title ? md(cr.title) : `*${t.notSourced}*`}`,
    `${t.chapter} ${ch?.id} — ${ch?.title ? md(ch.title) : t.notSourced} · ${t.objective} ${ob?.id} — ${ob?.title ? md(ob.title) : `*${t.notSourced}*`}`,
    `${t.level}${colon(lang)} ${level} · ${t.scope}${colon(lang)} ${scope}${methods}`,
  ];
}

function evidenceLine(cat: Catalogue, criterion: string, ee: string | undefined, lang: Lang): string {
  const kinds = cat.evidenceFor(criterion, ee);
  if (!kinds.length) return '';
  return `${T[lang].evidence}${colon(lang)} ${kinds
    .map(k => {
      const age = k.maxAge ? parseDuration(k.maxAge.duration) : undefined;
      return `\`${k.id}\` — ${md(k.title)}${age ? ` (${T[lang].maxAge} ${formatDuration(age, lang)}, ${T[lang][k.maxAge!.basis]})` : ''}`;
    })
    .join(' ; ')}`;
}

export function describeCode(cat: Catalogue, criterion: string, ee: string | undefined, lang: Lang): string {
  const t = T[lang];
  const cr = cat.criteria.get(criterion);
  const fill = (s: string) =>
    s
      .replace('{id}', cat.id)
      .replace('{c}', criterion)
      .replace('{e}', ee ?? '');
  if (!cr) {
    const ob = cat.objectiveOf(criterion);
    if (!ob) return `**${t.criterion} ${criterion}** ${fill(t.unknown)}`;
    return `**${t.criterion} ${criterion}${ee ? `-${ee}` : ''}** ${fill(t.uncatalogued)}\n\n${t.objective} ${ob.id} — ${ob.title ? md(ob.title) : `*${t.notSourced}*`}`;
  }
  const sources = [...new Set([cr.source, cr.levelSource, cr.scopesSource, cr.methodsSource])].map(s =>
    sourceLine(cat, s, lang, s === cr.source ? cr.grade : undefined),
  );
  if (!ee) {
    const list =
      elementsState(cr) === 'unknown'
        ? `${t.elements}${colon(lang)} ${t.elementsUnknown}`
        : `${t.elements}${colon(lang)} ${cr.elements.map(e => `${e.id}${e.method ? ` (${md(e.method)})` : ''}`).join(', ')}${cr.elementsComplete ? '' : ` (${t.partialList})`}`;
    return [...header(cat, cr, lang), list, cr.note ? `*${md(cr.note)}*` : '', evidenceLine(cat, criterion, undefined, lang), ...sources]
      .filter(Boolean)
      .join('\n\n');
  }
  const el = cr.elements.find(e => e.id === ee);
  if (!el && elementsState(cr) === 'unknown')
    return [`**${criterion}-${ee}**`, `${t.elements}${colon(lang)} ${t.elementsUnknown}`, ...header(cat, cr, lang), ...sources].filter(Boolean).join('\n\n');
  if (!el) return [`**${criterion}-${ee}** — ${fill(t.noElement)}`, ...header(cat, cr, lang)].join('\n\n');
  return [
    `**${criterion}-${ee}**${el.method ? ` · ${md(el.method)} — ${md(cat.methodLabel(el.method))}` : ''}`,
    el.text ? `> ${md(el.text)}` : `*${fill(t.noText)}*`,
    evidenceLine(cat, criterion, ee, lang),
    ...header(cat, cr, lang),
    sourceLine(cat, el.source, lang),
  ]
    .filter(Boolean)
    .join('\n\n');
}

function describeDecision(cat: Catalogue, d: Decision, lang: Lang): string {
  const cycle = cat.data.certification;
  const parts = [`**${DECISION_LABELS[d][lang]}** (\`${d}\`)`];
  if (cycle) {
    parts.push(cycleSentence(d, cycle, lang) ?? '');
    if (cycle.quote) parts.push(`> ${md(cycle.quote)}`);
    parts.push(sourceLine(cat, cycle.source, lang));
  }
  return parts.filter(Boolean).join('\n\n');
}
