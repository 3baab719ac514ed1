// Builds the manual's part of schemas/catalogues/has-es-2025.json (sources, levels, methods,
// champs d'application, chapters → objectives → criteria → elements) from the tables kept in
// docs/sources/ (has-es-2025-criteres.tsv, has-es-2025-objectifs.tsv) and the element texts of
// docs/sources/fiche-ccecqa-2025.txt (the CCECQA sheet, quoted word for word). The other sections
// of the file (evidence kinds, CALISTA, certification cycle, visit, roles) are curated in the file
// itself and kept as they are. Run: npx tsx scripts/build-catalogue.ts (--check: fail if stale).
// A test (test/catalogue/bundled-table.test.ts) fails when the committed file differs.
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
export const CATALOGUE_FILE = path.join(ROOT, 'schemas', 'catalogues', 'has-es-2025.json');
const SOURCES = path.join(ROOT, 'docs', 'sources');

/** The original sources the catalogue cites (the tables only say which one each fact comes from). */
const SEED = 'fiche-ccecqa-2025';
const EXTRACTION = 'extraction-manuel-2025';
/** table grade → the catalogue source that grade names */
const SOURCE_OF_GRADE: Record<string, string> = { 'seed-003': SEED, secondary: EXTRACTION, 'secondary-toc': EXTRACTION, inferred: EXTRACTION };

const EXTRACTION_SOURCE = {
  title:
    'Extraction publique du manuel officiel de certification 2025 (« données extraites du manuel officiel (95 critères) »), fichier src/lib/hasReferentielData.ts',
  publisher: 'Dépôt public koulalizahira-bit/prism-qualit- (GitHub), commit b0e64cdf1a50f3ea17e2769de1f674233ad2b08e',
  date: '2026-07-20',
  url: 'https://github.com/koulalizahira-bit/prism-qualit-/blob/b0e64cdf1a50f3ea17e2769de1f674233ad2b08e/src/lib/hasReferentielData.ts',
  note: "Source secondaire, non vérifiée contre le PDF de la HAS. Les titres concordent mot pour mot partout où une autre source a pu être comparée (fiche CCECQA pour 3.1-07/08/09, 3.4-06 et l'objectif 3.1 ; OMéDIT Centre-Val de Loire pour 2.2-02, 2.3-05, 2.4-02 ; Risqual pour 3.3-05 ; Vidal pour le caractère impératif de 2.4-02). Certains enregistrements ont absorbé des lignes de la table des matières du manuel (grade secondary-toc) ; le champ d'un enregistrement qui en a absorbé plusieurs est donné au dernier critère de sa chaîne (grade inferred). Table de travail : docs/sources/has-es-2025-criteres.tsv.",
};

/** The 14 champs d'application as the tables print them, with the ids of the product contract. */
export const CHAMPS: [id: string, label: string][] = [
  ['tout-l-etablissement', 'Tout l’établissement'],
  ['chirurgie-interventionnel', 'Chirurgie et interventionnel'],
  ['enfants-adolescents', 'Enfants et adolescents'],
  ['soins-longue-duree', 'Soins de longue durée'],
  ['sante-mentale-psychiatrie', 'Santé mentale et psychiatrie'],
  ['hospitalisation-domicile', 'Hospitalisation à domicile'],
  ['smr', 'Soins médicaux et de réadaptation'],
  ['maternite', 'Maternité'],
  ['soins-critiques', 'Soins critiques'],
  ['samu-smur', 'SAMU/SMUR'],
  ['urgences', 'Urgences'],
  ['patient-age', 'Patient âgé'],
  ['radiotherapie', 'Radiothérapie'],
  ['ect', 'ECT'],
];

