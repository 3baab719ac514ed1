/**
 * has-dossier: the command line over the engine. Exit codes: 0 no error (and warnings within
 * --max-warnings), 1 errors or too many warnings, 2 could not run (one line on stderr).
 */
import { createNewFile, linkOnTheWay, writeOutputFile, WriteRefused } from './safeWrite.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import {
  buildReportModel,
  CatalogueError,
  checkFiness,
  CatalogueRegistry,
  checkDossierAt,
  criteriaToAdd,
  criterionFileText,
  findDossierRoots,
  formatDuration,
  locateSchemasDir,
  renderReportHtml,
  generateSchemas,
  l10n,
  groupRow,
  nodeHost,
  parseCivilDate,
  parseCriterionCode,
  parseDuration,
  renderGroupIndexHtml,
  RULES,
  scaffoldDossier,
  terminalLines,
  terminalText,
  visitChecklist,
  type GroupRow,
  type Lang,
  elementsState,
  isInside,
  loadDossier,
  matchScope,
  MAX_ROOT_DEPTH,
  SEVERITIES,
  type Severity,
  type SkippedFolder,
} from '../../engine/src/index.js';
import pc from 'picocolors';
import { FORMATTERS } from './formats/index.js';
import { addCounts, NO_COUNTS, tooManyWarningsText, totalText } from './formats/summary.js';
import {
  checkOutputTarget,
  cliLang,
  isStdout,
  normalizeArgv,
  OutputError,
  OutputSink,
  pathBase,
  repositoryRoot,
  setOutputLang,
  useColor,
  writeOut,
} from './output.js';
import { jsonHead, jsonTail } from './formats/json.js';
import { renderVisitText, visitOutcome } from './visit.js';
import { addCatalogueTools } from './catalogueTools.js';
import { addSelfEvalCommands } from './selfEval.js';
import {
  cannotCheck,
  checkManifest,
  checkMany,
  defaultJobs,
  isCheckWorker,
  runCheckWorker,
  workerScriptNextTo,
  type DossierJob,
  type DossierOutcome,
} from './checkMany.js';
import { langOfArgv, localizeProgram } from './localize.js';

declare const __VERSION__: string;
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : readVersion();

function readVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(findUp('package.json'), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** The folder above this file that holds `marker` (works from the sources and from dist/). */
function findUp(marker: string): string {
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, marker))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new UsageError(l10n.t(cliLang(), 'cli.cannotFind', { file: marker }));
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
  if (!dir) throw new UsageError(l10n.t(cliLang(), 'cli.noSchemas'));
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

/** `check --all` formats that are one dossier after another, written as the sites come in. */
const STREAMED_FORMATS = new Set(['json', 'stylish', 'github', 'markdown']);

