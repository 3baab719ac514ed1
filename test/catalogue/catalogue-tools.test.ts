/**
 * A team's grid as a catalogue (CSV and xlsx, French and English headers, bad rows, a mapping),
 * the round trip import → export → import, and two small editions compared and migrated.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CatalogueData } from '../../engine/src/catalogue.js';
import { diffCatalogues } from '../../engine/src/catalogueDiff.js';
import { exportCatalogueCsv, importCatalogue, type ImportOptions } from '../../engine/src/catalogueImport.js';
import { checkDossierAt, nodeHost } from '../../engine/src/index.js';
import { readCsv } from '../../cli/src/tables.js';
import { REPO, registry } from '../helpers.js';

const CLI = path.join(REPO, 'dist', 'cli.js');
const BASE = registry.resolve('has-es-2025', REPO).data;
const OPTS: ImportOptions = { id: 'grille-ch', title: 'Grille du CH', base: BASE, lang: 'en' };

function cli(args: string[], cwd = REPO) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'has-dossier-cat-'));
const criterionIn = (c: CatalogueData, id: string) => c.chapters.flatMap(ch => ch.objectives.flatMap(o => o.criteria)).find(cr => cr.id === id)!;
const fromCsv = (text: string, o: Partial<ImportOptions> = {}) => {
  const t = readCsv(text);
  return importCatalogue(t.table, t.rowNumbers, { ...OPTS, ...o });
};

const FR =
  "\ufeffChapitre;Objectif;Code critère;Intitulé du critère;Niveau;Champs d'application;EE;Libellé EE;Méthode d'évaluation\r\n" +
  "3;3.4;3.4-05;L'établissement pilote l'usage des DMN;Impératif;Tout l'établissement;ee01;\"Cartographie ; mise à jour\r\nau moins une fois par an\";Audit système\r\n" +
  "3;3.4;3.4-05;L'établissement pilote l'usage des DMN;impératif;;EE 2;Organisation structurée;ASY\r\n" +
  '3;3.4;Crit.3.4-06-ee01-ASY;Outils innovants;Standard;Urgences, Maternité;;Acquisition maîtrisée;\r\n';

describe('catalogue import', () => {
  it('reads French headers and variants, `;`, a BOM, quoted cells with `;` and a line break, and the reference form', () => {
    const r = fromCsv(FR);
    expect(r.rejected).toEqual([]);
    expect(r.rows).toBe(3);
    const cr = ['3.4-05', '3.4-06'].map(id => criterionIn(r.catalogue, id));
    expect(cr.map(c => [c.id, c.level, c.scopes, c.elements.map(e => [e.id, e.method])])).toEqual([
      [
        '3.4-05',
        'imperatif',
        ['tout-l-etablissement'],
        [
          ['ee01', 'ASY'],
          ['ee02', 'ASY'],
        ],
      ],
      ['3.4-06', 'standard', ['urgences', 'maternite'], [['ee01', 'ASY']]],
    ]);
    expect(cr[0].elements[0].text).toBe('Cartographie ; mise à jour\r\nau moins une fois par an');
    // titles of chapters and objectives the grid does not give come from the base, with its source
    expect(r.catalogue.chapters.find(ch => ch.id === '3')).toMatchObject({ id: '3', title: 'L’établissement', source: 'extraction-manuel-2025' });
    expect(r.catalogue.evidenceKinds.map(k => k.id)).toContain('cartographie-dmn');
    expect(() => registry.validate(r.catalogue, 'import')).not.toThrow();
  });

  it('reads English headers with `,`', () => {
    const r = fromCsv(
      'Criterion,Criterion title,Level,EE,Element text,Method\n1.1-01,Patients are informed,standard,ee01,"They get the ""livret""",PT\n1.1-01,Patients are informed,,ee02,Consent is sought,patient traceur\n',
    );
    expect(r.rejected).toEqual([]);
    const c = criterionIn(r.catalogue, '1.1-01');
    expect(c).toMatchObject({ id: '1.1-01', title: 'Patients are informed', level: 'standard' });
    // methods by name; a code the manual does not attest (PT) is the grid's own, never presented as HAS's
    expect(c.elements.map(e => [e.id, e.text, e.method])).toEqual([
      ['ee01', 'They get the "livret"', 'PT'],
      ['ee02', 'Consent is sought', 'patient-traceur'],
    ]);
    expect(r.catalogue.methods).toContainEqual({
      id: 'PT',
      code: 'PT',
      label: 'PT',
      source: 'import',
      grade: 'grid',
      note: "Code de méthode de la grille de l'équipe (pas un code de la HAS).",
    });
    expect(r.catalogue.methods).toContainEqual({ id: 'patient-traceur', label: 'Patient traceur', source: 'extraction-manuel-2025', grade: 'secondary' });
    expect(r.catalogue.methods.filter(m => m.grade === 'grid').map(m => m.id)).toEqual(['PT']);
  });

  it('reports every bad row with its number and reason, and keeps the good ones', () => {
    const csv =
      "Critère;Intitulé du critère;Niveau;Champ d'application;EE;Texte;Méthode;Objectif\n" +
      '3.4-05;Titre A;standard;;ee01;Texte 1;ASY;3.4\n' + // row 2: fine
      ';Titre;standard;;ee02;x;;\n' + // 3: no criterion
      '34-05;Titre;standard;;ee02;x;;\n' + // 4: malformed id
      '3.4-05;Titre A;standard;;e-deux;x;;\n' + // 5: malformed ee
      '3.4-05;Titre A;obligatoire;;ee03;x;;\n' + // 6: unknown level
      '3.4-05;Titre A;standard;;ee01;doublon;;\n' + // 7: duplicate
      '3.4-05;Titre B;standard;;ee04;x;;\n' + // 8: title differs
      '3.4-05;Titre A;standard;Psychiatrie adulte;ee05;x;;\n' + // 9: a champ of the grid's own
      '3.4-05;Titre A;standard;;ee06;x;Entretien;\n' + // 10: unknown method
      '3.4-07;Titre C;standard;;ee01;x;;3.1\n' + // 11: objective does not hold it
      ';;;;;;;\n' + // 12: blank, not a row
      '3.4-05;Titre A;avancé;;ee07;x;;\n'; // 13: level differs
    const r = fromCsv(csv);
    expect(r.rejected).toEqual([
      { row: 3, reason: 'no criterion id' },
      { row: 4, reason: 'criterion "34-05" is not an id such as 3.4-05 or Crit.3.4-05' },
      { row: 5, reason: 'element "e-deux" is not an ee code such as ee01' },
      { row: 6, reason: 'level "obligatoire" is not standard, impératif or avancé' },
      { row: 7, reason: '3.4-05-ee01 already given on row 2' },
      { row: 8, reason: 'criterion 3.4-05: title differs from row 2' },
      {
        row: 10,
        reason: expect.stringMatching(
          /^method "Entretien" is not one of Patient traceur, Parcours traceur, Traceur ciblé, Audit système \(ASY\), Observation, nor a code of the grid/,
        ),
      },
      { row: 11, reason: 'objective "3.1" does not hold criterion 3.4-07 (objective 3.4)' },
      { row: 13, reason: 'criterion 3.4-05: level "avancé" differs from row 2' },
    ]);
    expect(r.rows).toBe(11);
    expect(criterionIn(r.catalogue, '3.4-05').elements.map(e => e.id)).toEqual(['ee01', 'ee05']);
    // in French (the default), the same rows with the same reasons
    expect(fromCsv(csv, { lang: undefined }).rejected).toEqual([
      { row: 3, reason: 'pas de code de critère' },
      { row: 4, reason: "« 34-05 » n'est pas un code de critère comme 3.4-05 ou Crit.3.4-05" },
      { row: 5, reason: "l'élément « e-deux » n'est pas un code ee comme ee01" },
      { row: 6, reason: "le niveau « obligatoire » n'est ni standard, ni impératif, ni avancé" },
      { row: 7, reason: '3.4-05-ee01 déjà donné à la ligne 2' },
      { row: 8, reason: 'critère 3.4-05 : intitulé différent de la ligne 2' },
      {
        row: 10,
        reason: expect.stringMatching(
          /^la méthode « Entretien » n'est ni l'une de Patient traceur, Parcours traceur, Traceur ciblé, Audit système \(ASY\), Observation, ni un code de la grille/,
        ),
      },
      { row: 11, reason: "l'objectif « 3.1 » ne contient pas le critère 3.4-07 (objectif 3.4)" },
      { row: 13, reason: 'critère 3.4-05 : niveau « avancé » différent de la ligne 2' },
    ]);
    // the catalogue's note counts them, with French plurals
    expect(r.catalogue.sources.import.note).toBe("Grille de l'établissement : 11 lignes lues, 9 rejetées.");
  });

  it('takes the champs a grid declares of its own, usable in scope: by id or label', () => {
    const r = fromCsv(
      "Critère;Intitulé du critère;Champ d'application;EE;Texte\n2.1-10;Accès aux soins en psychiatrie;Psychiatrie adulte;ee01;Texte de la grille\n3.4-05;DMN;Tout l'établissement;ee01;x\n",
    );
    expect(r.rejected).toEqual([]);
    expect(r.catalogue.scopes.at(-1)).toEqual({
      id: 'psychiatrie-adulte',
      label: 'Psychiatrie adulte',
      source: 'import',
      grade: 'grid',
      note: "Champ d'application déclaré par la grille de l'équipe.",
    });
    const grid = registry.validate(r.catalogue, 'import');
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'grille.json'), JSON.stringify(r.catalogue));
    for (const scope of ['psychiatrie-adulte', 'PSYCHIATRIE ADULTE']) {
      fs.writeFileSync(path.join(dir, 'dossier.yaml'), `manual: ./grille.json\nestablishment:\n  name: CH Test\nscope: [${scope}]\n`);
      const res = checkDossierAt(dir, nodeHost, registry, { asOf: '2026-11-23' });
      expect(res.findings.filter(f => f.code === 'unknown-scope')).toEqual([]);
      expect(
        res.findings
          .filter(f => f.code === 'missing-criterion')
          .map(f => f.message)
          .join('\n'),
      ).toMatch(/2\.1-10/);
    }
    expect(grid.scopeIds).toContain('psychiatrie-adulte');
  });

  it('takes a mapping for the columns it does not know, and says which ones it did not use', () => {
    const r = fromCsv('Réf.;N°;Énoncé;Commentaire\n3.1-08;1;Les règles sont définies;interne\n', {
      columns: { 'Réf.': 'criterion', 'N°': 'element', Énoncé: 'elementText' },
    });
    expect(r.rejected).toEqual([]);
    // the grid's text; the method the grid does not give is the base's
    expect(criterionIn(r.catalogue, '3.1-08').elements).toEqual([
      { id: 'ee01', source: 'import', grade: 'grid', text: 'Les règles sont définies', method: 'ASY' },
    ]);
    expect(r.ignoredColumns).toEqual(['Commentaire']);
    expect(() => fromCsv('Réf.;N°\n3.1-08;1\n')).toThrow(/no "Critère" \/ "Criterion" column/);
  });

  it('never loses a row: rows appended with LF to an exported CRLF grid are each imported or reported with their row number', () => {
    const exported = exportCatalogueCsv(fromCsv(FR).catalogue);
    const rowsBefore = readCsv(exported).table.length;
    expect(exported.endsWith('\r\n')).toBe(true);
    const header = exported
      .split('\r\n')[0]
      .replace(/^\ufeff/, '')
      .split(';');
    const row = (fields: Record<string, string>) => header.map(h => fields[h] ?? '').join(';');
    const columns = Object.fromEntries(header.map(h => [h, h]));
    const crit = Object.keys(columns).find(h => /crit/i.test(h) && !/titre|intitul|title/i.test(h))!;
    const ee = header.find(h => /^ee$/i.test(h))!;
    const text = header.find(h => /libell|texte|text/i.test(h) && /ee|élément|element/i.test(h)) ?? header.find(h => /texte|text/i.test(h))!;
    const good = exported.split('\r\n').filter(Boolean).at(-1)!.split(';');
    // two rows appended by another tool, with LF line ends: a good one and a bad one
    const appended =
      exported +
      [
        header.map((h, i) => (h === ee ? 'ee09' : h === text ? 'Ajoutée avec LF' : good[i])).join(';'),
        row({ [crit]: '34-05', [ee]: 'ee01', [text]: 'Mauvais code' }),
      ].join('\n') +
      '\n';
    const t = readCsv(appended);
    expect(t.table.length).toBe(rowsBefore + 2);
    const r = importCatalogue(t.table, t.rowNumbers, OPTS);
    const elements = r.catalogue.chapters.flatMap(ch => ch.objectives.flatMap(o => o.criteria.flatMap(c => c.elements.map(e => `${c.id}-${e.id}`))));
    expect(elements).toContain(`${good[header.indexOf(crit)]}-ee09`);
    expect(r.rejected.map(x => x.row)).toEqual([rowsBefore + 2]);
  });

  it('round-trips: import → export as CSV → import gives the same catalogue', () => {
    const first = fromCsv(FR).catalogue;
    const again = fromCsv(exportCatalogueCsv(first)).catalogue;
    // (the import's own note counts the rows it read: the export has a row per known element)
    expect(again.sources.import.note).toMatch(/^Grille de l'établissement : \d+ lignes lues, 0 rejetée\.$/);
    expect({ ...again, sources: { ...again.sources, import: first.sources.import } }).toEqual(first);
    // and the bundled catalogue keeps its criteria, elements, levels and texts
    const bundled = fromCsv(exportCatalogueCsv(BASE, 'en')).catalogue;
    const flat = (c: CatalogueData) =>
      c.chapters.flatMap(ch => ch.objectives.flatMap(o => o.criteria.map(cr => [cr.id, cr.title, cr.level, cr.elements.map(e => [e.id, e.text, e.method])])));
    expect(flat(bundled)).toEqual(flat(BASE));
    // and without a base, the grid alone: only the criteria that have rows
    const alone = fromCsv(exportCatalogueCsv(BASE, 'en'), { base: undefined }).catalogue;
    expect(flat(alone).map(([id]) => id)).toEqual(
      flat(BASE)
        .filter(([, , , els]) => (els as unknown[]).length > 0)
        .map(([id]) => id),
    );
  });

  it("lays the grid over the base: what the grid does not give is the base's, with its source; catalogue diff shows where they part", () => {
    // 3.4-05 and 3.1-07 without title or level (3.1-07's ee03 without text); 2.4-02 reworded and given as standard; nothing else
    const r = fromCsv(
      "Critère;Intitulé du critère;Niveau;EE;Texte de l'EE\n3.4-05;;;ee01;Notre cartographie des DMN\n3.1-07;;;ee03;\n2.4-02;Notre intitulé de la grille;standard;ee01;Texte de la grille\n",
    );
    expect(r.rejected).toEqual([]);
    const base = (id: string) => criterionIn(BASE, id);
    // every criterion of the base is kept
    expect(r.catalogue.chapters.flatMap(ch => ch.objectives.flatMap(o => o.criteria)).length).toBe(116);
    const dmn = criterionIn(r.catalogue, '3.4-05');
    expect(dmn).toMatchObject({ title: base('3.4-05').title, source: base('3.4-05').source });
    // no source gives 3.4-05's level: none is invented
    expect(dmn.level).toBeUndefined();
    expect(dmn.elements).toEqual([{ id: 'ee01', source: 'import', grade: 'grid', text: 'Notre cartographie des DMN', method: 'ASY' }]);
    const ssi = criterionIn(r.catalogue, '3.1-07');
    expect(ssi).toMatchObject({
      title: base('3.1-07').title,
      level: 'standard',
      levelSource: base('3.1-07').levelSource,
      levelGrade: 'secondary',
      scopes: base('3.1-07').scopes,
    });
    expect(ssi.elements).toEqual([base('3.1-07').elements.find(e => e.id === 'ee03')]);
    const imp = criterionIn(r.catalogue, '2.4-02');
    // the grid's own facts say how sure they are: the team's grid (grade grid)
    expect(imp).toMatchObject({
      title: 'Notre intitulé de la grille',
      source: 'import',
      grade: 'grid',
      level: 'standard',
      levelSource: 'import',
      levelGrade: 'grid',
    });
    // a criterion the grid does not name is the base's, as the base states it
    expect(criterionIn(r.catalogue, '1.1-01')).toEqual(base('1.1-01'));
    expect(() => registry.validate(r.catalogue, 'import')).not.toThrow();

    const diff = diffCatalogues(BASE, r.catalogue).changes;
    expect(diff).toContainEqual({
      kind: 'criterion-reworded',
      old: '2.4-02',
      new: '2.4-02',
      before: base('2.4-02').title,
      after: 'Notre intitulé de la grille',
    });
    expect(diff).toContainEqual({ kind: 'level-changed', old: '2.4-02', new: '2.4-02', before: 'imperatif', after: 'standard' });
    expect(diff.filter(c => c.kind === 'criterion-removed')).toEqual([]);
    expect(diff.filter(c => c.kind === 'level-changed').map(c => c.old)).toEqual(['2.4-02']);

    // --base none: the grid alone
    const alone = fromCsv('Critère;EE\n3.4-05;ee01\n', { base: undefined }).catalogue;
    expect(alone.chapters.flatMap(ch => ch.objectives.flatMap(o => o.criteria)).map(c => [c.id, c.title, c.level])).toEqual([['3.4-05', undefined, undefined]]);
  });

  it('reads an .xlsx (first sheet or --sheet), keeps the spreadsheet row numbers, and rejects bad rows with exit 1', async () => {
    const dir = tmp();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes').addRow(['rien']);
    const ws = wb.addWorksheet('Grille 2025');
    ws.addRow(['Critère', 'Intitulé du critère', 'Niveau', 'EE', "Texte de l'EE", 'Méthode']);
    ws.addRow(['3.1-09', 'Les données du patient sont sécurisées', 'Standard', 'ee01', 'Cartographie des échanges non sécurisés', 'ASY']);
    ws.addRow([]);
    ws.addRow(['3.1-09', 'Les données du patient sont sécurisées', 'Standard', 'ee2', 'Mon espace santé', 'ASY']);
    ws.addRow(['3.1-09', 'Les données du patient sont sécurisées', 'Exigeant', 'ee03', 'Fuite', 'ASY']);
    const file = path.join(dir, 'grille.xlsx');
    await wb.xlsx.writeFile(file);
    const out = path.join(dir, 'grille.json');
    const r = cli(['catalogue', 'import', file, '--sheet', 'Grille 2025', '-o', out]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${file} : ligne 5 : le niveau « Exigeant » n'est ni standard, ni impératif, ni avancé`);
    expect(r.stderr).toMatch(/has-dossier : 1 critère, 2 éléments tirés de 3 lignes ; 1 rejetée/);
    const c = JSON.parse(fs.readFileSync(out, 'utf8')) as CatalogueData;
    expect(c).toMatchObject({ id: 'grille', complete: false });
    expect(criterionIn(c, '3.1-09').elements.map(e => e.id)).toEqual(['ee01', 'ee02']);
    const noSheet = cli(['catalogue', 'import', file, '--sheet', 'Autre']);
    expect(noSheet.code).toBe(2);
    expect(noSheet.stderr).toMatch(/^has-dossier: pas de feuille « Autre » dans .*grille\.xlsx \(feuilles : Notes, Grille 2025\)\n$/);
    expect(cli(['catalogue', 'import', file, '--sheet', 'Autre', '--lang', 'en']).stderr).toMatch(
      /^has-dossier: no worksheet "Autre" in .*grille\.xlsx \(it has: Notes, Grille 2025\)\n$/,
    );
  });

  it('writes a template (csv and xlsx, French and English) that imports back', () => {
    const dir = tmp();
    const csv = cli(['catalogue', 'template', '--lang', 'en']);
    expect(csv.stdout.split('\r\n')[0]).toBe(
      '\ufeffChapter;Chapter title;Objective;Objective title;Criterion;Criterion title;Level;Scope;EE;Element text;Method',
    );
    const x = path.join(dir, 'modele.xlsx');
    expect(cli(['catalogue', 'template', '--format', 'xlsx', '-o', x]).code).toBe(0);
    const r = cli(['catalogue', 'import', x, '--id', 'modele']);
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout) as CatalogueData;
    expect(criterionIn(c, '3.4-05').elements.length).toBe(5);
    expect(cli(['catalogue', 'template', '--format', 'xlsx']).code).toBe(2);
  });
});

// Two small editions: 1.1-02 renumbered 1.1-04 (same title), 1.1-03 removed, 1.1-05 added;
// in 1.1-01 ee02 renumbered ee03 (same text), a new ee02, ee01 reworded, the level raised.
function edition(id: string, criteria: { id: string; title: string; level?: 'standard' | 'imperatif'; elements: [string, string][] }[]): CatalogueData {
  return {
    id,
    title: `Édition ${id}`,
    complete: true,
    sources: { s: { title: 'Grille de test' } },
    levels: BASE.levels,
    methods: [{ id: 'ASY', label: 'Audit système', source: 's' }],
    scopes: [],
    chapters: [
      {
        id: '1',
        objectives: [
          {
            id: '1.1',
            criteria: criteria.map(c => ({
              id: c.id,
              title: c.title,
              source: 's',
              ...(c.level ? { level: c.level, levelSource: 's' } : {}),
              elementsComplete: true,
              elements: c.elements.map(([e, text]) => ({ id: e, text, method: 'ASY', source: 's' })),
            })),
          },
        ],
      },
    ],
    evidenceKinds: [],
    calista: { deadline: '2 months', source: 's', documents: [] },
  };
}
const E1 = edition('ed-2025', [
  {
    id: '1.1-01',
    title: 'Le patient est informé',
    level: 'standard',
    elements: [
      ['ee01', 'Le patient reçoit le livret.'],
      ['ee02', 'Le consentement est recherché.'],
    ],
  },
  { id: '1.1-02', title: 'Le patient exprime ses volontés', elements: [['ee01', 'Les directives anticipées sont recueillies.']] },
  { id: '1.1-03', title: 'Critère supprimé ensuite', elements: [['ee01', 'Texte ancien.']] },
]);
const E2 = edition('ed-2029', [
  {
    id: '1.1-01',
    title: 'Le patient est informé',
    level: 'imperatif',
    elements: [
      ['ee01', "Le patient reçoit le livret d'accueil."],
      ['ee02', 'Une information nouvelle.'],
      ['ee03', 'Le consentement est recherché.'],
    ],
  },
  { id: '1.1-04', title: 'Le patient exprime ses volontés', elements: [['ee01', 'Les directives anticipées sont recueillies.']] },
  { id: '1.1-05', title: 'Nouveau critère', elements: [['ee01', 'Texte nouveau.']] },
]);

describe('catalogue diff', () => {
  it('finds added, removed, renumbered and reworded criteria and elements, and level changes', () => {
    const d = diffCatalogues(E1, E2);
    expect(d.changes.map(c => [c.kind, c.old, c.new, c.certain])).toEqual([
      ['level-changed', '1.1-01', '1.1-01', undefined],
      ['element-reworded', '1.1-01-ee01', '1.1-01-ee01', undefined],
      ['element-added', undefined, '1.1-01-ee02', undefined],
      ['element-renumbered', '1.1-01-ee02', '1.1-01-ee03', true],
      ['criterion-renumbered', '1.1-02', '1.1-04', true],
      ['criterion-removed', '1.1-03', undefined, undefined],
      ['criterion-added', undefined, '1.1-05', undefined],
    ]);
    expect(diffCatalogues(E1, E1).changes).toEqual([]);
  });

  it('prints it from the CLI, exit 1 when the editions differ and 0 when not', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'e1.json'), JSON.stringify(E1));
    fs.writeFileSync(path.join(dir, 'e2.json'), JSON.stringify(E2));
    const r = cli(['catalogue', 'diff', 'e1.json', 'e2.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('ed-2025 → ed-2029 : 7 changements');
    expect(r.stdout).toContain('~ 1.1-02 → 1.1-04  critère renuméroté (même texte)');
    expect(r.stdout).toContain('- 1.1-03  critère retiré');
    expect(r.stdout).toContain('~ 1.1-01  niveau changé\n    avant : Standard\n    après : Impératif');
    const en = cli(['catalogue', 'diff', 'e1.json', 'e2.json', '--lang', 'en'], dir);
    expect(en.stdout).toContain('~ 1.1-02 → 1.1-04  criterion renumbered (same text)');
    expect(en.stdout).toContain('~ 1.1-01  level changed\n    was: Standard\n    now: Imperative');
    // a team's grid that gives a level the bundled catalogue does not know: the unknown one is said so
    fs.writeFileSync(path.join(dir, 'grille.csv'), 'Critère;Niveau;EE\n2.1-10;standard;ee01\n');
    expect(cli(['catalogue', 'import', 'grille.csv', '-o', 'grille.json'], dir).code).toBe(0);
    const grid = cli(['catalogue', 'diff', 'has-es-2025', 'grille.json'], dir);
    expect(grid.code).toBe(1);
    expect(grid.stdout).toContain('~ 2.1-10  niveau changé\n    avant : inconnu\n    après : Standard\n');
    expect(cli(['catalogue', 'diff', 'has-es-2025', 'grille.json', '--lang', 'en'], dir).stdout).toContain(
      '~ 2.1-10  level changed\n    was: unknown\n    now: Standard\n',
    );
    const same = cli(['catalogue', 'diff', 'e1.json', 'e1.json'], dir);
    expect(same.code).toBe(0);
    expect(same.stdout).toBe("ed-2025 → ed-2025 : aucun changement de critère ni d'élément\n");
  });
});

describe('migrate', () => {
  const CRIT1 =
    '# notre évaluation du critère 1.1-01\ncriterion: "1.1-01"\nowner: DSI\nelements:\n  ee01:\n    status: conforme  # vu en CME\n    evidence:\n      - title: Livret\n  Crit.1.1-01-ee02-ASY:\n    status: partiel\n    evidence:\n      - title: Formulaire\n';
  function dossier(): string {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'e1.json'), JSON.stringify(E1));
    fs.writeFileSync(path.join(dir, 'e2.json'), JSON.stringify(E2));
    fs.writeFileSync(
      path.join(dir, 'dossier.yaml'),
      'manual: ./e1.json  # la grille 2025\nestablishment:\n  name: CH Test\nrules:\n  missing-criterion: off\n  missing-imperative: off\n  missing-element: off\n',
    );
    fs.mkdirSync(path.join(dir, 'criteres'));
    fs.writeFileSync(path.join(dir, 'criteres', '1.1-01.yaml'), CRIT1);
    fs.writeFileSync(path.join(dir, 'criteres', '1.1-02.yaml'), 'criterion: 1.1-02\nelements:\n  ee01:\n    status: non-conforme\n');
    fs.writeFileSync(path.join(dir, 'criteres', '1.1-03.yaml'), 'criterion: 1.1-03\nelements:\n  ee01:\n    status: a-evaluer\n');
    return dir;
  }
  const snapshot = (dir: string) =>
    Object.fromEntries(
      fs
        .readdirSync(dir, { recursive: true })
        .map(String)
        .filter(f => fs.statSync(path.join(dir, f)).isFile())
        .map(f => [f, fs.readFileSync(path.join(dir, f), 'utf8')]),
    );

  it('plans without writing: the certain renumberings, and what needs a person', () => {
    const dir = dossier();
    const before = snapshot(dir);
    const r = cli(['migrate', dir, '--to', path.join(dir, 'e2.json'), '--lang', 'en']);
    expect(r.code, r.stderr).toBe(1);
    expect(snapshot(dir)).toEqual(before);
    expect(r.stdout).toContain('ed-2025 → ed-2029: 3 edits, 1 rename, 2 decisions for a person — nothing written (add --write)');
    expect(r.stdout).toContain('  dossier.yaml:1  ./e1.json → ./e2.json');
    expect(r.stdout).toContain('  criteres/1.1-01.yaml:9  ee02 → ee03  (element 1.1-01-ee02 → 1.1-01-ee03)');
    expect(r.stdout).toContain('  criteres/1.1-02.yaml → criteres/1.1-04.yaml');
    expect(r.stdout).toContain('  criteres/1.1-01.yaml:5  the text of 1.1-01-ee01 changed in ed-2029: re-evaluate its status and evidence');
    expect(r.stdout).toContain(
      '  criteres/1.1-03.yaml:1  criterion 1.1-03 is not in ed-2029: map it to a new criterion (--map) or delete criteres/1.1-03.yaml',
    );
    // the same plan in French, the default
    const fr = cli(['migrate', dir, '--to', path.join(dir, 'e2.json')]).stdout;
    expect(fr).toContain(
      "ed-2025 → ed-2029 : 3 modifications, 1 renommage, 2 décisions à prendre par une personne — rien n'est écrit (ajoutez --write)\n\nÀ réécrire :\n",
    );
    expect(fr).toContain('  criteres/1.1-01.yaml:9  ee02 → ee03  (élément 1.1-01-ee02 → 1.1-01-ee03)');
    expect(fr).toContain('\nÀ renommer :\n  criteres/1.1-02.yaml → criteres/1.1-04.yaml\n');
    expect(fr).toContain('\nÀ décider :\n  criteres/1.1-01.yaml:5  le texte de 1.1-01-ee01 a changé dans ed-2029 : réévaluez son statut et ses preuves');
  });

  it('with --write rewrites only the ids (comments, quotes and the reference form kept) and renames the file; the dossier then knows every id', () => {
    const dir = dossier();
    const r = cli(['migrate', dir, '--to', path.join(dir, 'e2.json'), '--write', '--json']);
    expect(r.code, r.stderr).toBe(1);
    const plan = JSON.parse(r.stdout);
    expect(plan).toMatchObject({ written: true, from: 'ed-2025', to: 'ed-2029' });
    expect(fs.readFileSync(path.join(dir, 'dossier.yaml'), 'utf8')).toMatch(/^manual: \.\/e2\.json {2}# la grille 2025\n/);
    expect(fs.readFileSync(path.join(dir, 'criteres', '1.1-01.yaml'), 'utf8')).toBe(CRIT1.replace('Crit.1.1-01-ee02-ASY', 'Crit.1.1-01-ee03-ASY'));
    expect(fs.existsSync(path.join(dir, 'criteres', '1.1-02.yaml'))).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'criteres', '1.1-04.yaml'), 'utf8')).toBe('criterion: 1.1-04\nelements:\n  ee01:\n    status: non-conforme\n');
    // the person's decision on the removed criterion: archive its file
    fs.renameSync(path.join(dir, 'criteres', '1.1-03.yaml'), path.join(dir, 'criteres', '1.1-03.yaml.old'));
    const result = checkDossierAt(dir, nodeHost, registry, { asOf: '2026-11-23' });
    expect(result.fatal).toBeUndefined();
    expect(result.findings.filter(f => ['unknown-criterion', 'unknown-element', 'schema', 'uncatalogued-criterion'].includes(f.code))).toEqual([]);
    // a second run has nothing left to do
    const again = cli(['migrate', dir, '--to', path.join(dir, 'e2.json')]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^ed-2029 → ed-2029 : 0 modification, 0 renommage, 0 décision à prendre par une personne/);
  });

  it('migrates a criterion file that begins with a UTF-8 byte-order mark, and keeps the mark', () => {
    const dir = dossier();
    const file = path.join(dir, 'criteres', '1.1-01.yaml');
    fs.writeFileSync(file, '\ufeff' + CRIT1);
    const r = cli(['migrate', dir, '--to', path.join(dir, 'e2.json'), '--write']);
    expect(r.code, r.stderr).toBe(1);
    expect(fs.readFileSync(file, 'utf8')).toBe('\ufeff' + CRIT1.replace('Crit.1.1-01-ee02-ASY', 'Crit.1.1-01-ee03-ASY'));
    expect(fs.readFileSync(path.join(dir, 'dossier.yaml'), 'utf8')).toMatch(/^manual: \.\/e2\.json/);
  });

  it('all or nothing: a file it cannot write leaves every file as it was', () => {
    const dir = dossier();
    const before = snapshot(dir);
    // a criterion file that is a link (inside the dossier): refused before anything is written
    fs.renameSync(path.join(dir, 'criteres', '1.1-01.yaml'), path.join(dir, 'vrai.yaml.txt'));
    fs.symlinkSync(path.join(dir, 'vrai.yaml.txt'), path.join(dir, 'criteres', '1.1-01.yaml'));
    const linked = snapshot(dir);
    const r = cli(['migrate', dir, '--to', path.join(dir, 'e2.json'), '--write']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("has-dossier: criteres/1.1-01.yaml est un lien symbolique : rien n'est migré\n");
    expect(snapshot(dir)).toEqual(linked);
    expect(before['dossier.yaml']).toBe(linked['dossier.yaml']);
    expect(fs.readdirSync(path.join(dir, 'criteres')).filter(f => f.endsWith('.tmp'))).toEqual([]);
  });

  it("follows a person's map, and never renames onto an existing file", () => {
    const dir = dossier();
    fs.writeFileSync(path.join(dir, 'map.json'), JSON.stringify({ criteria: { '1.1-03': '1.1-05' } }));
    fs.writeFileSync(path.join(dir, 'criteres', '1.1-04.yaml'), '# placeholder, not a criterion file\n');
    const r = cli(['migrate', dir, '--to', path.join(dir, 'e2.json'), '--map', path.join(dir, 'map.json'), '--json', '--lang', 'en']);
    const plan = JSON.parse(r.stdout);
    expect(plan.edits.map((e: { file: string; before: string; after: string }) => `${e.file} ${e.before}→${e.after}`)).toContain(
      'criteres/1.1-03.yaml 1.1-03→1.1-05',
    );
    expect(plan.renames).toEqual([{ from: 'criteres/1.1-03.yaml', to: 'criteres/1.1-05.yaml' }]);
    expect(plan.decisions.map((d: { reason: string }) => d.reason)).toContain(
      'criteres/1.1-02.yaml would be renamed criteres/1.1-04.yaml, which exists: rename it by hand',
    );
    const fr = JSON.parse(cli(['migrate', dir, '--to', path.join(dir, 'e2.json'), '--map', path.join(dir, 'map.json'), '--json']).stdout);
    expect(fr.decisions.map((d: { reason: string }) => d.reason)).toContain(
      'criteres/1.1-02.yaml serait renommé criteres/1.1-04.yaml, qui existe : renommez-le à la main',
    );
  });
});
