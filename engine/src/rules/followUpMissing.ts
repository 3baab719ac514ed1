import type { EvidenceEntry } from '../model.js';
import type { DossierFile } from '../model.js';
import { defineRule, elementsOf, kindTitle, resolveEvidencePath, type RuleContext } from './rule.js';

/** `lessons:` is a file when it looks like a path (a folder or an extension), else a sentence. */
const LOOKS_LIKE_PATH = /[\\/]|\.[A-Za-z0-9]{2,5}$/;

export default defineRule({
  code: 'follow-up-missing',
  defaultSeverity: 'warning',
  absence: true,
  description: {
    fr: "Un audit de sécurité (SILENE, OraAD, pentest…) sans plan d'actions correctrices (`action_plan:` ou des `actions:` sur l'élément ; `findings: 0` s'il n'a rien relevé), ou un exercice cyber sans date ou sans retour d'expérience (`lessons:`).",
    en: 'A security audit (SILENE, OraAD, pentest…) without a plan of corrective actions (`action_plan:` or `actions:` on the element; `findings: 0` when it found nothing), or a cyber exercise without a date or its lessons learned (`lessons:`).',
  },
  messages: {
    fr: {
      noPlan:
        "« {title} » : aucun plan d'actions correctrices. Ajoutez « action_plan: <fichier> » ou des « actions: » à l'élément, ou « findings: 0 » si l'audit n'a rien relevé.",
      planNotFound: "« {title} » : le plan d'actions « {file} » est introuvable.",
      planOutside:
        "« {title} » : le plan d'actions « {file} » est hors du dossier ; il ne compte pas. Placez-le dans le dossier (par exemple preuves/) et donnez son chemin depuis la racine.",
      noDate: "« {title} » : la date de l'exercice manque (« date: »).",
      noLessons: "« {title} » : le retour d'expérience de l'exercice manque (« lessons: » : bonnes pratiques et actions d'amélioration).",
      lessonsNotFound: "« {title} » : le retour d'expérience « {file} » est introuvable.",
      lessonsOutside:
        "« {title} » : le retour d'expérience « {file} » est hors du dossier ; il ne compte pas. Placez-le dans le dossier (par exemple preuves/) et donnez son chemin depuis la racine.",
    },
    en: {
      noPlan:
        '"{title}": no plan of corrective actions. Add "action_plan: <file>" or "actions:" to the element, or "findings: 0" when the audit found nothing.',
      planNotFound: '"{title}": the action plan "{file}" cannot be found.',
      planOutside:
        '"{title}": the action plan "{file}" is outside the dossier; it does not count. Put it inside the dossier (preuves/, for example) and give its path from the root.',
      noDate: '"{title}": the date of the exercise is missing ("date:").',
      noLessons: '"{title}": the lessons learned from the exercise are missing ("lessons:": good practices and improvement actions).',
      lessonsNotFound: '"{title}": the lessons learned "{file}" cannot be found.',
      lessonsOutside:
        '"{title}": the lessons learned "{file}" are outside the dossier; they do not count. Put them inside the dossier (preuves/, for example) and give their path from the root.',
    },
  },
  check(ctx) {
    for (const { entry, element } of elementsOf(ctx)) {
      for (const e of element.evidence) visit(ctx, entry.file, e, element.actions.length > 0, entry.id, element.code);
    }
    const m = ctx.dossier.manifest;
    if (m) for (const e of m.calista) visit(ctx, m.file, e, false);
  },
});

function visit(ctx: RuleContext, file: DossierFile, e: EvidenceEntry, elementHasActions: boolean, criterion?: string, element?: string): void {
  const kind = e.kind ? ctx.catalogue.evidenceKinds.get(e.kind.value) : undefined;
  if (!kind?.followUp) return;
  const title = kindTitle(ctx, e);
  const at = { file, criterion, element };
  /** a written path is only a follow-up when it names a file inside the dossier */
  const whereIs = (written: string): 'found' | 'missing' | 'outside' => {
    const p = resolveEvidencePath(ctx.dossier, written);
    if (!p.ok) return 'outside';
    return ctx.dossier.host.kind(p.abs) === undefined ? 'missing' : 'found';
  };
  if (kind.followUp.expects === 'action-plan') {
    if (e.findings?.value === 0) return;
    if (e.actionPlan) {
      const where = whereIs(e.actionPlan.value);
      if (where !== 'found')
        ctx.report({
          ...at,
          node: e.actionPlan.node,
          messageId: where === 'missing' ? 'planNotFound' : 'planOutside',
          params: { title, file: e.actionPlan.value },
        });
      return;
    }
    if (!elementHasActions) ctx.report({ ...at, node: e.kind!.node, messageId: 'noPlan', params: { title } });
    return;
  }
  if (!e.date) ctx.report({ ...at, node: e.kind!.node, messageId: 'noDate', params: { title } });
  if (!e.lessons) ctx.report({ ...at, node: e.kind!.node, messageId: 'noLessons', params: { title } });
  else if (LOOKS_LIKE_PATH.test(e.lessons.value)) {
    const where = whereIs(e.lessons.value);
    if (where !== 'found')
      ctx.report({
        ...at,
        node: e.lessons.node,
        messageId: where === 'missing' ? 'lessonsNotFound' : 'lessonsOutside',
        params: { title, file: e.lessons.value },
      });
  }
}
