import type { EvidenceEntry } from '../model.js';
import type { DossierFile } from '../model.js';
import { defineRule, elementsOf, kindTitle, resolveEvidencePath, type RuleContext } from './rule.js';

/** `lessons:` is a file when it looks like a path (a folder or an extension), else a sentence. */
const LOOKS_LIKE_PATH = /[\\/]|\.[A-Za-z0-9]{2,5}$/;

export default defineRule({
  code: 'follow-up-missing',
  defaultSeverity: 'warning',
  description: {
    fr: 'Un audit de sécurité (SILENE, OraAD, pentest…) sans plan d\'actions correctrices (`action_plan:` ou des `actions:` sur l\'élément ; `findings: 0` s\'il n\'a rien relevé), ou un exercice cyber sans date ou sans retour d\'expérience (`lessons:`).',
    en: 'A security audit (SILENE, OraAD, pentest…) without a plan of corrective actions (`action_plan:` or `actions:` on the element; `findings: 0` when it found nothing), or a cyber exercise without a date or its lessons learned (`lessons:`).',
  },
  messages: {
    fr: {
      noPlan: "« {title} » : aucun plan d'actions correctrices. Ajoutez « action_plan: <fichier> » ou des « actions: » à l'élément, ou « findings: 0 » si l'audit n'a rien relevé.",
      planNotFound: "« {title} » : le plan d'actions « {file} » est introuvable.",
      noDate: '« {title} » : la date de l\'exercice manque (« date: »).',
      noLessons: "« {title} » : le retour d'expérience de l'exercice manque (« lessons: » : bonnes pratiques et actions d'amélioration).",
      lessonsNotFound: "« {title} » : le retour d'expérience « {file} » est introuvable.",
    },
    en: {
      noPlan: '"{title}": no plan of corrective actions. Add "action_plan: <file>" or "actions:" to the element, or "findings: 0" when the audit found nothing.',
      planNotFound: '"{title}": the action plan "{file}" cannot be found.',
      noDate: '"{title}": the date of the exercise is missing ("date:").',
      noLessons: '"{title}": the lessons learned from the exercise are missing ("lessons:": good practices and improvement actions).',
      lessonsNotFound: '"{title}": the lessons learned "{file}" cannot be found.',
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
  const missingFile = (written: string) => {
    const p = resolveEvidencePath(ctx.dossier, written);
    return p.ok && ctx.dossier.host.kind(p.abs) === undefined;
  };
  if (kind.followUp.expects === 'action-plan') {
    if (e.findings?.value === 0) return;
    if (e.actionPlan) {
      if (missingFile(e.actionPlan.value)) ctx.report({ ...at, node: e.actionPlan.node, messageId: 'planNotFound', params: { title, file: e.actionPlan.value } });
      return;
    }
    if (!elementHasActions) ctx.report({ ...at, node: e.kind!.node, messageId: 'noPlan', params: { title } });
    return;
  }
  if (!e.date) ctx.report({ ...at, node: e.kind!.node, messageId: 'noDate', params: { title } });
  if (!e.lessons) ctx.report({ ...at, node: e.kind!.node, messageId: 'noLessons', params: { title } });
  else if (LOOKS_LIKE_PATH.test(e.lessons.value) && missingFile(e.lessons.value)) ctx.report({ ...at, node: e.lessons.node, messageId: 'lessonsNotFound', params: { title, file: e.lessons.value } });
}