/** The five evaluation methods; only ASY is attested as an element-code suffix (seed 003). */
const METHODS = [
  { id: 'patient-traceur', label: 'Patient traceur', source: EXTRACTION, grade: 'secondary' },
  { id: 'parcours-traceur', label: 'Parcours traceur', source: EXTRACTION, grade: 'secondary' },
  { id: 'traceur-cible', label: 'Traceur ciblé', source: EXTRACTION, grade: 'secondary' },
  {
    id: 'ASY',
    code: 'ASY',
    label: 'Audit système',
    source: SEED,
    grade: 'seed-003',
    note: "Seul code de méthode attesté comme suffixe d'un code d'élément (Crit.3.1-08-ee01-ASY, fiche CCECQA).",
  },
  { id: 'observation', label: 'Observation', source: EXTRACTION, grade: 'secondary' },
];

/** The table's notes, in the catalogue's words (French, as every text of the catalogue). */
function noteFr(note: string, repairs: string): string | undefined {
  const out: string[] = [];
  for (const part of note.split(/;\s+(?=record|scope|not in)/).filter(Boolean)) {
    let m: RegExpExecArray | null;
    if ((m = /^record (\S+) swallowed TOC lines: its level \(([^)]*)\) and methods \(([^)]*)\) cannot be attributed to one criterion$/.exec(part))) {
      out.push(
        `L'enregistrement ${m[1]} de l'extraction a absorbé des lignes de la table des matières du manuel : son niveau (${m[2]}) et ses méthodes (${m[3]}) ne peuvent être attribués à un seul critère, ils sont donc absents.`,
      );
    } else if (part === "scope: the merged record's champ, which matches the last criterion of its chain") {
      out.push("Champ d'application déduit : celui de l'enregistrement fusionné, donné au dernier critère de sa chaîne.");
    } else if ((m = /^scope doubtful: organ and tissue transplantation filed under « (.+) » in the extraction$/.exec(part))) {
      out.push(`Champ d'application douteux : la greffe d'organes et de tissus est classée sous « ${m[1]} » dans l'extraction.`);
    } else if (part === 'not in the extraction') {
      out.push("Absent de l'extraction : titre et méthode tirés de la fiche CCECQA ; niveau et champ d'application non sourcés.");
    } else {
      throw new Error(`build-catalogue: a note of the table has no French wording yet: "${part}"`);
    }
  }
  for (const r of repairs.split(/;\s*/).filter(Boolean)) out.push(`Mot coupé par l'extraction du PDF, rejoint ici : ${r.replace('→', ' → ')}.`);
  return out.length ? out.join(' ') : undefined;
}

function readTsv(file: string): Record<string, string>[] {
  const lines = fs
    .readFileSync(path.join(SOURCES, file), 'utf8')
    .replace(/\r?\n$/, '')
    .split(/\r?\n/);
  const head = lines[0].split('\t');
  return lines.slice(1).map((l, i) => {
    const cells = l.split('\t');
    if (cells.length !== head.length) throw new Error(`${file}:${i + 2}: ${cells.length} cells, expected ${head.length}`);
    return Object.fromEntries(head.map((h, j) => [h, cells[j]]));
  });
}

/** `Crit.3.1-08-ee01-ASY : text` lines of the CCECQA sheet; bold markers (**) dropped. */
export function seedElements(): Map<string, { id: string; method: string; text: string }[]> {
  const text = fs.readFileSync(path.join(SOURCES, 'fiche-ccecqa-2025.txt'), 'utf8');
  const out = new Map<string, { id: string; method: string; text: string }[]>();
  for (const m of text.matchAll(/^Crit\.([1-9]\.[1-9]-\d{2})-(ee\d{2})-([A-Z]{2,5}) : (.+)$/gm)) {
    const list = out.get(m[1]) ?? [];
    list.push({ id: m[2], method: m[3], text: m[4].replace(/\*\*/g, '').trim() });
    out.set(m[1], list);
  }
  return out;
}

const grade = (g: string, where: string) => {
  if (!(g in SOURCE_OF_GRADE)) throw new Error(`build-catalogue: ${where}: unknown grade "${g}"`);
  return g;
};

