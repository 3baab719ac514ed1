/**
 * `export`, `calendar` and `todo`: the self-evaluation and its action plan for the people who are
 * not in the editor. Every word and every row comes from the engine (engine/src/export/); this
 * file only picks the dossiers, lays the rows out as JSON, CSV, a workbook (dist/xlsx.js) or an
 * iCalendar file (ical-generator), and writes them.
 */
import * as path from 'node:path';
import { Option, type Command } from 'commander';
import icalGenerator, { ICalCalendarMethod } from 'ical-generator';
import {
  buildExportModel,
  calendarEvents,
  CatalogueRegistry,
  checkDossierAt,
  exportTables,
  findDossierRoots,
  l10n,
  nodeHost,
  parseDuration,
  renderTodo,
  tableText,
  todoList,
  toCsv,
  type CheckResult,
  type ExportModel,
  type ExportTable,
  type Lang,
} from '../../engine/src/index.js';
import { checkOutputTarget, writeOutputFile } from './safeWrite.js';
import { xlsxModule } from './tables.js';

export interface SelfEvalDeps {
  schemasDir(): string;
  usage(message: string): Error;
  version: string;
  parseDate(v: string): string;
  langOption(): Option;
  /** the language of messages (the arguments' --lang, read before the program is built) */
  lang: Lang;
}

interface Common {
  asOf?: string;
  lang: Lang;
  all?: boolean;
}

/** The dossiers a command works on: DIR, or with --all every dossier below it; each checked. */
function checkAll(dir: string, o: Common, d: SelfEvalDeps): { root: string; rel: string; result: CheckResult }[] {
  const base = path.resolve(dir);
  if (nodeHost.kind(base) !== 'dir') throw d.usage(l10n.t(d.lang, 'cli.noFolder', { dir }));
  const roots = o.all ? findDossierRoots(base) : [base];
  if (!roots.length) throw d.usage(l10n.t(d.lang, 'cli.noDossierBelow', { dir }));
  const registry = new CatalogueRegistry(d.schemasDir());
  return roots.map(root => {
    const result = checkDossierAt(root, nodeHost, registry, { asOf: o.asOf, lang: o.lang });
    const rel = path.relative(base, root).split(path.sep).join('/') || '.';
    if (result.fatal) throw d.usage(o.all ? `${rel}: ${result.fatal.message}` : result.fatal.message);
    return { root, rel, result };
  });
}

/** Standard output, or a file (never through a link, never over a YAML file of the dossiers it read). */
function write(text: string, output: string | undefined, roots: string[], written: l10n.MessageId, lang: Lang): void {
  if (!output || output === '-') {
    process.stdout.write(text);
    return;
  }
  checkOutputTarget(output, roots);
  writeOutputFile(output, text);
  process.stderr.write(`${l10n.t(lang, written, { file: output })}\n`);
}

const SITE_COLUMNS = ['site', 'folder', 'finess', 'declared', 'proven', 'unproven', 'overdue', 'open'] as const;

/** One row per site (export --all): its name, its folder, its figures. */
function sitesTable(sites: { rel: string; model: ExportModel }[], lang: Lang): ExportTable {
  return {
    name: 'Sites',
    headers: SITE_COLUMNS.map(c => l10n.t(lang, `sites.${c}`)),
    widths: [36, 24, 12, 12, 12, 16, 12, 12],
    rows: sites.map(({ rel, model: m }) => [
      m.establishment.name ?? rel,
      rel,
      m.establishment.finess,
      m.readiness.declaredPercent,
      m.readiness.provenPercent,
      m.readiness.unprovenConforme + m.readiness.unjustified,
      m.actions.filter(a => a.state === 'overdue').length,
      m.actions.filter(a => a.state !== 'done').length,
    ]),
  };
}

/** With --all, every table gets the site's folder as its first column. */
function withSite(t: ExportTable, site: string, lang: Lang): ExportTable {
  return { ...t, headers: [l10n.t(lang, 'sites.site'), ...t.headers], widths: [24, ...t.widths], rows: t.rows.map(r => [site, ...r]) };
}

function merge(tables: ExportTable[]): ExportTable {
  return { ...tables[0], rows: tables.flatMap(t => t.rows) };
}

