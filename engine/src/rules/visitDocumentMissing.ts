import { isMap, isScalar, type Node, type Pair } from 'yaml';
import { formatDuration } from '../dates.js';
import { insertAfterLineOf, sameStart } from '../edits.js';
import { count, semicolon, t } from '../l10n/index.js';
import { yamlBlock } from '../text/yaml.js';
import type { EvidenceEntry } from '../model.js';
import { untypedEvidence, visitChecklist } from '../visit.js';
import { nodeRange, type YamlSource } from '../yamlSource.js';
import { defineRule, PROVIDER_PCA_KIND, type RuleFinding } from './rule.js';

/** The `title:` pair of an evidence item written as a block map (a flow map `{ … }` takes no new line). */
function titlePair(e: EvidenceEntry): Pair<Node, Node> | undefined {
  if (!isMap(e.node) || e.node.flow) return undefined;
  return e.node.items.find(p => isScalar(p.key) && p.key.value === 'title' && (p.value as Node | null)?.range) as Pair<Node, Node> | undefined;
}

/** `kind: <id>` on the line after the title, at the column of `title:`. */
function addKind(src: YamlSource, e: EvidenceEntry, kind: string) {
  const pair = titlePair(e)!;
  return insertAfterLineOf(src, pair.value!, yamlBlock({ kind }, nodeRange(src, pair.key).start.character));
}