export function buildCatalogueText(): string {
  const old = JSON.parse(fs.readFileSync(CATALOGUE_FILE, 'utf8')) as Record<string, unknown>;
  const rows = readTsv('has-es-2025-criteres.tsv');
  const objectiveRows = readTsv('has-es-2025-objectifs.tsv');
  const elements = seedElements();
  const champOf = new Map(CHAMPS.map(([id, label]) => [label, id]));

  const criterion = (r: Record<string, string>) => {
    const c: Record<string, unknown> = { id: r.id, title: r.title, source: SOURCE_OF_GRADE[grade(r.title_source, r.id)], grade: r.title_source };
    if (r.level) {
      if (!['standard', 'imperatif', 'avance'].includes(r.level)) throw new Error(`${r.id}: level "${r.level}"`);
      c.level = r.level;
      c.levelSource = SOURCE_OF_GRADE[grade(r.level_source, r.id)];
      c.levelGrade = r.level_source;
    } else if (r.level_source) throw new Error(`${r.id}: a level source without a level`);
    if (r.scope) {
      const id = champOf.get(r.scope);
      if (!id) throw new Error(`${r.id}: champ "${r.scope}" has no id`);
      c.scopes = [id];
      c.scopesSource = SOURCE_OF_GRADE[grade(r.scope_source, r.id)];
      c.scopesGrade = r.scope_source;
    }
    if (r.methods) {
      const ids = r.methods.split(',');
      for (const m of ids) if (!METHODS.some(x => x.id === m)) throw new Error(`${r.id}: method "${m}"`);
      c.methods = ids;
      c.methodsSource = SOURCE_OF_GRADE[grade(r.methods_source, r.id)];
      c.methodsGrade = r.methods_source;
    }
    const known = elements.get(r.id);
    if (known) {
      // 3.1-07: the sheet quotes ee03–ee05 only; ee01 and ee02 exist by the numbering, their text is not given
      const first = Number(known[0].id.slice(2));
      const before = Array.from({ length: first - 1 }, (_, i) => ({
        id: `ee${String(i + 1).padStart(2, '0')}`,
        source: SEED,
        grade: 'inferred',
        note: `Existe d'après la numérotation (${known[0].id} à ${known[known.length - 1].id} sont cités) ; texte non sourcé.`,
      }));
      c.elementsComplete = before.length === 0;
      if (before.length)
        c.note = `La fiche source ne cite que ${known[0].id} à ${known[known.length - 1].id} ; ${before.map(e => e.id).join(' et ')} existent (numérotation) mais leur texte n'est pas sourcé ; d'autres éléments au-delà de ${known[known.length - 1].id} ne sont pas exclus.`;
      c.elements = [...before, ...known.map(e => ({ id: e.id, text: e.text, method: e.method, source: SEED, grade: 'seed-003' }))];
    } else {
      c.elementsComplete = false;
      c.elements = [];
    }
    const note = noteFr(r.note, r.repairs);
    if (note) c.note = c.note ? `${c.note} ${note}` : note;
    // a stable key order, whatever was set first
    const order = [
      'id',
      'title',
      'source',
      'grade',
      'level',
      'levelSource',
      'levelGrade',
      'scopes',
      'scopesSource',
      'scopesGrade',
      'methods',
      'methodsSource',
      'methodsGrade',
      'elementsComplete',
      'note',
      'elements',
    ];
    return Object.fromEntries(order.filter(k => k in c).map(k => [k, c[k]]));
  };

  const titled = (r: Record<string, string>) => {
    const sources = r.source.split(/;\s*/);
    const seed = /^seed 003 writes: (.+)$/.exec(r.note);
    if (sources.includes('seed-003') && seed) {
      // seed 003 stays the source of what it states, with its spelling
      return { id: r.id, title: seed[1], source: SEED, grade: 'seed-003', note: `L'extraction écrit : « ${r.title} ».` };
    }
    if (sources.length !== 1) throw new Error(`${r.id}: sources "${r.source}"`);
    return { id: r.id, title: r.title, source: SOURCE_OF_GRADE[grade(sources[0], r.id)], grade: sources[0] };
  };

  const chapters = objectiveRows
    .filter(r => r.kind === 'chapter')
    .map(ch => ({
      ...titled(ch),
      objectives: objectiveRows
        .filter(r => r.kind === 'objective' && r.id.startsWith(ch.id + '.'))
        .map(ob => ({
          ...titled(ob),
          criteria: rows
            .filter(r => r.objective === ob.id)
            .sort((a, b) => (a.id < b.id ? -1 : 1))
            .map(r => {
              if (r.chapter !== ch.id || !r.id.startsWith(ob.id + '-')) throw new Error(`${r.id}: chapter/objective columns disagree`);
              return criterion(r);
            }),
        })),
    }));
  const placed = chapters.flatMap(c => c.objectives.flatMap(o => o.criteria)).length;
  if (placed !== rows.length) throw new Error(`build-catalogue: ${rows.length - placed} criteria of the table fall in no objective`);

  const oldSources = old.sources as Record<string, unknown>;
  const sources: Record<string, unknown> = { [SEED]: oldSources[SEED], [EXTRACTION]: EXTRACTION_SOURCE };
  for (const [k, v] of Object.entries(oldSources)) if (!(k in sources) && k !== 'has-manuel-structure') sources[k] = v;

  const out = {
    $schema: old.$schema,
    id: old.id,
    title: old.title,
    edition: old.edition,
    complete: false,
    completeness: `Partiel. Tient les 3 chapitres, les 12 objectifs et ${rows.length} critères du manuel (3.3-03 et 3.4-04 ne sont dans aucune source réunie ici), avec leur titre, leur niveau quand une source permet de l'attribuer (absent sinon : un niveau absent est inconnu, jamais « standard »), leur champ d'application et leurs méthodes, chaque fait avec sa source et son grade (seed-003 : texte primaire cité mot pour mot ; secondary et secondary-toc : extraction publique du PDF, non vérifiée ; inferred : déduit). Les éléments d'évaluation ne sont connus que pour 3.1-07 (ee03 à ee05), 3.1-08, 3.1-09, 3.4-05 et 3.4-06 ; pour les autres critères, ils sont inconnus (tout code eeNN bien formé est accepté, aucun n'est signalé manquant) : chargez la grille de l'équipe avec \`has-dossier catalogue import\`.`,
    sources,
    grades: {
      'seed-003': { fr: 'texte primaire (fiche CCECQA citant le manuel mot pour mot)', en: 'primary text (CCECQA sheet quoting the manual word for word)' },
      secondary: { fr: 'source secondaire (extraction publique du PDF, non vérifiée)', en: 'secondary source (public extraction of the PDF, not checked)' },
      'secondary-toc': { fr: "source secondaire (table des matières de l'extraction)", en: "secondary source (the extraction's table of contents)" },
      inferred: { fr: 'déduit (à vérifier)', en: 'inferred (to be checked)' },
      grid: { fr: "grille de l'équipe", en: "the team's grid" },
    },
    levels: old.levels,
    methods: METHODS,
    scopes: CHAMPS.map(([id, label]) => ({ id, label, source: EXTRACTION, grade: 'secondary' })),
    chapters,
    evidenceKinds: old.evidenceKinds,
    calista: old.calista,
    certification: old.certification,
    visit: old.visit,
    roles: old.roles,
  };
  return JSON.stringify(out, null, 2) + '\n';
}

if (require.main === module) {
  const text = buildCatalogueText();
  const current = fs.readFileSync(CATALOGUE_FILE, 'utf8');
  if (process.argv.includes('--check')) {
    if (text !== current) {
      console.error(`${path.relative(ROOT, CATALOGUE_FILE)} is not what scripts/build-catalogue.ts builds`);
      process.exit(1);
    }
  } else if (text !== current) {
    fs.writeFileSync(CATALOGUE_FILE, text);
    console.log(`wrote ${path.relative(ROOT, CATALOGUE_FILE)}`);
  }
}
