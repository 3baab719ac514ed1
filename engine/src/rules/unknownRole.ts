import type { Located } from '../model.js';
import { distance } from 'fastest-levenshtein';
import { t } from '../l10n/index.js';
import { suggest } from '../validation.js';
import { roleOf } from '../visit.js';
import { defineRule, didYouMean, replaceFix } from './rule.js';

/** roles named in one message */
const ROLES_LISTED = 12;
/** owner × role-name comparisons for did-you-mean in one check */
const SUGGESTION_BUDGET = 20_000;

export default defineRule({
  code: 'unknown-role',
  defaultSeverity: 'warning',
  description: {
    fr: "Quand `dossier.yaml` déclare ses `roles:`, un `owner:` (d'un critère ou d'une action) qui ne nomme aucun d'eux (par son identifiant, son intitulé ou la personne qui le tient).",
    en: 'When `dossier.yaml` declares its `roles:`, an `owner:` (of a criterion or an action) that names none of them (by id, title or the person holding it).',
  },
  messages: {
    fr: { unknown: '« {owner} » ne nomme aucun rôle déclaré sous « roles: » dans dossier.yaml ({roles}).{hint}' },
    en: { unknown: '"{owner}" names no role declared under "roles:" in dossier.yaml ({roles}).{hint}' },
  },
  fix: replaceFix,
  check(ctx) {
    const roles = ctx.dossier.manifest?.roles;
    if (!roles) return;
    const titles = new Map((ctx.catalogue.data.roles ?? []).map(c => [c.id, c.title]));
    const names = [...roles.values()].flatMap(r => [r.id, r.title ?? titles.get(r.id)].filter((x): x is string => Boolean(x)));
    // a message names at most ROLES_LISTED roles, not every one of thousands
    const ids = [...roles.keys()];
    const list = ids.length
      ? ids.slice(0, ROLES_LISTED).join(', ') + (ids.length > ROLES_LISTED ? t(ctx.lang, 'rule.andMore', { n: ids.length - ROLES_LISTED }) : '')
      : '—';
    // did-you-mean compares an owner with every role name: past a budget of comparisons, no more hints
    let budget = SUGGESTION_BUDGET;
    const hints = new Map<string, string | undefined>();
    for (const entry of ctx.dossier.criteria) {
      const owners: Located<string>[] = [];
      if (entry.owner) owners.push(entry.owner);
      for (const el of entry.elements) for (const a of el.actions) if (a.owner) owners.push(a.owner);
      for (const o of owners) {
        if (roleOf(ctx.dossier, ctx.catalogue, o.value)) continue;
        // role names are short (DSI, DPO): only a near-certain match is suggested
        let near = hints.get(o.value);
        if (!hints.has(o.value) && budget >= names.length) {
          budget -= names.length;
          const candidate = suggest(o.value, names);
          near =
            candidate && (distance(o.value.toLowerCase(), candidate.toLowerCase()) <= 1 || candidate.toLowerCase().startsWith(o.value.toLowerCase()))
              ? candidate
              : undefined;
          hints.set(o.value, near);
        }
        ctx.report({
          file: entry.file,
          node: o.node,
          messageId: 'unknown',
          criterion: entry.id,
          params: { owner: o.value, roles: list, hint: didYouMean(ctx.lang, near) },
          data: near ? { replacement: near } : undefined,
        });
      }
    }
  },
});
