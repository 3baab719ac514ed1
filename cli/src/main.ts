/**
 * has-dossier: the command line over the engine. Exit codes: 0 no error (and warnings within
 * --max-warnings), 1 errors or too many warnings, 2 could not run (one line on stderr).
 */
import { checkOutputTarget, createNewFile, linkOnTheWay, openOutput, writeOutputFile, WriteRefused } from './safeWrite.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import {
  buildReportModel, CatalogueError, CatalogueRegistry, checkDossierAt, criteriaToAdd, criterionFileText, findDossierRoots, formatDuration, locateSchemasDir, renderReportHtml, generateSchemas,
  l10n, groupRow, nodeHost, parseCivilDate, parseDuration, renderGroupIndexHtml, RULES, scaffoldDossier, terminalLines, terminalText, visitChecklist, type GroupRow, type Lang,
  elementsState, loadDossier, matchScope,
} from '../../engine/src/index.js';
import { FORMATTERS } from './formats/index.js';
import { jsonHead, jsonTail } from './formats/json.js';
import { renderVisitText, visitOutcome } from './visit.js';
import { addCatalogueTools } from './catalogueTools.js';
import { addSelfEvalCommands } from './selfEval.js';
import { cannotCheck, checkMany, defaultJobs, isCheckWorker, runCheckWorker, workerScriptNextTo, type DossierJob, type DossierOutcome } from './checkMany.js';
import { langOfArgv, localizeProgram } from './localize.js';

declare const __VERSION__: string;
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : readVersion();

function readVersion(): string {
  try { return (JSON.parse(fs.readFileSync(path.join(findUp('package.json'), 'package.json'), 'utf8')) as { version: string }).version; } catch { return '0.0.0'; }
}

/** The folder above this file that holds `marker` (works from the sources and from dist/). */
function findUp(marker: string): string {
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, marker))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new UsageError(`cannot find ${marker} next to has-dossier`);
    dir = up;
  }
}

export class UsageError extends Error {}

/** `init --ci`: template in ci/ → where it goes, relative to the dossier root. */
const CI_RECIPES: Record<string, [string, string]> = {
  github: ['github-workflow.yml', '.github/workflows/has-dossier.yml'],
  gitlab: ['gitlab-ci.yml', '.gitlab-ci.yml'],
  'pre-commit': ['pre-commit-config.yaml', '.pre-commit-config.yaml'],
};

export function schemasDir(): string {
  const dir = locateSchemasDir(__dirname);
  if (!dir) throw new UsageError('cannot find the schemas/ folder (catalogues) next to has-dossier');
  return dir;
}

const dateParser = (lang: Lang) => (v: string) => {
  const d = parseCivilDate(v);
  if (!d) throw new InvalidArgumentError(l10n.t(lang, 'cli.error.date'));
  return d;
};
/** -j (at least 1, at most 64) and --max-warnings (at least 0) */
const wholeNumberParser = (lang: Lang, min: 0 | 1) => (v: string) => {
  if (!(min ? /^[1-9]\d*$/ : /^\d+$/).test(v)) throw new InvalidArgumentError(l10n.t(lang, 'cli.error.wholeNumber', { min }));
  return min ? Math.min(Number(v), 64) : Number(v);
};
const langOption = () => new Option('--lang <lang>', 'language of messages').choices(['fr', 'en']).default(defaultLang());

function defaultLang(): Lang {
  const env = process.env.HAS_DOSSIER_LANG ?? '';
  return env.startsWith('en') ? 'en' : 'fr';
}

function useColor(stream: NodeJS.WriteStream): boolean {
  if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY) && process.env.TERM !== 'dumb';
}

function writeOut(text: string, output: string | undefined, roots: string[] = []): void {
  if (output) { checkOutputTarget(output, roots); writeOutputFile(output, text); }
  else process.stdout.write(text);
}