export function addSelfEvalCommands(program: Command, d: SelfEvalDeps): void {
  const all = () => new Option('--all', 'every dossier below DIR (each folder that holds a dossier.yaml), e.g. the sites of a GHT');
  const asOf = () => new Option('--as-of <date>', 'judge the dossier at this date (YYYY-MM-DD) instead of today').argParser(d.parseDate);

  program
    .command('export')
    .description(
      'export the self-evaluation (one row per element: declared and proven, evidence, comment, owner, open actions) and the action plan (PAQSS, one row per action) as an .xlsx workbook, CSV or JSON',
    )
    .argument('[dir]', 'dossier root', '.')
    .addOption(
      new Option('-f, --format <format>', 'xlsx (two sheets), csv (one table, see --table) or json (the model, schemas/export.schema.json)')
        .choices(['xlsx', 'csv', 'json'])
        .default('xlsx'),
    )
    .option('-o, --output <file>', 'the file to write (needed for xlsx; csv and json go to standard output without it)')
    .addOption(new Option('--table <table>', 'csv: which table').choices(['elements', 'actions']).default('elements'))
    .addOption(asOf())
    .addOption(d.langOption())
    .addOption(all())
    .action(async (dir: string, o: Common & { format: string; output?: string; table: 'elements' | 'actions' }) => {
      if (o.format === 'xlsx' && (!o.output || o.output === '-')) throw d.usage(l10n.t(d.lang, 'cli.exportXlsxNeedsOut'));
      const sites = checkAll(dir, o, d).map(s => ({ ...s, model: buildExportModel(s.result, d.version) }));
      if (o.format === 'json') {
        const doc = o.all
          ? {
              $schema: sites[0].model.$schema,
              version: sites[0].model.version,
              tool: 'has-dossier',
              toolVersion: d.version,
              sites: sites.map(s => ({ site: s.rel, ...s.model })),
            }
          : sites[0].model;
        write(
          JSON.stringify(doc, null, 2) + '\n',
          o.output,
          sites.map(s => s.root),
          'cli.exportWritten',
          d.lang,
        );
        return;
      }
      const per = sites.map(s => {
        const t = exportTables(s.model);
        return o.all ? { elements: withSite(t.elements, s.rel, o.lang), actions: withSite(t.actions, s.rel, o.lang) } : t;
      });
      const elements = merge(per.map(p => p.elements));
      const actions = merge(per.map(p => p.actions));
      if (o.format === 'csv') {
        write(
          toCsv(tableText(o.table === 'actions' ? actions : elements)),
          o.output,
          sites.map(s => s.root),
          'cli.exportWritten',
          d.lang,
        );
        return;
      }
      const sheets = [...(o.all ? [sitesTable(sites, o.lang)] : []), elements, actions];
      checkOutputTarget(
        o.output!,
        sites.map(s => s.root),
      );
      await xlsxModule(d.lang).writeWorkbook(o.output!, sheets, { creator: 'has-dossier', title: l10n.t(o.lang, 'export.workbookTitle') });
      process.stderr.write(`${l10n.t(d.lang, 'cli.exportWritten', { file: o.output! })}\n`);
    });

  program
    .command('calendar')
    .description(
      "write an iCalendar file (RFC 5545): every action's due date, every document's end of validity, the CALISTA deadline, the visit, the providers' HDS certificate ends; UIDs stay the same from one export to the next",
    )
    .argument('[dir]', 'dossier root', '.')
    .option('-o, --output <file>', 'the .ics file to write (standard output without it)')
    .addOption(asOf())
    .addOption(d.langOption())
    .addOption(all())
    .action((dir: string, o: Common & { output?: string }) => {
      const sites = checkAll(dir, o, d);
      const cal = icalGenerator({
        name: l10n.t(o.lang, 'export.calendarName'),
        prodId: { company: 'has-dossier', product: 'has-dossier', language: o.lang.toUpperCase() },
        method: ICalCalendarMethod.PUBLISH,
      });
      // a fixed stamp: two exports of the same dossier are the same bytes
      const stamp = new Date(
        Date.UTC(
          ...(sites[0].result.asOf
            .split('-')
            .map(Number)
            .map((n, i) => (i === 1 ? n - 1 : n)) as [number, number, number]),
        ),
      );
      for (const s of sites) {
        for (const e of calendarEvents(s.result)) {
          const [y, m, day] = e.date.split('-').map(Number);
          cal.createEvent({
            id: e.uid,
            allDay: true,
            start: new Date(Date.UTC(y, m - 1, day)),
            stamp,
            summary: o.all ? `${e.summary} — ${s.rel}` : e.summary,
            description: o.all ? `${e.description}\n${s.rel}` : e.description,
            categories: [{ name: e.kind }],
          });
        }
      }
      write(
        cal.toString(),
        o.output,
        sites.map(s => s.root),
        'cli.calendarWritten',
        d.lang,
      );
    });

  program
    .command('todo')
    .description(
      'who must do what: per owner (roles of dossier.yaml), the overdue and soon-due actions, the documents to renew, the elements still to evaluate or without an action plan',
    )
    .argument('[dir]', 'dossier root', '.')
    .option('--owner <name>', "only this owner's work (a role id, its title or its holder, or the name as written)")
    .option('--within <duration>', 'horizon for soon-due actions and documents to renew ("30d", "30 days", "2 mois"; default: the dossier\'s due-soon windows)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .addOption(asOf())
    .addOption(d.langOption())
    .addOption(all())
    .action((dir: string, o: Common & { owner?: string; within?: string; format: string; output?: string }) => {
      let within: ReturnType<typeof parseDuration>;
      if (o.within !== undefined) {
        const short = /^([1-9][0-9]*)\s*([dwmy])$/.exec(o.within.trim());
        within = short ? parseDuration(`${short[1]} ${{ d: 'days', w: 'weeks', m: 'months', y: 'years' }[short[2] as 'd']}`) : parseDuration(o.within);
        if (!within) throw d.usage(l10n.t(d.lang, 'cli.withinInvalid', { value: o.within }));
      }
      const sites = checkAll(dir, o, d).map(s => ({ ...s, list: todoList(s.result, { owner: o.owner, within }) }));
      let text: string;
      if (o.format === 'json') {
        const one = (s: (typeof sites)[number]) => ({ asOf: s.result.asOf, owners: s.list });
        text =
          JSON.stringify(
            o.all
              ? { tool: 'has-dossier', version: d.version, sites: sites.map(s => ({ site: s.rel, ...one(s) })) }
              : { tool: 'has-dossier', version: d.version, ...one(sites[0]) },
            null,
            2,
          ) + '\n';
      } else {
        const fmt = o.format === 'markdown' ? 'markdown' : 'text';
        text = sites.map(s => (o.all ? (fmt === 'markdown' ? `## ${s.rel}\n\n` : `== ${s.rel} ==\n`) : '') + renderTodo(s.list, fmt, o.lang)).join('\n');
      }
      write(
        text,
        o.output,
        sites.map(s => s.root),
        'cli.todoWritten',
        d.lang,
      );
    });
}