export default defineRule({
  code: 'visit-document-missing',
  defaultSeverity: 'info',
  description: {
    fr: "Un document mis à disposition des experts-visiteurs pendant la visite (liste de la fiche CCECQA) n'est fourni par aucune preuve (une preuve sans `kind:` dont le titre le nomme est signalée sur elle, avec le correctif qui ajoute `kind:`), ou un fournisseur déclaré n'a pas de PCA / PRA ; avertissement dans les deux derniers mois avant la visite (`visit.documents_ready`).",
    en: 'A document made available to the expert visitors during the visit (the CCECQA list) is provided by no evidence (an evidence without `kind:` whose title names it is flagged on that evidence, with the fix that adds `kind:`), or a declared provider has no PCA/PRA; a warning in the last two months before the visit (`visit.documents_ready`).',
  },
  messages: {
    fr: {
      missing:
        'Document de visite absent : « {title} » ({kind}) est demandé par les experts-visiteurs{criteria} ; aucune preuve de ce type dans le dossier.{deadline}',
      missingMany:
        '{n} documents de visite absents, demandés par les experts-visiteurs : {list}. Aucune preuve de ces types dans le dossier (`has-dossier visit` les détaille).{deadline}',
      provider:
        "Le fournisseur « {provider} » n'a pas de PCA / PRA (« pca_pra: ») : les experts-visiteurs demandent les PCA / PRA des fournisseurs d'applications.{deadline}",
      untyped:
        'Cette preuve semble être le document de visite {document}, demandé par les experts-visiteurs{criteria} : sans « kind: {kind} », elle ne compte pas dans la liste de visite.{deadline}',
      addKind: 'Ajouter « kind: {kind} »',
    },
    en: {
      missing: 'Visit document missing: "{title}" ({kind}) is asked for by the expert visitors{criteria}; no evidence of this kind in the dossier.{deadline}',
      missingMany:
        '{n} visit documents missing, asked for by the expert visitors: {list}. No evidence of these kinds in the dossier (`has-dossier visit` details them).{deadline}',
      provider: 'Provider "{provider}" has no PCA/PRA ("pca_pra:"): the expert visitors ask for the application suppliers\' PCA/PRA.{deadline}',
      untyped:
        'This evidence seems to be the visit document {document}, asked for by the expert visitors{criteria}: without "kind: {kind}" it does not count in the visit checklist.{deadline}',
      addKind: 'Add "kind: {kind}"',
    },
  },
  fix(f: RuleFinding<{ kind: string; kinds?: string[]; provider?: string; untyped?: boolean }>, { src, element }) {
    if (!f.data?.untyped || !element) return [];
    // the evidence whose title the finding is on, still without a kind
    const e = element.evidence.find(ev => !ev.kind && titlePair(ev) && sameStart(nodeRange(src, titlePair(ev)!.value!), f.range));
    if (!e) return [];
    return [{ messageId: 'addKind', params: { kind: f.data.kind }, isPreferred: true, edits: [addKind(src, e, f.data.kind)] }];
  },
  check(ctx) {
    const m = ctx.dossier.manifest;
    if (!m) return;
    // a folder that could not be read may hold them: unreadable-file says so, none is called missing (as for criteria)
    if (ctx.dossier.unreadable.some(u => u.failure === 'unreadable-folder')) return;
    const list = visitChecklist(ctx, ctx.asOf, { presenceOnly: true });
    const upcoming = list.visitStart !== undefined && list.visitStart >= ctx.asOf;
    const late = upcoming && ctx.asOf >= list.readyBy!;
    const severity = late ? ('warning' as const) : undefined;
    // never "in 0 day(s)": today, tomorrow, in N days
    const when = !late ? 'soon' : list.daysLeft === 0 ? 'today' : list.daysLeft === 1 ? 'lateOne' : 'late';
    const deadline = !upcoming
      ? ''
      : t(ctx.lang, `rule.visitDeadline.${when}`, {
          readyBy: list.readyBy,
          readyBefore: formatDuration(list.readyBefore, ctx.lang),
          visit: list.visitStart,
          days: count(ctx.lang, 'count.day', list.daysLeft ?? 0),
        });
    const anchor = m.visitKeyNode ?? m.manual?.node ?? null;
    const q = (x: string) => t(ctx.lang, 'rule.quote', { text: x });
    const criteriaOf = (item: (typeof list.documents)[number]) =>
      item.criteria.length ? t(ctx.lang, 'rule.ofCriteria', { n: item.criteria.length, list: item.criteria.join(', ') }) : '';
    // a missing document that an evidence without `kind:` names by its title: said on that evidence, with the fix, not as missing
    const untyped = untypedEvidence(ctx);
    const named = new Set<string>();
    for (const item of list.documents) {
      if (!item.missing || item.providersWithout) continue;
      for (const site of untyped.get(item.kind.id) ?? []) {
        const pair = titlePair(site.evidence);
        if (!pair) continue;
        named.add(item.kind.id);
        ctx.report({
          file: site.file,
          node: pair.value,
          criterion: site.criterion,
          element: site.element,
          messageId: 'untyped',
          severity,
          params: { document: `${q(item.kind.title)} (${item.kind.id})`, kind: item.kind.id, criteria: criteriaOf(item), deadline },
          data: { kind: item.kind.id, untyped: true },
        });
      }
    }
    // the documents missing share one place (`visit:`): one finding lists them all, rather than a wall of findings on one line
    const missing = list.documents.filter(item => item.missing && !named.has(item.kind.id) && !(item.kind.id === PROVIDER_PCA_KIND && item.providersWithout));
    if (missing.length > 1) {
      ctx.report({
        file: m.file,
        node: anchor,
        messageId: 'missingMany',
        severity,
        params: { n: missing.length, list: missing.map(item => `${q(item.kind.title)} (${item.kind.id})`).join(`${semicolon(ctx.lang)} `), deadline },
        data: { kind: missing[0].kind.id, kinds: missing.map(item => item.kind.id) },
      });
    }
    for (const item of list.documents) {
      if (!item.missing || named.has(item.kind.id)) continue;
      if (item.kind.id === PROVIDER_PCA_KIND && item.providersWithout) {
        for (const p of m.providers) {
          if (p.pcaPra) continue;
          ctx.report({
            file: m.file,
            node: p.node,
            messageId: 'provider',
            severity,
            params: { provider: p.name ?? '?', deadline },
            data: { kind: item.kind.id, provider: p.name },
          });
        }
        continue;
      }
      if (missing.length > 1) continue;
      ctx.report({
        file: m.file,
        node: anchor,
        messageId: 'missing',
        severity,
        params: { title: item.kind.title, kind: item.kind.id, criteria: criteriaOf(item), deadline },
        data: { kind: item.kind.id },
      });
    }
  },
});