/** Output written piece by piece, to a file (opened at the first piece) or to standard output. */
class OutputSink {
  private fd: number | undefined;
  constructor(private readonly file: string | undefined) {}
  write(piece: string | Uint8Array): void {
    if (!this.file) { process.stdout.write(piece); return; }
    this.fd ??= openOutput(this.file);
    const bytes = typeof piece === 'string' ? Buffer.from(piece) : piece;
    for (let done = 0; done < bytes.length;) done += fs.writeSync(this.fd, bytes, done);
  }
  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }
}

/** `check --all` formats that are one dossier after another, written as the sites come in. */
const STREAMED_FORMATS = new Set(['json', 'stylish', 'github', 'markdown']);

export function buildProgram(lang: Lang = langOfArgv(process.argv.slice(2))): Command {
  const say = (id: l10n.MessageId, params?: l10n.Params) => l10n.t(lang, id, params);
  const parseDate = dateParser(lang), parseJobs = wholeNumberParser(lang, 1), parseCount = wholeNumberParser(lang, 0);
  const program = new Command('has-dossier')
    .description('Criteria-as-code for the HAS certification: check a self-evaluation dossier kept as YAML.')
    .version(VERSION, '-v, --version')
    .configureOutput({ writeErr: s => process.stderr.write(s) })
    .exitOverride();

  program.command('check')
    .description('check a dossier (the folder of dossier.yaml) and report every gap')
    .argument('[dir]', 'dossier root (with --all: a folder holding several dossiers)', '.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(FORMATTERS)).default('stylish'))
    .option('--as-of <date>', 'judge the dossier at this date (YYYY-MM-DD) instead of today', parseDate)
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .option('-o, --output <file>', 'write the report to this file instead of standard output')
    .option('--all', 'check every dossier below DIR (each folder that holds a dossier.yaml), e.g. the sites of a GHT')
    .option('-j, --jobs <n>', 'with --all: how many dossiers are checked at once (default: one per core)', parseJobs)
    .addOption(langOption())
    .action(async (dir: string, o: { format: string; asOf?: string; maxWarnings?: number; output?: string; lang: Lang; all?: boolean; jobs?: number }) => {
      const base = path.resolve(dir);
      if (nodeHost.kind(base) !== 'dir') throw new UsageError(say('cli.noFolder', { dir }));
      const roots = o.all ? findDossierRoots(base) : [base];
      if (!roots.length) throw new UsageError(say('cli.noDossierBelow', { dir }));
      const cwd = process.cwd();
      // never a link, never a file of a dossier being checked (`-o criteres/3.4-05.yaml`)
      if (o.output) checkOutputTarget(o.output, roots);
      const color = !o.output && useColor(process.stdout);
      const jobs: DossierJob[] = roots.map(root => ({
        root, format: o.format, asOf: o.asOf, lang: o.lang, cwd, color, version: VERSION, prefix: o.all ? relPrefix(cwd, root) : undefined,
      }));
      const registry = new CatalogueRegistry(schemasDir());
      // a site that cannot be checked at all stops the group before anything is written
      if (jobs.length > 1) {
        for (const root of roots) {
          const why = cannotCheck(root, registry, o.lang);
          if (why) throw new UsageError(`${path.relative(cwd, root) || '.'}: ${why}`);
        }
      }
      // a GHT's sites side by side in worker threads; each model is dropped once rendered, and the
      // formats that are a sequence of dossiers are written as the sites come in, in order
      const streamed = jobs.length > 1 && STREAMED_FORMATS.has(o.format);
      const sink = new OutputSink(o.output);
      let stopped: DossierOutcome | undefined;
      const onOutcome = (r: DossierOutcome) => {
        if (stopped || r.fatal) { stopped ??= r; return; }
        if (o.format === 'json') sink.write(r.index === 0 ? jsonHead(VERSION) : ',\n');
        else if (r.index > 0) sink.write('\n');
        sink.write(r.output);
        r.output = new Uint8Array(0);
      };
      // progress on a terminal only (CI logs and redirected output stay clean)
      const progress = jobs.length > 1 && process.stderr.isTTY ? (n: number) => process.stderr.write(`\r${say('cli.progress', { done: n, total: jobs.length })}`) : undefined;
      const outcomes = await checkMany(jobs, o.jobs ?? defaultJobs(jobs.length), registry, workerScriptNextTo(__dirname), { onProgress: progress, onOutcome: streamed ? onOutcome : undefined });
      if (progress) process.stderr.write('\r\x1b[K');
      const fatal = stopped ?? outcomes.find(r => r.fatal);
      if (fatal) {
        sink.close();
        throw new UsageError(o.all ? `${path.relative(cwd, roots[fatal.index]) || '.'}: ${fatal.fatal}` : fatal.fatal!);
      }
      const errors = outcomes.reduce((n, r) => n + r.errors, 0);
      const warnings = outcomes.reduce((n, r) => n + r.warnings, 0);
      if (streamed) {
        if (o.format === 'json') sink.write(jsonTail());
      } else {
        for (const piece of o.all ? combine(o.format, outcomes.map(r => r.output)) : [outcomes[0].output]) sink.write(piece);
      }
      sink.close();
      const tooMany = o.maxWarnings !== undefined && warnings > o.maxWarnings;
      if (tooMany && o.format !== 'stylish') process.stderr.write(`${say('cli.tooManyWarnings', { warnings: l10n.count(lang, 'count.warning', warnings), max: o.maxWarnings! })}\n`);
      process.exitCode = errors > 0 || tooMany ? 1 : 0;
    });

  program.command('report')
    .description('write the coverage report: one self-contained HTML file (coverage heat map, gaps, evidence timeline, action plan, CALISTA checklist)')
    .argument('[dir]', 'dossier root', '.')
    .option('-o, --output <file>', 'the HTML file to write ("-" for standard output)', 'has-dossier-report.html')
    .option('--as-of <date>', 'judge the dossier at this date (YYYY-MM-DD) instead of today', parseDate)
    .addOption(langOption())
    .option('--all', "every dossier below DIR (the sites of a GHT): -o is the group's index, one row per site linking to each site's report, written beside it in a folder of the same name")
    .action((dir: string, o: { output: string; asOf?: string; lang: Lang; all?: boolean }) => {
      const root = path.resolve(dir);
      if (nodeHost.kind(root) !== 'dir') throw new UsageError(say('cli.noFolder', { dir }));
      if (o.all) { writeGroupReport(root, o, lang); return; }
      const result = checkDossierAt(root, nodeHost, new CatalogueRegistry(schemasDir()), { asOf: o.asOf, lang: o.lang });
      if (result.fatal) throw new UsageError(result.fatal.message);
      const toStdout = o.output === '-';
      const outDir = toStdout ? process.cwd() : path.dirname(path.resolve(o.output));
      const html = renderReportHtml(buildReportModel(result), {
        link: (file, line) => `${path.relative(outDir, path.join(root, ...file.split('/'))).split(path.sep).map(encodeURIComponent).join('/')}#L${line}`,
      });
      if (toStdout) process.stdout.write(html);
      else {
        checkOutputTarget(o.output, [root]);
        writeOutputFile(o.output, html);
        process.stderr.write(`${say('cli.reportWritten', { file: o.output })}\n`);
      }
    });

  program.command('visit')
    .description("the expert visitors' checklist: the countdown, the certification cycle, each document asked for during the visit with the evidence that provides it (valid on the visit day or not), the providers' HDS certificates and PCA/PRA, the governance audit's participants; exit 1 when something is missing or not valid on the visit day")
    .argument('[dir]', 'dossier root (with --all: a folder holding several dossiers)', '.')
    .option('--as-of <date>', 'judge the dossier at this date (YYYY-MM-DD) instead of today', parseDate)
    .option('--json', 'print JSON')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--all', 'every dossier below DIR (each folder that holds a dossier.yaml), e.g. the sites of a GHT: one line per site, then each checklist')
    .addOption(langOption())
    .action((dir: string, o: { asOf?: string; json?: boolean; output?: string; lang: Lang; all?: boolean }) => {
      const base = path.resolve(dir);
      if (nodeHost.kind(base) !== 'dir') throw new UsageError(say('cli.noFolder', { dir }));
      const roots = o.all ? findDossierRoots(base) : [base];
      if (!roots.length) throw new UsageError(say('cli.noDossierBelow', { dir }));
      const registry = new CatalogueRegistry(schemasDir());
      const sites = roots.map(root => {
        const result = checkDossierAt(root, nodeHost, registry, { asOf: o.asOf, lang: o.lang });
        const rel = path.relative(base, root).split(path.sep).join('/') || '.';
        if (result.fatal) throw new UsageError(o.all ? `${rel}: ${result.fatal.message}` : result.fatal.message);
        const checklist = visitChecklist({ dossier: result.dossier, catalogue: result.catalogue! }, result.asOf);
        return { root, rel, checklist, outcome: visitOutcome(checklist), name: buildReportModel(result).establishment?.name };
      });
      const ready = sites.every(x => x.outcome.ready);
      const json = (x: typeof sites[number]) => ({
        establishment: x.name, ...x.outcome, ...x.checklist, readyBefore: x.checklist.readyBefore.text,
        documents: x.checklist.documents.map(d => ({ ...d, kind: d.kind.id, title: d.kind.title })),
      });
      const color = !o.output && useColor(process.stdout);
      let text: string;
      if (o.json) {
        text = JSON.stringify(o.all ? { tool: 'has-dossier', version: VERSION, ready, sites: sites.map(x => ({ site: x.rel, ...json(x) })) } : { tool: 'has-dossier', version: VERSION, ...json(sites[0]) }, null, 2) + '\n';
      } else if (!o.all) {
        text = renderVisitText(sites[0].checklist, o.lang, sites[0].name, color);
      } else {
        // one line per site first (what a GHT's quality director reads), then each site's checklist under its folder
        const line = (x: typeof sites[number]) => {
          const params = { site: terminalText(x.rel), name: x.name ? ` (${terminalText(x.name)})` : '' };
          if (x.outcome.ready) return l10n.t(o.lang, 'cli.visitSiteReady', params);
          const parts = [
            x.outcome.missing ? l10n.count(o.lang, 'count.visitMissing', x.outcome.missing) : '',
            x.outcome.invalid ? l10n.count(o.lang, 'count.visitInvalid', x.outcome.invalid) : '',
            x.outcome.providerProblems ? l10n.count(o.lang, 'count.visitProvider', x.outcome.providerProblems) : '',
          ].filter(Boolean);
          return l10n.t(o.lang, 'cli.visitSiteNotReady', { ...params, problems: l10n.list(o.lang, parts) });
        };
        text = [sites.map(line).join('\n'), ...sites.map(x => `== ${terminalText(x.rel)} ==\n${renderVisitText(x.checklist, o.lang, x.name, color)}`)].join('\n\n');
      }
      writeOut(text, o.output, sites.map(x => x.root));
      process.exitCode = ready ? 0 : 1;
    });

  program.command('init')
    .description('create a dossier for a manual and a scope (dossier.yaml and one file per criterion); never overwrites a file')
    .argument('[dir]', 'folder to create the dossier in', '.')
    .option('--manual <id>', 'catalogue id or path', 'has-es-2025')
    .option('--scope <ids>', "champs d'application beyond the whole establishment, comma-separated", '')
    .option('--name <name>', "the establishment's name")
    .option('--finess <number>', 'FINESS number (9 characters)')
    .option('--visit <date>', 'first day of the certification visit (YYYY-MM-DD)', parseDate)
    .addOption(new Option('--ci <kind>', 'also write a CI recipe next to the dossier').choices(Object.keys(CI_RECIPES)))
    .action((dir: string, o: { manual: string; scope: string; name?: string; finess?: string; visit?: string; ci?: string }, cmd: Command) => {
      const root = path.resolve(dir);
      // on an existing dossier, its own manual: and scope: unless the options say otherwise
      const existing = fs.existsSync(path.join(root, 'dossier.yaml')) ? loadDossier(root, nodeHost).manifest : undefined;
      const manual = cmd.getOptionValueSource('manual') === 'cli' ? o.manual : existing?.manual?.value ?? o.manual;
      const given = cmd.getOptionValueSource('scope') === 'cli' || !existing ? o.scope.split(',').map(s => s.trim()).filter(Boolean) : existing.scope.map(s => s.value);
      const catalogue = new CatalogueRegistry(schemasDir()).resolve(manual, root);
      const scope: string[] = [];
      for (const v of given) {
        const m = matchScope(catalogue, v);
        if (!m.ok) throw new UsageError(m.suggestion ? say('cli.unknownScopeDidYouMean', { scopes: v, suggestion: m.suggestion.id, known: catalogue.scopeIds.join(', ') }) : say('cli.unknownScope', { scopes: v, known: catalogue.scopeIds.join(', ') }));
        if (!scope.includes(m.id)) scope.push(m.id);
      }
      const files = scaffoldDossier(catalogue, { manual, name: o.name, finess: o.finess, visitStart: o.visit, scope });
      if (o.ci) {
        const [template, target] = CI_RECIPES[o.ci];
        files.set(target, fs.readFileSync(path.join(findUp(path.join('ci', template)), 'ci', template), 'utf8'));
      }
      // every path is checked before the first file is written: a link on the way stops init whole
      for (const rel of [...files.keys(), 'preuves/']) {
        const link = linkOnTheWay(root, path.join(root, ...rel.split('/').filter(Boolean)));
        if (link) throw new WriteRefused(`${path.relative(root, link).split(path.sep).join('/')} is a symbolic link: nothing is created through it`);
      }
      let written = 0;
      for (const [rel, text] of files) {
        const abs = path.join(root, ...rel.split('/'));
        // exclusive (never over an existing file) and never through a link (`criteres → ../ailleurs`)
        if (createNewFile(root, abs, text)) {
          written++;
          process.stdout.write(`${say('cli.created', { file: rel })}\n`);
        } else {
          process.stdout.write(`${say('cli.kept', { file: rel })}\n`);
        }
      }
      const proofs = path.join(root, 'preuves');
      const link = linkOnTheWay(root, proofs);
      if (link) throw new WriteRefused(`preuves is a symbolic link: nothing is created through it`);
      fs.mkdirSync(proofs, { recursive: true });
      process.stdout.write(`${say('cli.initDone', { files: l10n.count(lang, 'cli.filesCreated', written), root, dir })}\n`);
    });

  program.command('schema')
    .description('print the JSON Schema of dossier.yaml or of a criterion file, generated from a catalogue')
    .argument('[which]', 'dossier | criterion', 'criterion')
    .option('--manual <id>', 'catalogue id or path', 'has-es-2025')
    .option('-o, --output <file>', 'write to this file')
    .action((which: string, o: { manual: string; output?: string }) => {
      if (which !== 'dossier' && which !== 'criterion') throw new UsageError(say('cli.schemaWhich', { which }));
      const catalogue = new CatalogueRegistry(schemasDir()).resolve(o.manual, process.cwd());
      writeOut(JSON.stringify(generateSchemas(catalogue)[which], null, 2) + '\n', o.output);
    });

  const cat = program.command('catalogue').description('the catalogues (manual editions) has-dossier knows');
  cat.command('list')
    .description('list the bundled catalogues')
    .option('--json', 'print JSON')
    .action((o: { json?: boolean }) => {
      const list = new CatalogueRegistry(schemasDir()).list();
      if (o.json) return void process.stdout.write(JSON.stringify(list, null, 2) + '\n');
      for (const c of list) process.stdout.write(`${c.id}\t${say(c.complete ? 'cli.listComplete' : 'cli.listPartial')}\t${l10n.count(lang, 'count.criterion', c.criteria)}\t${terminalText(c.title)}\n`);
    });
  cat.command('show')
    .description('show a catalogue: chapters, objectives, criteria, elements, evidence kinds and where each comes from')
    .argument('<id>', 'catalogue id or path')
    .option('--json', 'print the catalogue JSON')
    .action((id: string, o: { json?: boolean }) => {
      const c = new CatalogueRegistry(schemasDir()).resolve(id, process.cwd());
      if (o.json) return void process.stdout.write(JSON.stringify(c.data, null, 2) + '\n');
      const out: string[] = [`${c.data.title} (${c.id})`, `${c.data.complete ? 'complete' : 'PARTIAL'}: ${c.data.completeness ?? ''}`, ''];
      for (const ch of c.data.chapters) {
        out.push(`Chapitre ${ch.id} — ${ch.title ?? '(titre non sourcé)'}`);
        for (const ob of ch.objectives) {
          out.push(`  Objectif ${ob.id} — ${ob.title ?? '(titre non sourcé)'}${ob.source ? `  [${ob.source}]` : ''}`);
          for (const cr of ob.criteria) {
            const g = (grade?: string) => (grade ? ` (${grade})` : '');
            const elements = elementsState(cr) === 'unknown' ? 'éléments inconnus' : `${cr.elements.length} élément(s)${cr.elementsComplete ? '' : ', liste partielle'}`;
            out.push(`    ${cr.id} — ${cr.title ?? '(titre non sourcé)'}  [niveau: ${cr.level ? `${cr.level}${g(cr.levelGrade)}` : 'inconnu'}; champ: ${cr.scopes ? `${cr.scopes.map(x => c.scopeLabel(x)).join(', ')}${g(cr.scopesGrade)}` : 'non sourcé'}; méthodes: ${cr.methods ? cr.methods.map(m => c.methodLabel(m)).join(', ') : 'non sourcées'}; ${elements}; source: ${cr.source}${g(cr.grade)}]`);
            for (const e of cr.elements) out.push(`      ${e.id}${e.method ? ` (${e.method})` : ''}: ${e.text ?? '(texte non sourcé)'}`);
          }
        }
      }
      out.push('', 'Types de preuves :');
      for (const k of c.data.evidenceKinds) out.push(`  ${k.id} — ${k.title}${k.shown ? ` [${k.shown}]` : ''}${k.maxAge ? ` [âge max ${k.maxAge.duration}, ${k.maxAge.basis}]` : ''}`);
      const fr = (d: string) => { const p = parseDuration(d); return p ? formatDuration(p, 'fr') : d; };
      out.push('', `CALISTA : ${c.data.calista.documents.join(', ')} — au plus tard ${fr(c.data.calista.deadline)} avant la visite  [${c.data.calista.source}]`);
      const cycle = c.data.certification;
      if (cycle) out.push(`Cycle : certification valable ${fr(cycle.validity)}${cycle.conditional ? ` ; sous conditions : nouvelle visite entre ${fr(cycle.conditional.from)} et ${fr(cycle.conditional.to)}` : ''}${cycle.refused ? ` ; non certifié : entre ${fr(cycle.refused.from)} et ${fr(cycle.refused.to)}` : ''}  [${cycle.source}]`);
      const visit = c.data.visit;
      if (visit?.readyBefore) out.push(`Documents de visite prêts ${fr(visit.readyBefore.duration)} avant la visite (${visit.readyBefore.basis === 'practice' ? 'pratique, modifiable' : 'manuel'})  [${visit.readyBefore.source}]`);
      if (visit?.governanceAudit) out.push(`${visit.governanceAudit.title ?? 'Audit de gouvernance'}${visit.governanceAudit.duration ? ` (${visit.governanceAudit.duration})` : ''} : ${visit.governanceAudit.participants.map(p => `${p.title}${p.uncertain ? ' ?' : ''}`).join(', ')}  [${visit.governanceAudit.source}]`);
      if (c.data.roles?.length) out.push(`Rôles : ${c.data.roles.map(r => r.id).join(', ')}`);
      out.push('', 'Sources :');
      for (const [sid, s] of Object.entries(c.data.sources)) out.push(`  [${sid}] ${s.title}${s.publisher ? ` — ${s.publisher}` : ''}${s.date ? `, ${s.date}` : ''}${s.url ? ` <${s.url}>` : ''}`);
      process.stdout.write(terminalLines(out.join('\n') + '\n'));
    });

  addCatalogueTools(program, cat, { schemasDir, usage: m => new UsageError(m), writeOut, version: VERSION, lang });
  addSelfEvalCommands(program, { schemasDir, usage: m => new UsageError(m), version: VERSION, parseDate, langOption, lang });

  program.command('new')
    .description('print a new criterion file for a criterion of the catalogue (every element with status a-evaluer); without a criterion, list the criteria of the dossier\'s scope that have no file yet')
    .argument('[criterion]', 'criterion id, e.g. 3.4-05')
    .option('--manual <id>', 'catalogue id or path', 'has-es-2025')
    .option('--dossier <dir>', 'without a criterion: the dossier whose missing criteria are listed', '.')
    .action((id: string | undefined, o: { manual: string; dossier: string }) => {
      if (id === undefined) {
        const root = path.resolve(o.dossier);
        const result = checkDossierAt(root, nodeHost, new CatalogueRegistry(schemasDir()), { lang });
        if (result.fatal?.kind === 'no-manifest') throw new UsageError(result.fatal.message);
        const list = criteriaToAdd(result);
        if (list.empty) { process.stdout.write(terminalLines(`${list.empty}\n`)); return; }
        const out = [say('new.listHeader', { criteria: l10n.count(lang, 'count.criterion', list.criteria.length), catalogue: result.catalogue!.id, root: path.relative(process.cwd(), root) || '.' })];
        for (const c of list.criteria) out.push(`  ${c.id.padEnd(7)} ${(c.levelLabel ?? '').padEnd(10)} ${c.title ?? ''}`.trimEnd());
        out.push('', say('new.listHint'));
        process.stdout.write(terminalLines(out.join('\n') + '\n'));
        return;
      }
      const c = new CatalogueRegistry(schemasDir()).resolve(o.manual, process.cwd());
      const cr = c.criteria.get(id);
      if (!cr) throw new UsageError(say('cli.notInCatalogue', { id, catalogue: c.id }));
      process.stdout.write(criterionFileText(cr));
    });

  program.command('rules')
    .description('list the rule codes with their default severity')
    .addOption(langOption())
    .action((o: { lang: Lang }) => {
      for (const r of RULES) process.stdout.write(`${r.code.padEnd(26)} ${r.defaultSeverity.padEnd(8)} ${r.description[o.lang]}\n`);
    });
  return localizeProgram(program, lang, langOption);
}

/** report --all: each site's report in a folder beside the index, and the index with one row per site. */
function writeGroupReport(base: string, o: { output: string; asOf?: string; lang: Lang }, lang: Lang): void {
  if (o.output === '-') throw new UsageError(l10n.t(lang, 'cli.groupNeedsOut'));
  const roots = findDossierRoots(base);
  if (!roots.length) throw new UsageError(l10n.t(lang, 'cli.noDossierBelow', { dir: base }));
  const registry = new CatalogueRegistry(schemasDir());
  const index = path.resolve(o.output);
  const folder = index.replace(/\.html?$/i, '') + (index.match(/\.html?$/i) ? '' : '-sites');
  const rows: GroupRow[] = [];
  let asOf = '';
  for (const root of roots) {
    const site = path.relative(base, root).split(path.sep).join('/') || '.';
    const result = checkDossierAt(root, nodeHost, registry, { asOf: o.asOf, lang: o.lang });
    if (result.fatal) throw new UsageError(`${site}: ${result.fatal.message}`);
    asOf = result.asOf;
    const file = path.join(folder, `${site.replace(/\//g, '--')}.html`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const outDir = path.dirname(file);
    checkOutputTarget(file, roots);
    writeOutputFile(file, renderReportHtml(buildReportModel(result), {
      link: (f, line) => `${path.relative(outDir, path.join(root, ...f.split('/'))).split(path.sep).map(encodeURIComponent).join('/')}#L${line}`,
    }));
    rows.push(groupRow(site, result, path.relative(path.dirname(index), file).split(path.sep).map(encodeURIComponent).join('/')));
  }
  checkOutputTarget(index, roots);
  writeOutputFile(index, renderGroupIndexHtml(rows, o.lang, asOf));
  process.stderr.write(`${l10n.t(lang, 'cli.groupReportWritten', { file: o.output, sites: l10n.count(lang, 'count.site', rows.length), folder: path.relative(process.cwd(), folder) || '.' })}\n`);
}

function relPrefix(cwd: string, root: string): string {
  const rel = path.relative(cwd, root).split(path.sep).join('/');
  return rel ? `${rel}/` : '';
}

/** `check --all`: the outputs of several dossiers as one document of the same format, in pieces. */
function combine(format: string, outputs: Uint8Array[]): (string | Uint8Array)[] {
  const text = (o: Uint8Array) => DECODER.decode(o);
  switch (format) {
    case 'sarif': {
      const logs = outputs.map(o => JSON.parse(text(o)));
      return [JSON.stringify({ ...logs[0], runs: logs.flatMap(l => l.runs) }, null, 2) + '\n'];
    }
    case 'gitlab': return [JSON.stringify(outputs.flatMap(o => JSON.parse(text(o))), null, 2) + '\n'];
    case 'junit': {
      const docs = outputs.map(text);
      const suites = docs.map(o => o.replace(/^[\s\S]*?<testsuites[^>]*>\n?/, '').replace(/<\/testsuites>\s*$/, ''));
      const count = (attr: string) => docs.reduce((n, o) => n + Number(new RegExp(`<testsuites [^>]*${attr}="(\\d+)"`).exec(o)?.[1] ?? 0), 0);
      return [`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="has-dossier" tests="${count('tests')}" failures="${count('failures')}" errors="0" skipped="${count('skipped')}">\n${suites.join('')}</testsuites>\n`];
    }
    default: return outputs.flatMap((o, i) => (i === 0 ? [o] : ['\n', o]));
  }
}

const DECODER = new TextDecoder();

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram(langOfArgv(argv));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, with code 0
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UsageError || e instanceof CatalogueError || e instanceof WriteRefused) {
      process.stderr.write(`has-dossier: ${terminalText(e.message)}\n`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    // Node's own messages already begin with their code ("EISDIR: illegal operation…"): never say it twice
    const first = terminalText(String(err.message ?? e).split('\n')[0]);
    process.stderr.write(`has-dossier: ${err.code && !first.startsWith(`${err.code}:`) ? `${err.code}: ` : ''}${first}\n`);
    if (process.env.HAS_DOSSIER_DEBUG) process.stderr.write(`${err.stack}\n`);
    return 2;
  }
}

if (isCheckWorker()) {
  // this bundle loaded as a `check --all` worker thread
  runCheckWorker();
} else if (require.main === module) {
  // `has-dossier check | head -1`: the reader went away; stop quietly, as other command-line tools do
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      throw e;
    });
  }
  main(process.argv.slice(2)).then(code => { process.exitCode = code; });
}
