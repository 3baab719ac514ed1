import type { Located } from '../model.js';
import { distance } from 'fastest-levenshtein';
import { suggest } from '../validation.js';
import { roleOf } from '../visit.js';
import { defineRule, didYouMean, replaceFix } from './rule.js';

export default defineRule({
  code: 'unknown-role',
  defaultSeverity: 'warning',
  description: {
    fr: 'Quand `dossier.yaml` déclare ses `roles:`, un `owner:` (d\'un critère ou d\'une action) qui ne nomme aucun d\'eux (par son identifiant, son intitulé ou la personne qui le tient).',
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
    const names = [...roles.values()].flatMap(r => [r.id, r.title ?? ctx.catalogue.data.roles?.find(c => c.id === r.id)?.title].filter((x): x is string => Boolean(x)));
    const list = [...roles.keys()].join(', ') || '—';
    for (const entry of ctx.dossier.criteria) {
      const owners: Located<string>[] = [];
      if (entry.owner) owners.push(entry.owner);
      for (const el of entry.elements) for (const a of el.actions) if (a.owner) owners.push(a.owner);
      for (const o of owners) {
        if (roleOf(ctx.dossier, ctx.catalogue, o.value)) continue;
        // role names are short (DSI, DPO): only a near-certain match is suggested
        const candidate = suggest(o.value, names);
        const near = candidate && (distance(o.value.toLowerCase(), candidate.toLowerCase()) <= 1 || candidate.toLowerCase().startsWith(o.value.toLowerCase())) ? candidate : undefined;
        ctx.report({ file: entry.file, node: o.node, messageId: 'unknown', criterion: entry.id, params: { owner: o.value, roles: list, hint: didYouMean(ctx.lang, near) }, data: near ? { replacement: near } : undefined });
      }
    }
  },
});
