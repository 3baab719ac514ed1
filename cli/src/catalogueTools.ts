/**
 * `catalogue import | export | template | diff` and `migrate`: a team's own grid as a catalogue,
 * a comparison of two editions, and moving a dossier from one to the other. Only `import --out`,
 * `template --out`, `export --out` and `migrate --write` write files.
 */
import { linkOnTheWay, replaceAll, WriteRefused } from './safeWrite.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Command, Option } from 'commander';
import {
  applyMigrationEdits,
  CatalogueRegistry,
  catalogueRows,
  diffCatalogues,
  exportCatalogueCsv,
  FIELD_ORDER,
  importCatalogue,
  ImportError,
  loadDossier,
  nodeHost,
  planMigration,
  relativeInsidePosix,
  renderDiffText,
  renderPlanText,
  TEMPLATE_HEADERS,
  toCsv,
  type MigrationMap,
} from '../../engine/src/index.js';
import { readTable, xlsxModule } from './tables.js';
import { CATALOGUE_MAX_BYTES, jsonReadProblem, l10n, readJsonFile, terminalLines } from '../../engine/src/index.js';

export interface CliHelpers {
  schemasDir(): string;
  usage(message: string): Error;
  writeOut(text: string, output: string | undefined): void;
  version: string;
  /** the language of messages (the arguments' --lang, read before the program is built) */
  lang: l10n.Lang;
}

/** A mapping or map file, read as a catalogue is (a regular file, capped): an error never quotes its content. */
function readJson(file: string, h: CliHelpers): unknown {
  const read = readJsonFile(file, CATALOGUE_MAX_BYTES);
  if ('value' in read) return read.value;
  throw h.usage(jsonReadProblem(h.lang, file, read, 'file'));
}

/** An id that the meta-schema accepts, from a file name. */
function slug(file: string): string {
  return (
    path
      .basename(file, path.extname(file))
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9.]+/g, '-')
      .replace(/^[^a-z0-9]+|-+$/g, '') || 'grille'
  );
}

