/**
 * export, calendar and todo, run as users run them (dist/cli.js), read back with libraries that
 * did not write them: exceljs for the workbook, ical.js for the calendar, ajv for the JSON schema.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers.js';

const CLI = path.join(REPO, 'dist', 'cli.js');
const EXAMPLE = path.join(REPO, 'examples', 'ch-exemple');
const AS_OF = ['--as-of', '2026-11-23'];

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'has-export-'));
const exportJson = (args: string[] = []) => JSON.parse(cli(['export', EXAMPLE, ...AS_OF, '-f', 'json', ...args]).stdout);

/** The example's elements and actions, from its files (not from the tool). */
function exampleActions(): number {
  let n = 0;
  for (const f of fs.readdirSync(path.join(EXAMPLE, 'criteres')))
    n += (fs.readFileSync(path.join(EXAMPLE, 'criteres', f), 'utf8').match(/^ {6}- title: .*\n {8}(due|owner|done):/gm) ?? []).length;
  return n;
}

describe('has-dossier export', () => {
  it('json: the model with its version, valid against the published schema, one row per element and per action', () => {
    const m = exportJson();
    expect(m).toMatchObject({
      $schema: 'https://has-dossier.example/schemas/export.schema.json',
      version: 1,
      tool: 'has-dossier',
      asOf: '2026-11-23',
      manual: 'has-es-2025',
    });
    const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'schemas', 'export.schema.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(m), JSON.stringify(validate.errors)).toBe(true);
    expect(m.elements.length).toBe(m.readiness.total);
    expect(m.actions.length).toBe(exampleActions());
    const dmn = m.elements.find((e: { criterion: string; element: string }) => e.criterion === '3.4-05' && e.element === 'ee01');
    expect(dmn).toMatchObject({ status: 'conforme', proven: false, owner: 'Référent DMN', file: 'criteres/3.4-05.yaml' });
    expect(dmn.whyNotProven[0]).toMatch(/^« Cartographie des DMN à usage professionnel » périmée/);
    expect(dmn.evidence[0]).toMatchObject({ file: 'preuves/cartographie-dmn.xlsx', date: '2025-10-10', validUntil: '2026-10-10', valid: false });
    const ee02 = m.elements.find((e: { criterion: string; element: string }) => e.criterion === '3.1-09' && e.element === 'ee02');
    expect(ee02.comment).toBe("L'alimentation automatique couvre les comptes rendus d'hospitalisation ;\nles résultats de biologie restent à raccorder.\n");
    expect(ee02.openActions).toEqual(['Raccorder les résultats de biologie à Mon espace santé']);
    expect(m.actions.find((a: { action: string }) => a.action === 'Former les urgentistes au logiciel de télésurveillance')).toMatchObject({
      state: 'overdue',
      due: '2026-09-30',
    });
  });

  it('xlsx: French headers, real dates, frozen header rows, filters, widths; read back with exceljs', async () => {
    const dir = tmp();
    const file = path.join(dir, 'auto-evaluation.xlsx');
    const r = cli(['export', EXAMPLE, ...AS_OF, '-f', 'xlsx', '-o', file]);
    expect(r.code, r.stderr).toBe(0);
    const m = exportJson();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map(w => w.name)).toEqual(['Auto-évaluation', 'PAQSS']);
    const [el, act] = wb.worksheets;
    expect(el.getRow(1).values).toEqual([
      undefined,
      'Chapitre',
      'Objectif',
      'Critère',
      'Intitulé du critère',
      'Niveau',
      'Élément',
      "Texte de l'élément",
      'Statut déclaré',
      'Prouvé',
      'Prouvé le jour de la visite',
      'Pourquoi non prouvé',
      'Preuves',
      'Commentaire',
      'Commentaire du critère',
      'Pilote',
      'Actions ouvertes',
      'Fichier',
    ]);
    expect(el.rowCount).toBe(1 + m.elements.length);
    expect(act.rowCount).toBe(1 + m.actions.length);
    for (const ws of [el, act]) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.getColumn(3).width).toBeGreaterThan(8);
    }
    // one row per element with the dossier's values
    const rows = el.getSheetValues().slice(2) as unknown[][];
    const dmn = rows.find(r => r[3] === '3.4-05' && r[6] === 'ee01')!;
    expect([dmn[8], dmn[9], dmn[15], dmn[17]]).toEqual(['conforme', 'non', 'Référent DMN', 'criteres/3.4-05.yaml:5']);
    // real dates in the PAQSS
    const overdue = (act.getSheetValues().slice(2) as unknown[][]).find(r => r[3] === 'Former les urgentistes au logiciel de télésurveillance')!;
    expect(overdue[5]).toBeInstanceOf(Date);
    expect((overdue[5] as Date).toISOString().slice(0, 10)).toBe('2026-09-30');
    expect(overdue[7]).toBe('en retard');
    expect(act.getCell(2, 5).numFmt).toBe('yyyy-mm-dd');
  });

  it('English headers with --lang en; csv to standard output; xlsx needs -o', async () => {
    const dir = tmp();
    const file = path.join(dir, 'en.xlsx');
    expect(cli(['export', EXAMPLE, ...AS_OF, '-o', file, '--lang', 'en']).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map(w => w.name)).toEqual(['Self-evaluation', 'PAQSS']);
    expect(wb.worksheets[1].getRow(1).values).toEqual([undefined, 'Criterion', 'Element', 'Action', 'Owner', 'Due', 'Done on', 'State', 'File']);
    const csv = cli(['export', EXAMPLE, ...AS_OF, '-f', 'csv', '--table', 'actions']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toBe('\ufeffCritère;Élément;Action;Pilote;Échéance;Faite le;État;Fichier');
    expect(csv.stdout).toContain(
      '3.4-05;ee03;Former les urgentistes au logiciel de télésurveillance;Cadre des urgences;2026-09-30;;en retard;criteres/3.4-05.yaml:',
    );
    const r = cli(['export', EXAMPLE, '-f', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/export --format xlsx demande -o FICHIER\.xlsx/);
    expect(cli(['export', EXAMPLE, '-f', 'xlsx', '--lang', 'en']).stderr).toMatch(/needs -o/);
  });

  it('--all: one row per site, every table with its site', async () => {
    const ght = tmp();
    for (const site of ['site-a', 'site-b']) fs.cpSync(EXAMPLE, path.join(ght, site), { recursive: true });
    const m = JSON.parse(cli(['export', ght, '--all', ...AS_OF, '-f', 'json']).stdout);
    expect(m.sites.map((s: { site: string }) => s.site)).toEqual(['site-a', 'site-b']);
    const file = path.join(ght, 'ght.xlsx');
    expect(cli(['export', ght, '--all', ...AS_OF, '-o', file]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map(w => w.name)).toEqual(['Sites', 'Auto-évaluation', 'PAQSS']);
    expect(wb.worksheets[0].rowCount).toBe(3);
    expect(wb.worksheets[0].getRow(2).values).toEqual([
      undefined,
      "Centre hospitalier d'Exemple",
      'site-a',
      '330781196',
      52,
      40,
      3,
      1,
      m.sites[0].actions.filter((a: { state: string }) => a.state !== 'done').length,
    ]);
    expect(wb.worksheets[1].rowCount).toBe(1 + 2 * m.sites[0].elements.length);
  });
});

describe('has-dossier calendar', () => {
  it('parses with ical.js: one event per due date and expiry, the CALISTA deadline, the visit, HDS ends; the same UIDs twice, whatever the time zone', () => {
    const a = cli(['calendar', EXAMPLE, ...AS_OF]);
    expect(a.code, a.stderr).toBe(0);
    for (const TZ of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Paris'])
      expect(cli(['calendar', EXAMPLE, ...AS_OF], { TZ }).stdout, TZ).toBe(a.stdout);
    const comp = new ICAL.Component(ICAL.parse(a.stdout));
    const events = comp.getAllSubcomponents('vevent').map(v => new ICAL.Event(v));
    const m = exportJson();
    const dues = m.actions.filter((x: { due: string | null }) => x.due).length;
    const expiries = m.elements
      .flatMap((e: { evidence: { validUntil: string | null }[] }) => e.evidence)
      .filter((e: { validUntil: string | null }) => e.validUntil).length;
    const byKind = (k: string) => events.filter(e => e.component.getFirstPropertyValue('categories') === k);
    expect(byKind('action').length).toBe(dues);
    expect(byKind('document').length).toBeGreaterThanOrEqual(expiries);
    expect(byKind('visit').map(e => e.startDate.toString())).toEqual(['2027-03-15']);
    expect(byKind('calista').map(e => e.startDate.toString())).toEqual(['2027-01-15']);
    expect(
      byKind('hds')
        .map(e => e.startDate.toString())
        .sort(),
    ).toEqual(['2027-01-31', '2028-09-30']);
    const overdue = events.find(e => e.summary.includes('Former les urgentistes'))!;
    expect(overdue.startDate.toString()).toBe('2026-09-30');
    expect(overdue.startDate.isDate).toBe(true);
    expect(overdue.description).toContain('Critère : 3.4-05-ee03');
    expect(overdue.description).toContain('Pilote : Cadre des urgences');
    expect(overdue.description).toContain('Fichier : criteres/3.4-05.yaml');
    const uids = events.map(e => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    // another day, the same dossier: the same UIDs (re-importing updates instead of duplicating)
    const later = new ICAL.Component(ICAL.parse(cli(['calendar', EXAMPLE, '--as-of', '2026-12-01']).stdout))
      .getAllSubcomponents('vevent')
      .map(v => v.getFirstPropertyValue('uid'));
    expect(later.sort()).toEqual([...uids].sort());
  });
});

describe('has-dossier todo', () => {
  it("--owner lists exactly that owner's work, by role id, title or holder", () => {
    const all = JSON.parse(cli(['todo', EXAMPLE, ...AS_OF, '--format', 'json']).stdout);
    const rssi = all.owners.find((o: { owner: string }) => o.owner === 'rssi');
    expect(rssi.items.length).toBeGreaterThan(0);
    for (const name of ['rssi', 'RSSI', 'M. D. Sécurité']) {
      const one = JSON.parse(cli(['todo', EXAMPLE, ...AS_OF, '--owner', name, '--format', 'json']).stdout);
      expect(one.owners).toEqual([rssi]);
    }
    // every item of the whole list belongs to exactly one owner
    expect(all.owners.flatMap((o: { items: unknown[] }) => o.items).length).toBe(
      all.owners.reduce((n: number, o: { items: unknown[] }) => n + o.items.length, 0),
    );
    const text = cli(['todo', EXAMPLE, ...AS_OF, '--owner', 'cadre-urgences']).stdout;
    expect(text).toBe(
      'Cadre des urgences (M. I. Urgences) (1)\n  - Action en retard depuis le 2026-09-30 : Former les urgentistes au logiciel de télésurveillance (3.4-05-ee03)  criteres/3.4-05.yaml:34\n',
    );
  });

  it('--within widens the horizon; markdown; bad durations are refused', () => {
    const near = JSON.parse(cli(['todo', EXAMPLE, ...AS_OF, '--format', 'json']).stdout);
    const far = JSON.parse(cli(['todo', EXAMPLE, ...AS_OF, '--within', '120d', '--format', 'json']).stdout);
    const count = (l: { owners: { items: { kind: string }[] }[] }) => l.owners.flatMap(o => o.items).filter(i => i.kind === 'action-due-soon').length;
    expect(count(far)).toBeGreaterThan(count(near));
    expect(cli(['todo', EXAMPLE, ...AS_OF, '--format', 'markdown']).stdout).toMatch(/^### .+ \(\d+\)\n\n- /);
    const r = cli(['todo', EXAMPLE, '--within', 'soon']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--within/);
  });

  it('every new command has --help', () => {
    for (const c of ['export', 'calendar', 'todo']) {
      const r = cli([c, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Utilisation : has-dossier ${c}`));
      expect(cli([c, '--help', '--lang', 'en']).stdout).toMatch(new RegExp(`^Usage: has-dossier ${c}`));
      expect(r.stdout).toMatch(/--as-of/);
      expect(r.stdout).toMatch(/--all/);
      expect(r.stdout).toMatch(/--lang/);
    }
  });
});

describe('has-dossier visit --all', () => {
  it("one line per site, then each site's checklist under its folder; JSON sites; exit 1 unless every site is ready", () => {
    const ght = tmp();
    for (const site of ['nord', 'sud/ch-b']) fs.cpSync(EXAMPLE, path.join(ght, site), { recursive: true });
    const one = JSON.parse(cli(['visit', EXAMPLE, ...AS_OF, '--json']).stdout);
    const r = cli(['visit', ght, '--all', ...AS_OF]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(
      ['nord', 'sud/ch-b'].map(
        site =>
          `${site} (Centre hospitalier d'Exemple) : ${one.missing} documents absents, ${one.invalid} documents non valables le jour de la visite et ${one.providerProblems} fournisseur à régulariser`,
      ),
    );
    expect(lines.filter(l => l.startsWith('== '))).toEqual(['== nord ==', '== sud/ch-b ==']);
    // each site's checklist is the one `visit` prints for that site alone
    const alone = cli(['visit', path.join(ght, 'nord'), ...AS_OF]).stdout;
    expect(r.stdout).toContain(`== nord ==\n${alone}`);
    const j = JSON.parse(cli(['visit', ght, '--all', ...AS_OF, '--json']).stdout);
    expect(j.ready).toBe(false);
    expect(j.sites.map((s: { site: string; missing: number; documents: unknown[] }) => [s.site, s.missing, s.documents.length])).toEqual([
      ['nord', one.missing, one.documents.length],
      ['sud/ch-b', one.missing, one.documents.length],
    ]);
    expect(cli(['visit', ght, '--all', ...AS_OF, '--lang', 'en']).stdout.split('\n')[0]).toBe(
      `nord (Centre hospitalier d'Exemple): ${one.missing} documents missing, ${one.invalid} documents not valid on the visit day, and ${one.providerProblems} provider to settle`,
    );
    // with a ready site beside: it says so, and the exit code still follows the one that is not
    fs.mkdirSync(path.join(ght, 'ready'));
    fs.writeFileSync(
      path.join(ght, 'ready', 'dossier.yaml'),
      `manual: ${JSON.stringify(path.join(REPO, 'test', 'fixtures', 'catalogue-imperatif.json'))}\nestablishment:\n  name: CH A\n`,
    );
    const mixed = cli(['visit', ght, '--all', ...AS_OF]);
    expect(mixed.code).toBe(1);
    expect(mixed.stdout.split('\n')[1]).toBe('ready (CH A) : prêt pour la visite');
    const alone2 = cli(['visit', path.join(ght, 'ready'), ...AS_OF]);
    expect(alone2.code).toBe(0);
  });
});
