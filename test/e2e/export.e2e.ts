/**
 * The .xlsx export of the example opened by LibreOffice (Debian's libreoffice-calc-nogui, set up
 * by scripts/e2e-setup.sh), a reader that shares no code with exceljs: converted to UTF-8 CSV,
 * each sheet holds one row per element or per action with the values of the dossier, under the
 * French headers, dates as dates.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { REPO } from './codeServer.js';

const CLI = path.join(REPO, 'dist', 'cli.js');
const cli = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8' });

/** One sheet of a workbook as LibreOffice reads it (sheet numbers from 1). */
function sofficeCsv(xlsx: string, sheet: number, out: string): string[][] {
  // a profile of its own, so that a LibreOffice already running elsewhere does not take the job
  const profile = path.join(out, `profile-${sheet}`);
  const r = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheet}`,
      '--outdir',
      out,
      xlsx,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  expect(r.status, r.stderr).toBe(0);
  const base = path.basename(xlsx, '.xlsx');
  const file = [path.join(out, `${base}-${sheet === 1 ? 'Auto-évaluation' : 'PAQSS'}.csv`), path.join(out, `${base}.csv`)].find(f => fs.existsSync(f))!;
  const rows = parse(fs.readFileSync(file, 'utf8'), { relax_column_count: true }) as string[][];
  fs.rmSync(file);
  return rows;
}

describe('has-dossier export in LibreOffice', () => {
  it("opens with one row per element and one per action, with the dossier's values", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-'));
    const xlsx = path.join(dir, 'auto-evaluation.xlsx');
    const r = cli(['export', 'examples/ch-exemple', '--as-of', '2026-11-23', '-f', 'xlsx', '-o', xlsx]);
    expect(r.status, r.stderr).toBe(0);
    const model = JSON.parse(cli(['export', 'examples/ch-exemple', '--as-of', '2026-11-23', '-f', 'json']).stdout);

    const elements = sofficeCsv(xlsx, 1, dir);
    expect(elements[0].slice(0, 9)).toEqual([
      'Chapitre',
      'Objectif',
      'Critère',
      'Intitulé du critère',
      'Niveau',
      'Élément',
      "Texte de l'élément",
      'Statut déclaré',
      'Prouvé',
    ]);
    expect(elements.length - 1).toBe(model.elements.length);
    const dmn = elements.find(row => row[2] === '3.4-05' && row[5] === 'ee01')!;
    expect([dmn[7], dmn[8], dmn[14], dmn[16]]).toEqual(['conforme', 'non', 'Référent DMN', 'criteres/3.4-05.yaml:5']);
    expect(dmn[11]).toContain('preuves/cartographie-dmn.xlsx');
    const commented = elements.find(row => row[2] === '3.1-09' && row[5] === 'ee02')!;
    expect(commented[12]).toContain("L'alimentation automatique couvre les comptes rendus d'hospitalisation ;");

    const actions = sofficeCsv(xlsx, 2, dir);
    expect(actions[0]).toEqual(['Critère', 'Élément', 'Action', 'Pilote', 'Échéance', 'Faite le', 'État', 'Fichier']);
    expect(actions.length - 1).toBe(model.actions.length);
    const overdue = actions.find(row => row[2] === 'Former les urgentistes au logiciel de télésurveillance')!;
    // a real date: LibreOffice formats it with the cell's number format
    expect([overdue[0], overdue[1], overdue[3], overdue[4], overdue[6]]).toEqual(['3.4-05', 'ee03', 'Cadre des urgences', '2026-09-30', 'en retard']);
  });
});