export function buildProgram(lang: Lang = langOfArgv(process.argv.slice(2))): Command {
  const say = (id: l10n.MessageId, params?: l10n.Params) => l10n.t(lang, id, params);
  const parseDate = dateParser(lang),
    parseJobs = wholeNumberParser(lang, 1),
    parseCount = wholeNumberParser(lang, 0);
  const program = new Command('has-dossier')
    .description('Criteria-as-code for the HAS certification: check a self-evaluation dossier kept as YAML.')
    .version(VERSION, '-v, --version')
    .configureOutput({ writeErr: s => process.stderr.write(s) })
    .exitOverride();

  program
    .command('check')
    .description('check a dossier (the folder of dossier.yaml) and report every gap')
    .argument(
      '[path]',
      "the dossier, a folder inside it or one of its files (only that file's findings); default: the dossier that holds the working directory. With --all: a folder holding several dossiers",
    )
    // no default value: commander would print it as « (par défaut : []) »; none given is stylish to standard output
    .option('-f, --format <format>', `output format, repeatable: one per -o, in order (${Object.keys(FORMATTERS).join(', ')}; default stylish)`, collect)
    .option(
      '-o, --output <file>',
      'write the i-th --format to this file ("-": standard output); repeatable; a format without -o goes to standard output',
      collect,
    )
    .option('--as-of <date>', 'judge the dossier at this date (YYYY-MM-DD) instead of today', parseDate)
    .addOption(new Option('--fail-on <level>', 'exit 1 when a finding of this severity or above is left').choices(SEVERITIES).default('error'))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .option('-q, --quiet', 'list the errors only (the counts and the exit code still see every finding)')
    .option('--all', 'check every dossier below the folder (each folder that holds a dossier.yaml), e.g. the sites of a GHT')
    .option('-j, --jobs <n>', 'with --all: how many dossiers are checked at once (default: one per core)', parseJobs)
    .option('--color', 'colour the output on standard output even when it is not a terminal')
    .option('--no-color', 'never colour')
    .addOption(langOption())
    .action(async (arg: string | undefined, o: CheckOptions) => {
      const outputs = planOutputs(o.format ?? [], o.output ?? [], o.lang);
      // a missing folder is one line before anything runs
      for (const out of outputs) checkOutputTarget(out.file);
      const cwd = process.cwd();
      const target = locateTarget(arg, Boolean(o.all), cwd, o.lang);
      const skippedFolders: SkippedFolder[] = [];
      const roots = o.all ? findDossierRoots(target.root, skippedFolders) : [target.root];
      // a site too deep or unreadable is said, never left out in silence
      for (const sk of skippedFolders)
        process.stderr.write(
          terminalLines(
            `${say(sk.reason === 'too-deep' ? 'cli.skippedDeep' : 'cli.skippedUnreadable', { dir: path.relative(cwd, sk.path) || '.', depth: MAX_ROOT_DEPTH, detail: sk.detail ?? '' })}\n`,
          ),
        );
      if (!roots.length) throw new UsageError(say('cli.noDossierBelow', { dir: arg ?? '.' }));
      // never a link, never a file of a dossier being checked (`-o criteres/3.4-05.yaml`)
      for (const out of outputs) checkOutputTarget(out.file, roots);
      const colors = outputs.map(out => isStdout(out.file) && useColor(process.stdout, o.color));
      const formats = outputs.map(out => out.format);
      const jobs: DossierJob[] = roots.map(root => ({
        root,
        formats,
        colors,
        asOf: o.asOf,
        lang: o.lang,
        cwd,
        base: pathBase(root, cwd),
        group: Boolean(o.all),
        quiet: o.quiet,
        only: target.only,
        version: VERSION,
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
      // (one output only: several outputs are assembled at the end)
      const streamed = jobs.length > 1 && outputs.length === 1 && STREAMED_FORMATS.has(formats[0]);
      const sinks = outputs.map(out => new OutputSink(out.file));
      let stopped: DossierOutcome | undefined;
      let running = NO_COUNTS;
      const onOutcome = (r: DossierOutcome) => {
        if (stopped || r.fatal) {
          stopped ??= r;
          return;
        }
        if (formats[0] === 'json') sinks[0].write(r.index === 0 ? jsonHead(VERSION) : ',\n');
        else if (r.index > 0) sinks[0].write('\n');
        sinks[0].write(r.outputs[0]);
        running = addCounts(running, r.summary);
        r.outputs = [];
      };
      // progress on a terminal only (CI logs and redirected output stay clean)
      const progress =
        jobs.length > 1 && process.stderr.isTTY ? (n: number) => process.stderr.write(`\r${say('cli.progress', { done: n, total: jobs.length })}`) : undefined;
      const outcomes = await checkMany(jobs, o.jobs ?? defaultJobs(jobs.length), registry, workerScriptNextTo(__dirname), {
        onProgress: progress,
        onOutcome: streamed ? onOutcome : undefined,
      });
      if (progress) process.stderr.write('\r\x1b[K');
      const fatal = stopped ?? outcomes.find(r => r.fatal);
      if (fatal) {
        for (const sink of sinks) sink.close();
        throw new UsageError(o.all ? `${path.relative(cwd, roots[fatal.index]) || '.'}: ${fatal.fatal}` : fatal.fatal!);
      }
      const total = outcomes.reduce((n, r) => addCounts(n, r.summary), NO_COUNTS);
      const tooMany = o.maxWarnings !== undefined && total.warnings > o.maxWarnings;
      const tooManyText = tooMany ? tooManyWarningsText(total.warnings, o.maxWarnings!, o.lang) : undefined;
      const totalLine = o.all ? totalText(total, roots.length, o.lang) : undefined;
      const summary = { dossiers: roots.length, ...total };
      let toldTooMany = false;
      outputs.forEach((out, i) => {
        const human = out.format === 'stylish' || out.format === 'compact';
        if (streamed) {
          if (out.format === 'json') sinks[i].write(jsonTail(summary));
        } else {
          for (const piece of o.all
            ? combine(
                out.format,
                outcomes.map(r => r.outputs[i]),
                VERSION,
                summary,
              )
            : [outcomes[0].outputs[i]])
            sinks[i].write(piece);
        }
        if (human && totalLine) sinks[i].write(`\n${colors[i] ? pc.bold(totalLine) : totalLine}\n`);
        // the summary says why --max-warnings failed the run, where a person reads it
        if (human && tooManyText && isStdout(out.file)) {
          sinks[i].write(`${colors[i] ? pc.red(pc.bold(`✖ ${tooManyText}`)) : `✖ ${tooManyText}`}\n`);
          toldTooMany = true;
        }
        sinks[i].close();
      });
      if (tooManyText && !toldTooMany) process.stderr.write(`has-dossier: ${tooManyText}\n`);
      const left = o.failOn === 'info' ? total.errors + total.warnings + total.infos : o.failOn === 'warning' ? total.errors + total.warnings : total.errors;
      process.exitCode = left > 0 || tooMany ? 1 : 0;
    });

  program
    .command('report')
    .description('write the coverage report: one self-contained HTML file (coverage heat map, gaps, evidence timeline, action plan, CALISTA checklist)')
    .argument('[dir]', 'dossier root', '.')
    .option('-o, --output <file>', 'the HTML file to write ("-" for standard output)', 'has-dossier-report.html')
    .option('--as-of <date>', 'judge the dossier at this date (YYYY-MM-DD) instead of today', parseDate)
    .addOption(langOption())
    .option(
      '--all',
      "every dossier below DIR (the sites of a GHT): -o is the group's index, one row per site linking to each site's report, written beside it in a folder of the same name",
    )
    .action((dir: string, o: { output: string; asOf?: string; lang: Lang; all?: boolean }) => {
      checkOutputTarget(o.output);
      const root = path.resolve(dir);
      if (nodeHost.kind(root) !== 'dir') throw new UsageError(say('cli.noFolder', { dir }));
      if (o.all) {
        writeGroupReport(root, o, lang);
        return;
      }
      const result = checkDossierAt(root, nodeHost, new CatalogueRegistry(schemasDir()), { asOf: o.asOf, lang: o.lang });
      if (result.fatal) throw new UsageError(result.fatal.message);
      const toStdout = o.output === '-';
      const outDir = toStdout ? process.cwd() : path.dirname(path.resolve(o.output));
      const html = renderReportHtml(buildReportModel(result), {
        link: (file, line) =>
          `${path
            .relative(outDir, path.join(root, ...file.split('/')))
            .split(path.sep)
            .map(encodeURIComponent)
            .join('/')}#L${line}`,
      });
      if (toStdout) process.stdout.write(html);
      else {
        checkOutputTarget(o.output, [root]);
        writeOutputFile(o.output, html);
        process.stderr.write(`${say('cli.reportWritten', { file: o.output })}\n`);
      }
    });

  program
    .command('visit')
    .description(
      "the expert visitors' checklist: the countdown, the certification cycle, each document asked for during the visit with the evidence that provides it (valid on the visit day or not), the providers' HDS certificates and PCA/PRA, the governance audit's participants; exit 1 when something is missing or not valid on the visit day",
    )
    .argument('[dir]', 'dossier root (with --all: a folder holding several dossiers)', '.')
    .option('--as-of <date>', 'judge the dossier at this date (YYYY-MM-DD) instead of today', parseDate)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--json', 'the same as --format json')
    .option('-o, --output <file>', 'write to this file instead of standard output ("-": standard output)')
    .option('--color', 'colour the output on standard output even when it is not a terminal')
    .option('--no-color', 'never colour')
    .option('--all', 'every dossier below DIR (each folder that holds a dossier.yaml), e.g. the sites of a GHT: one line per site, then each checklist')
    .addOption(langOption())
    .action((dir: string, o: { asOf?: string; json?: boolean; format: string; output?: string; color?: boolean; lang: Lang; all?: boolean }) => {
      checkOutputTarget(o.output);
      const asJson = o.json || o.format === 'json';
      const base = path.resolve(dir);
      if (nodeHost.kind(base) !== 'dir') throw new UsageError(say('cli.noFolder', { dir }));
      const roots = o.all ? findDossierRoots(base) : [base];
      if (!roots.length) throw new UsageError(say('cli.noDossierBelow', { dir }));
      const registry = new CatalogueRegistry(schemasDir());
      const sites = roots.map(root => {
        const result = checkDossierAt(root, nodeHost, registry, { asOf: o.asOf, lang: o.lang });
        const rel = path.relative(base, root).split(path.sep).join('/') || '.';
        if (result.fatal) throw new UsageError(o.all ? `${rel}: ${result.fatal.message}` : result.fatal.message);
        // a folder that could not be read may hold the documents: said, so that "missing" is not taken as known
        for (const u of result.dossier.unreadable) {
          if (u.failure === 'unreadable-folder')
            process.stderr.write(
              terminalLines(`${say('cli.visitUnreadable', { dir: path.relative(process.cwd(), path.join(root, u.path)) || '.', detail: u.detail ?? '' })}\n`),
            );
        }
        const checklist = visitChecklist({ dossier: result.dossier, catalogue: result.catalogue! }, result.asOf);
        return { root, rel, checklist, asOf: result.asOf, outcome: visitOutcome(checklist), name: buildReportModel(result).establishment?.name };
      });
      const ready = sites.every(x => x.outcome.ready);
      const json = (x: (typeof sites)[number]) => ({
        establishment: x.name,
        ...x.outcome,
        ...x.checklist,
        readyBefore: x.checklist.readyBefore.text,
        documents: x.checklist.documents.map(d => ({ ...d, kind: d.kind.id, title: d.kind.title })),
      });
      const color = isStdout(o.output) && useColor(process.stdout, o.color);
      let text: string;
      if (asJson) {
        text =
          JSON.stringify(
            o.all
              ? { tool: 'has-dossier', version: VERSION, ready, sites: sites.map(x => ({ site: x.rel, ...json(x) })) }
              : { tool: 'has-dossier', version: VERSION, ...json(sites[0]) },
            null,
            2,
          ) + '\n';
      } else if (!o.all) {
        text = renderVisitText(sites[0].checklist, o.lang, sites[0].name, color, sites[0].asOf);
      } else {
        // one line per site first (what a GHT's quality director reads), then each site's checklist under its folder
        const line = (x: (typeof sites)[number]) => {
          const params = { site: terminalText(x.rel), name: x.name ? ` (${terminalText(x.name)})` : '' };
          if (x.outcome.ready) return l10n.t(o.lang, 'cli.visitSiteReady', params);
          const parts = [
            x.outcome.missing ? l10n.count(o.lang, 'count.visitMissing', x.outcome.missing) : '',
            x.outcome.invalid ? l10n.count(o.lang, 'count.visitInvalid', x.outcome.invalid) : '',
            x.outcome.providerProblems ? l10n.count(o.lang, 'count.visitProvider', x.outcome.providerProblems) : '',
          ].filter(Boolean);
          return l10n.t(o.lang, 'cli.visitSiteNotReady', { ...params, problems: l10n.list(o.lang, parts) });
        };
        text = [
          sites.map(line).join('\n'),
          ...sites.map(x => `== ${terminalText(x.rel)} ==\n${renderVisitText(x.checklist, o.lang, x.name, color, x.asOf)}`),
        ].join('\n\n');
      }
      writeOut(
        text,
        o.output,
        sites.map(x => x.root),
      );
      process.exitCode = ready ? 0 : 1;
    });

  program
    .command('init')
    .description('create a dossier for a manual and a scope (dossier.yaml and one file per criterion); never overwrites a file')
    .argument('[dir]', 'folder to create the dossier in', '.')
    .option('--manual <id>', 'catalogue id or path', 'has-es-2025')
    .option('--scope <ids>', "champs d'application beyond the whole establishment, comma-separated: ids or labels, case and accents ignored", '')
    .option('--name <name>', "the establishment's name")
    .option('--finess <number>', 'FINESS number (9 characters)')
    .option('--visit <date>', 'first day of the certification visit (YYYY-MM-DD)', parseDate)
    .addOption(
      new Option(
        '--ci <kind>',
        "also write a CI recipe, at the root of the dossier's git repository (else next to the dossier), with the dossier's path",
      ).choices(Object.keys(CI_RECIPES)),
    )
    .addOption(langOption())
    .action((dir: string, o: { manual: string; scope: string; name?: string; finess?: string; visit?: string; ci?: string; lang: Lang }, cmd: Command) => {
      const root = path.resolve(dir);
      // everything is checked before anything is written
      if (o.finess !== undefined) {
        const problem = checkFiness(o.finess.trim());
        if (problem) throw new UsageError(l10n.t(o.lang, problem === 'format' ? 'cli.init.finessFormat' : 'cli.init.finessKey', { finess: o.finess }));
      }
      // on an existing dossier, its own manual: and scope: unless the options say otherwise
      const existing = fs.existsSync(path.join(root, 'dossier.yaml')) ? loadDossier(root, nodeHost).manifest : undefined;
      const manual = cmd.getOptionValueSource('manual') === 'cli' ? o.manual : (existing?.manual?.value ?? o.manual);
      const given =
        cmd.getOptionValueSource('scope') === 'cli' || !existing
          ? o.scope
              .split(',')
              .map(s => s.trim())
              .filter(Boolean)
          : existing.scope.map(s => s.value);
      const catalogue = new CatalogueRegistry(schemasDir()).resolve(manual, root);
      const scope: string[] = [];
      for (const v of given) {
        const m = matchScope(catalogue, v);
        if (!m.ok)
          throw new UsageError(
            m.suggestion
              ? say('cli.unknownScopeDidYouMean', { scopes: v, suggestion: m.suggestion.id, known: catalogue.scopeIds.join(', ') })
              : say('cli.unknownScope', { scopes: v, known: catalogue.scopeIds.join(', ') }),
          );
        if (!scope.includes(m.id)) scope.push(m.id);
      }
      const files = scaffoldDossier(catalogue, { manual, name: o.name, finess: o.finess?.trim(), visitStart: o.visit, scope });
      // an empty folder is not tracked by git: preuves/ gets a .gitkeep
      files.set('preuves/.gitkeep', '');
      const writes: [string, string, string][] = [...files].map(([rel, text]) => [path.join(root, ...rel.split('/')), rel, text]);
      if (o.ci) {
        // the recipe goes where the CI looks (the repository root), naming the dossier's folder from there
        const [template, target] = CI_RECIPES[o.ci];
        const repo = repositoryRoot(root) ?? root;
        const abs = path.join(repo, ...target.split('/'));
        const recipe = ciRecipeFor(
          fs.readFileSync(path.join(findUp(path.join('ci', template)), 'ci', template), 'utf8'),
          path.relative(repo, root).split(path.sep).join('/') || '.',
        );
        writes.push([abs, path.relative(root, abs).split(path.sep).join('/'), recipe]);
      }
      // every path is checked before the first file is written: a link on the way stops init whole
      for (const [abs] of writes) {
        const link = linkOnTheWay(root, abs);
        if (link) throw new WriteRefused('cli.write.createLink', { file: path.relative(root, link).split(path.sep).join('/') });
      }
      let written = 0;
      let manifestWritten = false;
      for (const [abs, rel, text] of writes) {
        // exclusive (never over an existing file) and never through a link (`criteres → ../ailleurs`)
        if (createNewFile(isInside(root, abs) ? root : path.dirname(abs), abs, text)) {
          written++;
          if (rel === 'dossier.yaml') manifestWritten = true;
          process.stdout.write(`${say('cli.created', { file: rel })}\n`);
        } else {
          process.stdout.write(`${say('cli.kept', { file: rel })}\n`);
        }
      }
      process.stdout.write(`${say('cli.initDone', { files: l10n.count(lang, 'cli.filesCreated', written), root, dir })}\n`);
      // the placeholder is init's own: an existing dossier.yaml, kept as it is, has the team's name (or check says it lacks one)
      if (!o.name && manifestWritten) process.stdout.write(`${l10n.t(o.lang, 'cli.init.nameToFill')}\n`);
    });

  program
    .command('schema')
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
  cat
    .command('list')
    .description('list the bundled catalogues')
    .option('--json', 'print JSON')
    .action((o: { json?: boolean }) => {
      const list = new CatalogueRegistry(schemasDir()).list();
      if (o.json) return void process.stdout.write(JSON.stringify(list, null, 2) + '\n');
      for (const c of list)
        process.stdout.write(
          `${c.id}\t${say(c.complete ? 'cli.listComplete' : 'cli.listPartial')}\t${l10n.count(lang, 'count.criterion', c.criteria)}\t${terminalText(c.title)}\n`,
        );
    });
  cat
    .command('show')
    .description('show a catalogue: chapters, objectives, criteria, elements, evidence kinds and where each comes from')
    .argument('<id>', 'catalogue id or path')
    .option('--json', 'print the catalogue JSON')
    .addOption(langOption())
    .action((id: string, o: { json?: boolean; lang: Lang }) => {
      const c = new CatalogueRegistry(schemasDir()).resolve(id, process.cwd());
      if (o.json) return void process.stdout.write(JSON.stringify(c.data, null, 2) + '\n');
      const lg = o.lang;
      const say = (id: l10n.MessageId, params?: l10n.Params) => l10n.t(lg, id, params);
      const out: string[] = [`${c.data.title} (${c.id})`, say(c.data.complete ? 'show.complete' : 'show.partial', { text: c.data.completeness ?? '' }), ''];
      for (const ch of c.data.chapters) {
        out.push(say('show.chapter', { id: ch.id, title: ch.title ?? say('show.noTitle') }));
        for (const ob of ch.objectives) {
          out.push(`  ${say('show.objective', { id: ob.id, title: ob.title ?? say('show.noTitle') })}${ob.source ? `  [${ob.source}]` : ''}`);
          for (const cr of ob.criteria) {
            const g = (grade?: string) => (grade ? ` (${grade})` : '');
            const elements =
              elementsState(cr) === 'unknown'
                ? say('show.elementsUnknown')
                : `${l10n.count(lg, 'count.element', cr.elements.length)}${cr.elementsComplete ? '' : say('show.elementsPartial')}`;
            out.push(
              `    ${cr.id} — ${cr.title ?? say('show.noTitle')}  ${say('show.criterion', {
                level: cr.level ? `${cr.level}${g(cr.levelGrade)}` : say('show.levelUnknown'),
                scopes: cr.scopes ? `${cr.scopes.map(x => c.scopeLabel(x)).join(', ')}${g(cr.scopesGrade)}` : say('show.scopesUnknown'),
                methods: cr.methods ? cr.methods.map(m => c.methodLabel(m)).join(', ') : say('show.methodsUnknown'),
                elements,
                source: `${cr.source}${g(cr.grade)}`,
              })}`,
            );
            for (const e of cr.elements) out.push(`      ${e.id}${e.method ? ` (${e.method})` : ''}: ${e.text ?? say('show.noText')}`);
          }
        }
      }
      out.push('', say('show.kinds'));
      for (const k of c.data.evidenceKinds)
        out.push(
          `  ${k.id} — ${k.title}${k.shown ? ` [${k.shown}]` : ''}${k.maxAge ? say('show.maxAge', { age: k.maxAge.duration, basis: k.maxAge.basis }) : ''}`,
        );
      const dur = (d: string) => {
        const p = parseDuration(d);
        return p ? formatDuration(p, lg) : d;
      };
      out.push(
        '',
        say('show.calista', { documents: c.data.calista.documents.join(', '), deadline: dur(c.data.calista.deadline), source: c.data.calista.source }),
      );
      const cycle = c.data.certification;
      if (cycle) {
        out.push(
          say('show.cycle', {
            validity: dur(cycle.validity),
            source: cycle.source,
            conditional: cycle.conditional ? say('show.conditional', { from: dur(cycle.conditional.from), to: dur(cycle.conditional.to) }) : '',
            refused: cycle.refused ? say('show.refused', { from: dur(cycle.refused.from), to: dur(cycle.refused.to) }) : '',
          }),
        );
      }
      const visit = c.data.visit;
      if (visit?.readyBefore)
        out.push(
          say('show.readyBefore', {
            duration: dur(visit.readyBefore.duration),
            basis: say(visit.readyBefore.basis === 'practice' ? 'show.practice' : 'show.manual'),
            source: visit.readyBefore.source,
          }),
        );
      const audit = visit?.governanceAudit;
      if (audit)
        out.push(
          say('show.participants', {
            title: audit.title ?? say('show.governanceAudit'),
            duration: audit.duration ? ` (${audit.duration})` : '',
            participants: audit.participants.map(p => `${p.title}${p.uncertain ? ' ?' : ''}`).join(', '),
            source: audit.source,
          }),
        );
      if (c.data.roles?.length) out.push(say('show.roles', { roles: c.data.roles.map(r => r.id).join(', ') }));
      out.push('', say('show.sources'));
      for (const [sid, s] of Object.entries(c.data.sources))
        out.push(`  [${sid}] ${s.title}${s.publisher ? ` — ${s.publisher}` : ''}${s.date ? `, ${s.date}` : ''}${s.url ? ` <${s.url}>` : ''}`);
      process.stdout.write(terminalLines(out.join('\n') + '\n'));
    });

  addCatalogueTools(program, cat, { schemasDir, usage: m => new UsageError(m), writeOut, version: VERSION, lang });
  addSelfEvalCommands(program, { schemasDir, usage: m => new UsageError(m), version: VERSION, parseDate, langOption, lang });

  program
    .command('new')
    .description(
      "a new criterion file: every element with its text from the manual as a comment and status a-evaluer, a commented example of evidence and action; printed, or written with -o FILE or --write (into the dossier); never over an existing file. Without a criterion, list the criteria of the dossier's scope that have no file yet",
    )
    .argument('[criterion]', 'criterion code, e.g. 3.4-05 or Crit.3.4-05 (one the catalogue lacks gets a file too)')
    .option('--manual <id>', "catalogue id or path (default: the dossier's, else has-es-2025)")
    .option('-o, --output <file>', 'write the file here ("-": standard output)')
    .option('--write', 'write criteres/<code>.yaml in the dossier that holds the working directory')
    .option('--dossier <dir>', 'without a criterion: the dossier whose missing criteria are listed', '.')
    .addOption(langOption())
    .action((code: string | undefined, o: { manual?: string; output?: string; write?: boolean; dossier: string; lang: Lang }) => {
      const say = (id: l10n.MessageId, params?: l10n.Params) => l10n.t(o.lang, id, params);
      if (code === undefined) {
        const root = path.resolve(o.dossier);
        const result = checkDossierAt(root, nodeHost, new CatalogueRegistry(schemasDir()), { lang: o.lang });
        if (result.fatal?.kind === 'no-manifest') throw new UsageError(result.fatal.message);
        const list = criteriaToAdd(result);
        if (list.empty) {
          process.stdout.write(terminalLines(`${list.empty}\n`));
          return;
        }
        const out = [
          say('new.listHeader', {
            criteria: l10n.count(o.lang, 'count.criterion', list.criteria.length),
            catalogue: result.catalogue!.id,
            root: path.relative(process.cwd(), root) || '.',
          }),
        ];
        for (const c of list.criteria) out.push(`  ${c.id.padEnd(7)} ${(c.levelLabel ?? '').padEnd(10)} ${c.title ?? ''}`.trimEnd());
        out.push('', say('new.listHint'));
        process.stdout.write(terminalLines(out.join('\n') + '\n'));
        return;
      }
      const ref = parseCriterionCode(code);
      if (!ref) throw new UsageError(say('cli.new.notACode', { code }));
      if (o.write && o.output) throw new UsageError(say('cli.new.writeAndOutput'));
      checkOutputTarget(o.output);
      const dossier = o.write || !o.manual ? dossierAbove(process.cwd()) : undefined;
      if (o.write && !dossier) throw new UsageError(say('cli.new.writeNoDossier'));
      const registry = new CatalogueRegistry(schemasDir());
      const fromDossier = !o.manual && dossier ? checkManifest(dossier, registry, o.lang) : undefined;
      if (fromDossier?.fatal) throw new UsageError(fromDossier.fatal.message);
      const c = fromDossier?.catalogue ?? registry.resolve(o.manual ?? 'has-es-2025', dossier ?? process.cwd());
      const cr = c.criteria.get(ref.criterion);
      const text = cr ? criterionFileText(cr) : criterionFileText({ id: ref.criterion }, c.id);
      if (!cr) process.stderr.write(`${say('cli.new.notInCatalogue', { id: ref.criterion, catalogue: c.id })}\n`);
      const target = o.write ? path.join(dossier!, 'criteres', `${ref.criterion}.yaml`) : o.output;
      if (isStdout(target)) return void process.stdout.write(text);
      // never through a link; never over an existing file (so never over a file of the dossier)
      checkOutputTarget(target);
      if (!createNewFile(o.write ? dossier! : path.dirname(path.resolve(target!)), path.resolve(target!), text)) {
        throw new UsageError(say('cli.new.exists', { file: path.relative(process.cwd(), target!) }));
      }
      process.stderr.write(`${say('cli.new.created', { file: path.relative(process.cwd(), target!) })}\n`);
    });

  program
    .command('rules')
    .description('list the rule codes with their default severity')
    .option('--json', 'print JSON: {tool, version, rules: [{code, severity, description}]}')
    .addOption(langOption())
    .action((o: { lang: Lang; json?: boolean }) => {
      if (o.json) {
        const rules = RULES.map(r => ({ code: r.code, severity: r.defaultSeverity, description: r.description[o.lang] }));
        return void process.stdout.write(JSON.stringify({ tool: 'has-dossier', version: VERSION, rules }, null, 2) + '\n');
      }
      for (const r of RULES) process.stdout.write(`${r.code.padEnd(26)} ${r.defaultSeverity.padEnd(8)} ${r.description[o.lang]}\n`);
    });
  addExamples(program, lang);
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
    writeOutputFile(
      file,
      renderReportHtml(buildReportModel(result), {
        link: (f, line) =>
          `${path
            .relative(outDir, path.join(root, ...f.split('/')))
            .split(path.sep)
            .map(encodeURIComponent)
            .join('/')}#L${line}`,
      }),
    );
    rows.push(groupRow(site, result, path.relative(path.dirname(index), file).split(path.sep).map(encodeURIComponent).join('/')));
  }
  checkOutputTarget(index, roots);
  writeOutputFile(index, renderGroupIndexHtml(rows, o.lang, asOf));
  process.stderr.write(
    `${l10n.t(lang, 'cli.groupReportWritten', { file: o.output, sites: l10n.count(lang, 'count.site', rows.length), folder: path.relative(process.cwd(), folder) || '.' })}\n`,
  );
}

/** One example (or a few) at the end of each command's --help. */
export const EXAMPLES: Record<string, string[]> = {
  '': ['has-dossier check', 'has-dossier init qualite/certification --ci github'],
  check: [
    'has-dossier check',
    'has-dossier check criteres/3.4-05.yaml',
    'has-dossier check qualite/certification -f sarif -o has-dossier.sarif -f junit -o has-dossier.xml -f compact',
    'has-dossier check GHT --all --max-warnings 0',
  ],
  report: ['has-dossier report qualite/certification -o rapport.html'],
  visit: ['has-dossier visit qualite/certification --as-of 2027-01-15 --format json -o visite.json'],
  init: ['has-dossier init qualite/certification --name "CH d\'Exemple" --finess 330781196 --scope maternite --ci github'],
  schema: ['has-dossier schema dossier -o dossier.schema.json'],
  catalogue: ['has-dossier catalogue show has-es-2025'],
  'catalogue list': ['has-dossier catalogue list --json'],
  'catalogue show': ['has-dossier catalogue show has-es-2025'],
  'catalogue import': ['has-dossier catalogue import grille.xlsx -o catalogue/grille.json'],
  'catalogue export': ['has-dossier catalogue export has-es-2025 -o grille.csv'],
  'catalogue template': ['has-dossier catalogue template --format xlsx -o grille.xlsx'],
  'catalogue diff': ['has-dossier catalogue diff has-es-2025 catalogue/grille.json'],
  migrate: ['has-dossier migrate --to catalogue/grille.json --map decisions.json --write'],
  new: ['has-dossier new 3.4-05 -o criteres/3.4-05.yaml'],
  rules: ['has-dossier rules --json'],
  export: [
    'has-dossier export qualite/certification -o auto-evaluation.xlsx',
    'has-dossier export -f csv --table actions > paqss.csv',
    'has-dossier export ght/ --all -f json -o ght.json',
  ],
  calendar: ['has-dossier calendar qualite/certification -o echeances.ics'],
  todo: ['has-dossier todo qualite/certification --owner DSI --within 30d', 'has-dossier todo --within 30d --format markdown'],
};

function addExamples(program: Command, lang: Lang): void {
  const walk = (cmd: Command, prefix: string) => {
    const lines = EXAMPLES[prefix];
    if (lines) cmd.addHelpText('after', `\n${l10n.t(lang, 'cli.examples', { n: lines.length })}\n${lines.map(l => `  ${l}`).join('\n')}`);
    for (const sub of cmd.commands) walk(sub, prefix ? `${prefix} ${sub.name()}` : sub.name());
  };
  walk(program, '');
}

/** A CI recipe of ci/ with the dossier's folder (from the repository root) in place of ".". */
export function ciRecipeFor(template: string, dossier: string): string {
  if (dossier === '.') return template;
  const quoted = JSON.stringify(dossier);
  return template
    .replace(/^(\s*DOSSIER: )(?:\.|"\.")(\s)/m, (_, head: string, tail: string) => `${head}${quoted}${tail}`)
    .replace(/^(\s*args: \[)"\."(\])/m, (_, head: string, tail: string) => `${head}${quoted}${tail}`);
}

interface CheckOptions {
  format?: string[];
  output?: string[];
  asOf?: string;
  failOn: Severity;
  maxWarnings?: number;
  quiet?: boolean;
  all?: boolean;
  jobs?: number;
  color?: boolean;
  lang: Lang;
}

const collect = (v: string, list: string[] = []) => [...list, v];

/**
 * Pairs the formats and the outputs of `check`: the i-th -o is the i-th -f's file; a format
 * left without -o goes to standard output, which only one can have; -o alone is stylish.
 */
export function planOutputs(formats: string[], files: string[], lang: Lang): { format: string; file?: string }[] {
  for (const f of formats) {
    if (!(f in FORMATTERS)) throw new UsageError(l10n.t(lang, 'cli.check.unknownFormat', { format: f, formats: Object.keys(FORMATTERS).join(', ') }));
  }
  const list = formats.length ? formats : ['stylish'];
  if (files.length > list.length) throw new UsageError(l10n.t(lang, 'cli.check.tooManyOutputs', { outputs: files.length, formats: list.length }));
  const plan = list.map((format, i) => ({ format, file: files[i] === '-' ? undefined : files[i] }));
  if (plan.filter(p => p.file === undefined).length > 1) throw new UsageError(l10n.t(lang, 'cli.check.oneStdout'));
  return plan;
}

/** The dossier folder that holds `dir` (itself or a folder above), or undefined. */
function dossierAbove(dir: string): string | undefined {
  let d = dir;
  for (;;) {
    // a dossier.yaml that is not a file is still this dossier's (the check says it cannot be read)
    if (nodeHost.kind(path.join(d, 'dossier.yaml')) !== undefined) return d;
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/**
 * What `check [path]` checks: the dossier found upward from the path (or the working directory),
 * as ESLint finds its configuration; a file of a dossier narrows the findings to that file; a
 * folder of dossiers says to use --all.
 */
function locateTarget(arg: string | undefined, all: boolean, cwd: string, lang: Lang): { root: string; only?: string } {
  const abs = path.resolve(cwd, arg ?? '.');
  const kind = nodeHost.kind(abs);
  const shown = arg ?? '.';
  if (kind !== 'dir' && kind !== 'file') throw new UsageError(l10n.t(lang, 'cli.check.noSuchPath', { path: shown }));
  if (all) {
    if (kind !== 'dir') throw new UsageError(l10n.t(lang, 'cli.check.allNeedsFolder', { path: shown }));
    return { root: abs };
  }
  const start = kind === 'dir' ? abs : path.dirname(abs);
  const root = dossierAbove(start);
  if (!root) {
    const below = kind === 'dir' ? findDossierRoots(abs).length : 0;
    if (below) throw new UsageError(l10n.t(lang, 'cli.check.dossiersBelow', { n: below, path: shown }));
    throw new UsageError(l10n.t(lang, 'cli.check.noDossierAbove', { path: shown }));
  }
  return { root, only: kind === 'file' ? path.relative(root, abs).split(path.sep).join('/') : undefined };
}

/** `check --all`: the outputs of several dossiers as one document of the same format, in pieces. */
function combine(format: string, outputs: Uint8Array[], version: string, summary: object): (string | Uint8Array)[] {
  const text = (o: Uint8Array) => DECODER.decode(o);
  switch (format) {
    case 'json':
      return [jsonHead(version), ...outputs.flatMap((o, i) => (i === 0 ? [o] : [',\n', o])), jsonTail(summary)];
    case 'sarif': {
      const logs = outputs.map(o => JSON.parse(text(o)));
      return [JSON.stringify({ ...logs[0], runs: logs.flatMap(l => l.runs) }, null, 2) + '\n'];
    }
    case 'gitlab':
      return [
        JSON.stringify(
          outputs.flatMap(o => JSON.parse(text(o))),
          null,
          2,
        ) + '\n',
      ];
    case 'junit': {
      const docs = outputs.map(text);
      const suites = docs.map(o => o.replace(/^[\s\S]*?<testsuites[^>]*>\n?/, '').replace(/<\/testsuites>\s*$/, ''));
      const count = (attr: string) => docs.reduce((n, o) => n + Number(new RegExp(`<testsuites [^>]*${attr}="(\\d+)"`).exec(o)?.[1] ?? 0), 0);
      return [
        `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="has-dossier" tests="${count('tests')}" failures="${count('failures')}" errors="0" skipped="${count('skipped')}">\n${suites.join('')}</testsuites>\n`,
      ];
    }
    default:
      return outputs.flatMap((o, i) => (i === 0 ? [o] : ['\n', o]));
  }
}

const DECODER = new TextDecoder();

export async function main(argv: string[]): Promise<number> {
  const lang = langOfArgv(argv);
  setOutputLang(lang);
  const program = buildProgram(lang);
  try {
    await program.parseAsync(normalizeArgv(argv), { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, with code 0
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UsageError || e instanceof CatalogueError || e instanceof OutputError || e instanceof WriteRefused) {
      process.stderr.write(`has-dossier: ${terminalText(e instanceof CatalogueError || e instanceof WriteRefused ? e.text(lang) : e.message)}\n`);
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
  main(process.argv.slice(2)).then(code => {
    process.exitCode = code;
  });
}