export function addCatalogueTools(program: Command, cat: Command, h: CliHelpers): void {
  const registry = () => new CatalogueRegistry(h.schemasDir());

  cat
    .command('import')
    .description(
      "build a catalogue from the team's grid: a .csv (; or , separated, UTF-8) or .xlsx with one row per element of evaluation; every rejected row is reported (exit 1)",
    )
    .argument('<file>', 'the grid (.csv or .xlsx)')
    .option('-o, --output <file>', 'write the catalogue JSON here (default: standard output)')
    .option('--map <file>', 'JSON mapping of your column names to ours: {"columns": {"Réf.": "criterion", …}}')
    .option('--sheet <name>', 'the worksheet to read (default: the first)')
    .option('--id <id>', 'catalogue id (default: from the file name)')
    .option('--title <title>', 'catalogue title')
    .option('--complete', 'the grid holds every criterion of the manual (a criterion it lacks is then an error, not an info)')
    .option('--base <id|path|none>', 'where evidence kinds, CALISTA, the cycle, roles and missing chapter/objective titles come from', 'has-es-2025')
    .action(async (file: string, o: { output?: string; map?: string; sheet?: string; id?: string; title?: string; complete?: boolean; base: string }) => {
      if (!fs.existsSync(file)) throw h.usage(l10n.t(h.lang, 'cli.noFile', { file }));
      const reg = registry();
      const base = o.base === 'none' ? undefined : reg.resolve(o.base, process.cwd()).data;
      const mapping = o.map ? (readJson(o.map, h) as { columns?: Record<string, string> } & Record<string, unknown>) : undefined;
      const columns = mapping ? (mapping.columns ?? (mapping as Record<string, string>)) : undefined;
      let table;
      try {
        table = await readTable(file, o.sheet, h.lang);
      } catch (e) {
        throw h.usage((e as Error).message.split('\n')[0]);
      }
      let result;
      try {
        result = importCatalogue(table.table, table.rowNumbers, {
          id: o.id ?? slug(file),
          title: o.title ?? `Grille importée (${path.basename(file)})`,
          complete: o.complete,
          columns,
          base,
          lang: h.lang,
        });
      } catch (e) {
        if (e instanceof ImportError) throw h.usage(l10n.t(h.lang, 'cli.importFailed', { file, reason: e.message }));
        throw e;
      }
      const catalogue = reg.validate(result.catalogue, o.output ?? file);
      for (const r of result.rejected) process.stderr.write(`${l10n.t(h.lang, 'cli.importRow', { file, row: r.row, reason: r.reason })}\n`);
      const others = catalogue.criteria.size - result.fromGrid.criteria;
      process.stderr.write(
        `${l10n.t(h.lang, 'cli.imported', {
          criteria: l10n.count(h.lang, 'count.criterion', result.fromGrid.criteria),
          elements: l10n.count(h.lang, 'count.element', result.fromGrid.elements),
          rows: l10n.count(h.lang, 'cli.row', result.rows),
          rejected: l10n.count(h.lang, 'cli.rejected', result.rejected.length),
        })}${base && others > 0 ? l10n.t(h.lang, 'cli.importedBase', { criteria: l10n.formatNumber(h.lang, others), base: base.id }) : ''}${result.ignoredColumns.length ? l10n.t(h.lang, 'cli.unusedColumns', { columns: result.ignoredColumns.join(', ') }) : ''}\n`,
      );
      h.writeOut(JSON.stringify(result.catalogue, null, 2) + '\n', o.output);
      if (o.output) process.stderr.write(`${l10n.t(h.lang, 'cli.catalogueWritten', { file: o.output, example: `./catalogue/${path.basename(o.output)}` })}\n`);
      process.exitCode = result.rejected.length ? 1 : 0;
    });

  cat
    .command('export')
    .description('write a catalogue as CSV in the template columns (the round trip of import)')
    .argument('<catalogue>', 'catalogue id or path')
    .option('-o, --output <file>', 'write here (default: standard output)')
    .addOption(new Option('--lang <lang>', 'language of the headers').choices(['fr', 'en']).default('fr'))
    .action((id: string, o: { output?: string; lang: 'fr' | 'en' }) => {
      h.writeOut(exportCatalogueCsv(registry().resolve(id, process.cwd()).data, o.lang), o.output);
    });

  cat
    .command('template')
    .description('the columns import expects, with the rows of criterion 3.4-05 of the bundled catalogue as an example')
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'xlsx']).default('csv'))
    .option('-o, --output <file>', 'write here (needed for xlsx; default: standard output)')
    .addOption(new Option('--lang <lang>', 'language of the headers').choices(['fr', 'en']).default('fr'))
    .action(async (o: { format: string; output?: string; lang: 'fr' | 'en' }) => {
      const bundled = registry().resolve('has-es-2025', process.cwd()).data;
      const rows = [
        FIELD_ORDER.map(f => TEMPLATE_HEADERS[o.lang][f]),
        ...catalogueRows(bundled)
          .filter(r => r.criterion === '3.4-05')
          .map(r => FIELD_ORDER.map(f => r[f])),
      ];
      if (o.format === 'xlsx') {
        if (!o.output || o.output === '-') throw h.usage(l10n.t(h.lang, 'cli.xlsxNeedsOut'));
        await xlsxModule(h.lang).writeXlsx(o.output, rows, l10n.t(o.lang, 'cli.gridSheet'));
        process.stderr.write(`${l10n.t(h.lang, 'cli.templateWritten', { file: o.output })}\n`);
      } else h.writeOut(toCsv(rows), o.output);
    });

  cat
    .command('diff')
    .description(
      'what changed between two editions: criteria and elements added, removed, renumbered or reworded, levels and scopes changed (exit 1 when they differ)',
    )
    .argument('<old>', 'catalogue id or path')
    .argument('<new>', 'catalogue id or path')
    .option('--json', 'print JSON')
    .action((a: string, b: string, o: { json?: boolean }) => {
      const reg = registry();
      const d = diffCatalogues(reg.resolve(a, process.cwd()).data, reg.resolve(b, process.cwd()).data);
      process.stdout.write(
        o.json ? JSON.stringify({ tool: 'has-dossier', version: h.version, ...d }, null, 2) + '\n' : terminalLines(renderDiffText(d, h.lang)),
      );
      process.exitCode = d.changes.length ? 1 : 0;
    });

  program
    .command('migrate')
    .description(
      "move a dossier to a new edition of its catalogue: rewrites criterion ids and ee codes where the mapping is certain, lists what needs a person's decision; writes nothing without --write (exit 1 while decisions remain)",
    )
    .argument('[dir]', 'dossier root', '.')
    .requiredOption('--to <catalogue>', 'the new edition: catalogue id or path')
    .option('--map <file>', 'JSON of your decisions: {"criteria": {"3.4-05": "3.4-07"}, "elements": {"3.4-07-ee01": "3.4-07-ee02"}} (null: removed)')
    .option('--write', 'apply the edits and renames')
    .option('--json', 'print the plan as JSON')
    .action((dir: string, o: { to: string; map?: string; write?: boolean; json?: boolean }) => {
      const root = path.resolve(dir);
      if (nodeHost.kind(root) !== 'dir') throw h.usage(l10n.t(h.lang, 'cli.noFolder', { dir }));
      const dossier = loadDossier(root, nodeHost);
      const manual = dossier.manifest?.manual?.value;
      if (!manual) throw h.usage(l10n.t(h.lang, 'cli.migrate.noManual', { dir }));
      const reg = registry();
      const oldCat = reg.resolve(manual, root);
      const isBundled = reg.bundledIds().includes(o.to);
      const newCat = reg.resolve(o.to, process.cwd());
      // a catalogue inside the dossier as `./…` (a file named `..grille.json` included), one outside as the way there
      const inside = relativeInsidePosix(root, path.resolve(o.to));
      const manualValue = isBundled ? o.to : inside !== undefined ? `./${inside}` : path.relative(root, path.resolve(o.to)).split(path.sep).join('/');
      const map = o.map ? (readJson(o.map, h) as MigrationMap) : undefined;
      const plan = planMigration(dossier, oldCat.data, newCat.data, manualValue, map, h.lang);
      if (o.write) {
        const byFile = new Map<string, typeof plan.edits>();
        for (const e of plan.edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
        // all or nothing: every check first, then every new text written aside, then the renames
        for (const r of plan.renames) {
          if (fs.existsSync(path.join(root, ...r.to.split('/')))) throw h.usage(l10n.t(h.lang, 'cli.migrate.exists', { to: r.to, from: r.from }));
        }
        const changes: { abs: string; text: string }[] = [];
        for (const [rel, edits] of byFile) {
          const abs = path.join(root, ...rel.split('/'));
          const file = dossier.files.find(f => f.path === rel)!;
          const read = nodeHost.readText(abs, Number.MAX_SAFE_INTEGER);
          if ('failure' in read || read.text !== file.source.text) throw h.usage(l10n.t(h.lang, 'cli.migrate.changed', { file: rel }));
          // a file that began with a byte-order mark keeps it
          const bom = fs
            .readFileSync(abs)
            .subarray(0, 3)
            .equals(Buffer.from([0xef, 0xbb, 0xbf]))
            ? '\ufeff'
            : '';
          changes.push({ abs, text: bom + applyMigrationEdits(read.text, edits) });
        }
        try {
          replaceAll(root, changes);
        } catch (e) {
          if (e instanceof WriteRefused) throw h.usage(e.text(h.lang));
          throw e;
        }
        for (const r of plan.renames) {
          const from = path.join(root, ...r.from.split('/')),
            to = path.join(root, ...r.to.split('/'));
          if (linkOnTheWay(root, from) || linkOnTheWay(root, to)) throw h.usage(l10n.t(h.lang, 'cli.migrate.linkOnTheWay', { file: r.from }));
          fs.renameSync(from, to);
        }
      }
      process.stdout.write(
        o.json
          ? JSON.stringify({ tool: 'has-dossier', version: h.version, written: Boolean(o.write), ...plan }, null, 2) + '\n'
          : terminalLines(renderPlanText(plan, Boolean(o.write), h.lang)),
      );
      process.exitCode = plan.decisions.length ? 1 : 0;
    });
}
