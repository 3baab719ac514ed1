/**
 * The dossier's dates as calendar events (all-day): every action's due date, every document's end
 * of validity (its date plus its kind's maximum age, or `expires:`), the CALISTA deadline, the
 * visit, the providers' HDS certificate ends. Each has a UID built from what it is about (file,
 * element, title), not from its date or its position, so that importing the file again updates
 * the events instead of duplicating them. Pure data; the CLI writes RFC 5545 with ical-generator.
 */
import { createHash } from 'node:crypto';
import type { CheckResult } from '../check.js';
import { addDuration, type CivilDate } from '../dates.js';
import { isDone, validUntil } from '../paqss.js';
import { evidenceOf } from '../evidence.js';
import type { Lang } from '../types.js';
import { colon, words } from '../l10n/index.js';

export type EventKind = 'action' | 'document' | 'calista' | 'visit' | 'hds';

export interface CalendarEvent {
  uid: string;
  kind: EventKind;
  date: CivilDate;
  summary: string;
  description: string;
  /** the dossier file the event comes from, relative to the root */
  file: string;
  criterion?: string;
  owner?: string;
}

function uid(...parts: (string | undefined)[]): string {
  return `${createHash('sha256')
    .update(parts.map(p => p ?? '').join('\u0000'))
    .digest('hex')
    .slice(0, 32)}@has-dossier`;
}

export function calendarEvents(result: CheckResult): CalendarEvent[] {
  const cat = result.catalogue;
  if (!cat) throw new Error("the calendar needs the dossier's catalogue");
  const lang: Lang = result.lang;
  const w = words(lang, 'calendar');
  const sep = `${colon(lang)} `;
  const m = result.dossier.manifest;
  const site = m?.finess?.value ?? '';
  const name = (m?.file.source.value as { establishment?: { name?: unknown } } | undefined)?.establishment?.name;
  const where = typeof name === 'string' ? `${w.establishment}${sep}${name}` : '';
  const describe = (lines: (string | undefined)[]) => [...lines, where].filter(Boolean).join('\n');
  const out: CalendarEvent[] = [];
  for (const entry of result.dossier.criteria) {
    for (const el of entry.elements) {
      for (const a of el.actions) {
        if (!a.due) continue;
        const owner = a.owner?.value ?? entry.owner?.value;
        const where = `${entry.id ?? entry.text ?? '?'}${el.code ? `-${el.code}` : ''}`;
        out.push({
          uid: uid(site, 'action', entry.file.path, el.key, a.title),
          kind: 'action',
          date: a.due.value,
          file: entry.file.path,
          criterion: entry.id,
          owner,
          summary: `${w.action}${sep}${a.title ?? '?'} (${where})${isDone(a) ? ` — ${w.done}` : ''}`,
          description: describe([`${w.criterion}${sep}${where}`, owner ? `${w.owner}${sep}${owner}` : undefined, `${w.file}${sep}${entry.file.path}`]),
        });
      }
    }
  }
  const view = { dossier: result.dossier, catalogue: cat };
  for (const s of evidenceOf(view)) {
    const until = validUntil(view, s.evidence);
    if (!until) continue;
    const entry = s.origin === 'criterion' ? result.dossier.criteria.find(e => e.file === s.file) : undefined;
    const title = s.evidence.title ?? s.evidence.kind?.value ?? '?';
    const where =
      s.origin === 'criterion' ? `${s.criterion ?? '?'}${s.element ? `-${s.element}` : ''}` : s.origin === 'calista' ? 'CALISTA' : (s.provider ?? '');
    const owner = entry?.owner?.value;
    out.push({
      uid: uid(site, 'document', s.file.path, s.origin, s.criterion, s.element, s.provider, s.evidence.file?.value ?? s.evidence.url ?? title),
      kind: 'document',
      date: until.date,
      file: s.file.path,
      criterion: s.criterion,
      owner,
      summary: `${w.document}${sep}${title} (${where})`,
      description: describe([
        `${w.criterion}${sep}${where}`,
        owner ? `${w.owner}${sep}${owner}` : undefined,
        `${w.file}${sep}${s.evidence.file?.value ?? s.evidence.url ?? s.file.path}`,
        `(${until.by === 'expires' ? w.expires : w.age})`,
      ]),
    });
  }
  const visit = m?.visitStart?.value;
  if (m && visit) {
    out.push({
      uid: uid(site, 'visit'),
      kind: 'visit',
      date: visit,
      file: m.file.path,
      summary: w.visit,
      description: describe([`${w.file}${sep}${m.file.path}`]),
    });
    const deadline = addDuration(visit, cat.calistaDeadline, -1);
    out.push({
      uid: uid(site, 'calista'),
      kind: 'calista',
      date: deadline,
      file: m.file.path,
      summary: w.calista,
      description: describe([`${w.file}${sep}${m.file.path}`]),
    });
  }
  for (const p of m?.providers ?? []) {
    if (!p.hdsValidUntil) continue;
    out.push({
      uid: uid(site, 'hds', p.name, p.hdsCertificate?.value),
      kind: 'hds',
      date: p.hdsValidUntil.value,
      file: m!.file.path,
      summary: `${w.hds}${sep}${p.name ?? '?'}${p.hdsCertificate ? ` (${p.hdsCertificate.value})` : ''}`,
      description: describe([p.service, `${w.file}${sep}${m!.file.path}`]),
    });
  }
  // the same UID twice (two identical actions): the later ones get a suffix, stable as long as the order is
  const seen = new Map<string, number>();
  for (const e of out) {
    const n = seen.get(e.uid) ?? 0;
    seen.set(e.uid, n + 1);
    if (n) e.uid = e.uid.replace('@', `-${n + 1}@`);
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid < b.uid ? -1 : 1));
}
