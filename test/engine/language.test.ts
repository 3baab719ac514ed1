/** The engine's editor features, text in → result out, with `|` as the cursor (as vscode-json-languageservice tests). */
import { describe, expect, it } from 'vitest';
import {
  doComplete,
  doHover,
  escapeSnippet,
  findCodeLenses,
  findDocumentSymbols,
  getCodeActions,
  indentContinuation,
  snippetText,
  yamlContextAt,
  type LanguageContext,
} from '../../engine/src/index.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CompletionItemKind,
  InsertTextFormat,
  SymbolKind,
  type CodeAction,
  type CompletionItem,
  type MarkupContent,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-types';
import { registry, REPO, run } from '../helpers.js';

/*
 * The features answer in LSP's types; these read them back in the words the expectations use
 * (the kind's name, the text it inserts, whether it is a snippet, the file of each edit).
 */
const KIND_NAMES: Record<number, string> = {
  [CompletionItemKind.Value]: 'value',
  [CompletionItemKind.Property]: 'property',
  [CompletionItemKind.File]: 'file',
  [CompletionItemKind.Constant]: 'date',
  [CompletionItemKind.EnumMember]: 'enum',
  [CompletionItemKind.Reference]: 'reference',
  [CompletionItemKind.Text]: 'text',
};
const SYMBOL_NAMES: Record<number, string> = {
  [SymbolKind.File]: 'file',
  [SymbolKind.Module]: 'module',
  [SymbolKind.Namespace]: 'namespace',
  [SymbolKind.Object]: 'object',
  [SymbolKind.Array]: 'array',
  [SymbolKind.String]: 'string',
  [SymbolKind.Event]: 'event',
  [SymbolKind.Key]: 'key',
};
function row(i: CompletionItem) {
  const edit = i.textEdit as TextEdit;
  return {
    ...i,
    kind: KIND_NAMES[i.kind!],
    documentation: (i.documentation as MarkupContent | undefined)?.value,
    insertText: edit.newText,
    range: edit.range,
    ...(i.insertTextFormat === InsertTextFormat.Snippet ? { snippet: true } : {}),
  };
}
const rows = (c: LanguageContext, p: { line: number; character: number }) => doComplete(c, p).map(row);
/** The edits of an action, each with its file relative to the dossier root (and its snippet, for a snippet edit). */
function editsOf(c: LanguageContext, a: CodeAction): { file: string; range: Range; newText?: string; snippet?: string }[] {
  const file = (uri: string) => path.relative(c.result.root, fileURLToPath(uri)).split(path.sep).join('/');
  if (a.edit?.changes) return Object.entries(a.edit.changes).flatMap(([uri, es]) => es.map(e => ({ file: file(uri), ...e })));
  return (a.edit?.documentChanges ?? []).flatMap(d =>
    'edits' in d
      ? d.edits.map(e => ({ file: file(d.textDocument.uri), range: e.range, ...('snippet' in e ? { snippet: e.snippet.value } : { newText: e.newText }) }))
      : [],
  );
}
/** The files an action creates, with their text. */
const createdBy = (c: LanguageContext, a: CodeAction) => editsOf(c, a).map(e => ({ file: e.file, text: e.newText! }));
/** The quick fixes under `range` of the findings with that code (the request's diagnostics: the findings'). */
const fixesOf = (c: LanguageContext, range: Range, code: string) =>
  getCodeActions(
    c,
    range,
    c.result.findings,
    c.result.findings.map(f => ({ range: f.range, message: f.message, code: f.code })),
  ).filter(a => a.diagnostics?.some(d => d.code === code));

function at(marked: string) {
  const i = marked.indexOf('|');
  const before = marked.slice(0, i).split('\n');
  return { text: marked.slice(0, i) + marked.slice(i + 1), position: { line: before.length - 1, character: before.at(-1)!.length } };
}

function ctx(file: string, text: string, extra: Record<string, string> = {}): LanguageContext {
  return { result: run({ [file]: text, ...extra }), registry, path: file, text, lang: 'fr' };
}

function complete(file: string, marked: string, extra?: Record<string, string>) {
  const { text, position } = at(marked);
  return doComplete(ctx(file, text, extra), position).map(i => i.label);
}

describe('yamlContextAt', () => {
  it.each([
    ['criterion: 3.4|', { path: [], key: 'criterion', prefix: '3.4' }],
    ['elements:\n  ee01:\n    status: conf|', { path: ['elements', 'ee01'], key: 'status', prefix: 'conf' }],
    ['elements:\n  ee01:\n    evidence:\n      - title: x\n        kind: |', { path: ['elements', 'ee01', 'evidence'], key: 'kind' }],
    ['elements:\n  ee01:\n    evidence:\n    - title: x\n      file: pre|', { path: ['elements', 'ee01', 'evidence'], key: 'file', prefix: 'pre' }],
    ['scope:\n  - |', { path: ['scope'], inSequenceItem: true }],
    ['elements:\n  ee01:\n    status: a\n  e|', { path: ['elements'], key: undefined, prefix: 'e', indent: 2 }],
  ])('%j', (marked, expected) => {
    const { text, position } = at(marked);
    expect(yamlContextAt(text, position)).toMatchObject(expected);
  });
});

describe('completion', () => {
  it('offers the keys of an element, of evidence and of actions', () => {
    expect(complete('criteres/c.yaml', 'criterion: 3.4-05\nelements:\n  ee01:\n    |')).toEqual(['status', 'justification', 'evidence', 'actions', 'comment']);
    expect(complete('criteres/c.yaml', 'criterion: 3.4-05\nelements:\n  ee01:\n    evidence:\n      - |')).toEqual([
      'title',
      'kind',
      'file',
      'url',
      'date',
      'validated_by',
      'expires',
      'findings',
      'action_plan',
      'lessons',
    ]);
    expect(complete('dossier.yaml', 'manual: has-es-2025\n|')).toEqual([
      'manual',
      'establishment',
      'visit',
      'certification',
      'roles',
      'providers',
      'paqss',
      'scope',
      'calista',
      'freshness',
      'rules',
    ]);
  });

  it('offers only the CALISTA kinds under calista:, the catalogues under manual:, severities under rules:', () => {
    expect(complete('dossier.yaml', 'manual: has-es-2025\ncalista:\n  - kind: |')).toEqual([
      'schema-directeur-si',
      'rapport-cdu',
      'paqss',
      'pca-pra',
      'charte-informatique',
      'charte-prestataires',
      'cartographie-applicative',
      'plan-blanc',
    ]);
    expect(complete('dossier.yaml', 'manual: |')).toEqual(['has-es-2025']);
    expect(complete('dossier.yaml', 'manual: has-es-2025\nrules:\n  overdue-action: |')).toEqual(['error', 'warning', 'info', 'off']);
  });

  it('offers no ee code for a criterion the catalogue lacks', () => {
    expect(complete('criteres/c.yaml', 'criterion: 3.3-03\nelements:\n  ee|')).toEqual([]);
  });

  it('says why it offers no ee code for a criterion whose elements are unknown, and how to load them', () => {
    const { text, position } = at('criterion: 3.2-01\nelements:\n  ee|');
    const items = rows(ctx('criteres/c.yaml', text), position);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      label: 'Éléments de 3.2-01 inconnus du catalogue intégré',
      kind: 'text',
      insertText: '',
      detail: "aucun code proposé : importez la grille de l'équipe",
    });
    expect(items[0].documentation).toMatch(
      /^Aucune source publique ne donne les éléments d'évaluation du critère 3\.2-01 .* `has-dossier catalogue import grille\.xlsx`/,
    );
  });
});

describe('evidence kinds guided by the catalogue (issue 20, point 7)', () => {
  const EXAMPLE = fs.readFileSync(path.join(REPO, 'examples', 'ch-exemple', 'criteres', '3.4-05.yaml'), 'utf8');
  /** The kinds offered after `kind: ` in the evidence of one element of 3.4-05, in the order the editor shows them (sortText). */
  const offered = (ee: string, lang: 'fr' | 'en' = 'fr') => {
    const lines = EXAMPLE.split('\n');
    const title = lines.findIndex((l, i) => i > lines.indexOf(`  ${ee}:`) && l.startsWith('      - title:'));
    lines.splice(title + 1, 0, '        kind: ');
    const text = lines.join('\n');
    const items = rows({ ...ctx('criteres/3.4-05.yaml', text), lang }, { line: title + 1, character: 14 });
    return items.sort((a, b) => a.sortText!.localeCompare(b.sortText!));
  };

  it.each([
    // element, the first ones offered (expected for the element, then for the criterion), in order
    ['ee01', ['cartographie-dmn', 'procedures-dmn', 'attestation-audit-ssi']],
    ['ee03', ['procedures-dmn', 'cartographie-dmn', 'attestation-audit-ssi']],
    // the catalogue ties no kind to ee04 itself: those of 3.4-05's other elements come first
    ['ee04', ['cartographie-dmn', 'procedures-dmn', 'attestation-audit-ssi']],
  ])('%s: expected kinds first', (ee, first) => {
    const items = offered(ee);
    expect(items.map(i => i.label).slice(0, 3)).toEqual(first);
    expect(items).toHaveLength(registry.resolve('has-es-2025', REPO).data.evidenceKinds.length); // every kind of the catalogue is still offered
    for (const i of items) expect(i.filterText).toBe(i.label);
  });

  it('says on the row why a kind comes first, and gives its title whole in the documentation', () => {
    const [first, second] = offered('ee03');
    expect(first).toMatchObject({
      label: 'procedures-dmn',
      sortText: '0procedures-dmn',
      labelDetails: {
        detail: ' · attendu pour ee03',
        description: "Procédures DMN : achat, suivi, déclarations d'incidents, preuves de formation spécifiques des équipes soignantes",
      },
      detail: "Procédures DMN : achat, suivi, déclarations d'incidents, preuves de formation spécifiques des équipes soignantes (attendu pour ee03)",
      range: { start: { line: 29, character: 14 }, end: { line: 29, character: 14 } },
    });
    expect(first.documentation!.split('\n\n').slice(0, 3)).toEqual([
      "*Type de preuve que le catalogue has-es-2025 attend pour l'élément 3.4-05-ee03.*",
      "**procedures-dmn** — Procédures DMN : achat, suivi, déclarations d'incidents, preuves de formation spécifiques des équipes soignantes",
      'présenté aux experts-visiteurs · 3.4-05-ee02, 3.4-05-ee03, 3.4-05-ee05',
    ]);
    expect(second).toMatchObject({ label: 'cartographie-dmn', sortText: '1cartographie-dmn', labelDetails: { detail: ' · attendu pour 3.4-05' } });
    expect(second.documentation).toMatch(
      /^\*Type de preuve que le catalogue has-es-2025 attend pour un autre élément du critère 3\.4-05\.\*\n\n\*\*cartographie-dmn\*\* — Cartographie des DMN à usage professionnel\n\nprésenté aux experts-visiteurs · âge maximal 12 mois \(exigé par le manuel\)/,
    );
    const [en] = offered('ee03', 'en');
    expect(en.labelDetails).toEqual({ detail: ' · expected for ee03', description: first.labelDetails!.description });
    expect(en.documentation).toMatch(/^\*Evidence kind the catalogue has-es-2025 expects for element 3\.4-05-ee03\.\*\n\n/);
    // the others: their title, no mark
    const other = offered('ee03').find(i => i.label === 'matrice-habilitation')!;
    expect(other).toMatchObject({
      sortText: '2matrice-habilitation',
      labelDetails: { description: "Matrice d'habilitation" },
      detail: "Matrice d'habilitation",
    });
  });
});

describe("ee codes typed at another indentation than the elements' (issue 20, point 7)", () => {
  const C = 'criterion: 3.4-06\n';
  it.each([
    // text with the cursor, the codes offered, the text of the first one (it replaces the line from column 0)
    ['after `elements:` + Enter, at column 0', `${C}elements:\nee|`, ['ee01', 'ee02', 'ee03', 'ee04'], '  ee01:\n    status: ${1:a-evaluer}'],
    ['after `elements:` + Enter, the first letter at column 0', `${C}elements:\ne|`, ['ee01', 'ee02', 'ee03', 'ee04'], '  ee01:\n    status: ${1:a-evaluer}'],
    [
      'below an element, at the column of `elements:`',
      `${C}elements:\n  ee01:\n    status: conforme\n\nee|`,
      ['ee02', 'ee03', 'ee04'],
      '  ee02:\n    status: ${1:a-evaluer}',
    ],
    ['between the two columns', `${C}elements:\n  ee01:\n    status: conforme\n ee|`, ['ee02', 'ee03', 'ee04'], '  ee02:\n    status: ${1:a-evaluer}'],
    [
      'the elements written at 4 columns',
      `${C}elements:\n    ee01:\n      status: conforme\n  ee0|`,
      ['ee02', 'ee03', 'ee04'],
      '    ee02:\n      status: ${1:a-evaluer}',
    ],
  ])('%s', (_, marked, codes, first) => {
    const { text, position } = at(marked);
    const items = rows(ctx('criteres/c.yaml', text), position);
    expect(items.map(i => i.label)).toEqual(codes);
    expect(items[0]).toMatchObject({ insertText: first, snippet: true, range: { start: { line: position.line, character: 0 }, end: position } });
  });

  it.each([
    ["at the elements' column: the usual completion, from the prefix", `${C}elements:\n  ee|`, ['ee01', 'ee02', 'ee03', 'ee04'], 2],
    [
      'another key above: the root keys',
      `${C}elements:\n  ee01:\n    status: conforme\nowner: X\nee|`,
      ['criterion', 'owner', 'reviewed', 'elements', 'comment'],
      0,
    ],
    ['inside an element: its keys', `${C}elements:\n  ee01:\n    status: conforme\n    ee|`, ['status', 'justification', 'evidence', 'actions', 'comment'], 4],
    ['a word that is no ee code: the root keys', `${C}elements:\nel|`, ['criterion', 'owner', 'reviewed', 'elements', 'comment'], 0],
  ])('not there: %s', (_, marked, labels, start) => {
    const { text, position } = at(marked);
    const items = rows(ctx('criteres/c.yaml', text), position);
    expect(items.map(i => i.label)).toEqual(labels);
    expect(items[0].range.start.character).toBe(start);
  });
});

describe('hover', () => {
  it('describes an evidence kind with its maximum age and where it comes from', () => {
    const { text, position } = at(
      'criterion: 3.4-05\nelements:\n  ee01:\n    status: conforme\n    evidence:\n      - title: x\n        kind: cartographie-d|mn\n',
    );
    const parts = doHover(ctx('criteres/c.yaml', text), position)!.contents.value.split('\n\n');
    expect(parts.slice(0, 3)).toEqual([
      '**cartographie-dmn** — Cartographie des DMN à usage professionnel',
      'présenté aux experts-visiteurs · âge maximal 12 mois (exigé par le manuel) · 3.4-05-ee01',
      "> L'établissement établit et met à jour, au moins une fois par an, une cartographie de l'ensemble des dispositifs médicaux numériques à usage professionnel (Crit.3.4-05-ee01-ASY)",
    ]);
    expect(parts[3]).toMatch(/^\*Source : Fiche pédagogique « L'évaluation de l'usage des dispositifs médicaux/);
  });

  it('says an uncatalogued criterion is not in the partial catalogue, and an unknown one does not exist', () => {
    const h = (marked: string) => {
      const { text, position } = at(marked);
      return doHover(ctx('criteres/c.yaml', text), position)?.contents.value;
    };
    expect(h('# Crit.3.3-0|3\ncriterion: 3.3-03\nelements: {}\n')).toBe(
      "**Critère 3.3-03** n'est pas dans le catalogue has-es-2025 (partiel) : ses éléments ne sont vérifiés que sur la forme.\n\nObjectif 3.3 — Le positionnement territorial",
    );
    // 2.4-02: in the catalogue, impératif, its elements unknown
    const imp = h('criterion: 2.4-0|2\nelements: {}\n')!;
    expect(imp).toMatch(
      /^\*\*Critère 2\.4-02\*\* — La pertinence des prescriptions d’antibiotiques est argumentée et réévaluée\n\nChapitre 2 — Les équipes de soins · Objectif 2\.4 — La culture de la pertinence et de l’évaluation\n\nNiveau : \*\*Impératif\*\* \*\(source secondaire \(extraction publique du PDF, non vérifiée\)\)\* · Champ d'application : Tout l’établissement · Méthodes : Traceur ciblé\n\nÉléments : absents du catalogue intégré : aucune source publique ne les donne\./,
    );
    expect(imp).toMatch(/`has-dossier catalogue import grille\.xlsx`/);
    expect(imp).toMatch(/\*Source : Extraction publique du manuel officiel .* — source secondaire \(extraction publique du PDF, non vérifiée\)\*$/);
    // a level the table leaves empty is unknown, not standard
    expect(h('criterion: 2.3-1|4\nelements: {}\n')).toMatch(/Niveau : \*inconnu \(aucune source ne permet de l’attribuer\)\*/);
    // an element of a criterion whose elements are unknown
    expect(h('criterion: 2.4-02\nelements:\n  ee0|3:\n    status: a-evaluer\n')).toMatch(/^\*\*2\.4-02-ee03\*\*\n\nÉléments : absents du catalogue intégré/);
    expect(h('# voir 3.9-0|1\ncriterion: 3.2-01\nelements: {}\n')).toBe("**Critère 3.9-01** n'existe pas dans le manuel has-es-2025.");
    expect(h('# has-dossier-ignore stale-evi|dence: x\ncriterion: 3.2-01\nelements: {}\n')).toMatch(
      /^\*\*stale-evidence\*\* \(warning\)\n\nLa `date` d'une preuve/,
    );
  });
});

describe('symbols, code lens and code actions', () => {
  it('outlines dossier.yaml by its sections', () => {
    const text = 'manual: has-es-2025\nestablishment:\n  name: X\nscope: [maternite]\n';
    expect(
      findDocumentSymbols(ctx('dossier.yaml', text, { 'dossier.yaml': text })).map(
        s => `${s.name}:${SYMBOL_NAMES[s.kind]}:${s.children!.map(c => c.name).join(',')}`,
      ),
    ).toEqual(['manual:key:', 'establishment:object:name', 'scope:array:maternite']);
  });

  it('shows the dossier summary on manual:', () => {
    const manifest = 'manual: has-es-2025\nestablishment:\n  name: X\n';
    expect(findCodeLenses(ctx('dossier.yaml', manifest, { 'dossier.yaml': manifest })).map(l => l.command!.title)).toEqual([
      '0 critère · 0 erreur · 25 avertissements · 0 dérogé (au 2026-11-23) · déclaré 0\u00a0% · prouvé 0\u00a0%',
    ]);
  });

  it('adds the missing elements to a flow map `elements: {}`', () => {
    const text = 'criterion: 3.1-09\nelements: {}\n';
    const c = ctx('criteres/c.yaml', text);
    const actions = getCodeActions(c, { start: { line: 1, character: 0 }, end: { line: 1, character: 8 } }, c.result.findings);
    expect(actions.map(a => a.title)).toEqual(['Ajouter les éléments manquants (ee01, ee02, ee03)']);
    expect(editsOf(c, actions[0])).toEqual([
      {
        file: 'criteres/c.yaml',
        range: { start: { line: 1, character: 10 }, end: { line: 1, character: 12 } },
        newText: '\n  ee01:\n    status: a-evaluer\n  ee02:\n    status: a-evaluer\n  ee03:\n    status: a-evaluer',
      },
    ]);
  });

  it('creates the missing criterion files from dossier.yaml, by objective and per impératif, never over an existing one', () => {
    const manifest = 'manual: has-es-2025\nestablishment:\n  name: X\nscope: []\n';
    const c = ctx('dossier.yaml', manifest, { 'dossier.yaml': manifest, 'criteres/3.4-06.yaml': 'criterion: 3.4-06\nelements: {}\n' });
    const actions = getCodeActions(c, { start: { line: 3, character: 0 }, end: { line: 3, character: 5 } }, c.result.findings);
    expect(actions.map(a => a.title)).toEqual([
      ...[
        ['1.1', 5],
        ['1.2', 4],
        ['1.3', 6],
        ['1.4', 5],
        ['2.1', 8],
        ['2.2', 9],
        ['2.4', 5],
        ['3.1', 7],
        ['3.2', 11],
        ['3.3', 6],
        ['3.4', 4],
      ].map(([o, n]) => `Créer les ${n} fichiers de critères de l'objectif ${o}`),
      ...['1.1-01', '1.1-02', '1.1-05', '1.1-06', '1.3-01', '1.4-02', '2.2-05', '2.2-06', '2.2-08', '2.2-12', '2.4-02', '3.1-04', '3.1-05', '3.3-05'].map(
        id => `Créer criteres/${id}.yaml`,
      ),
    ]);
    // the commented example of evidence and action that heads every new criterion file
    const EXAMPLE = [
      '# Pour chaque élément : status (conforme, partiel, non-conforme, non-applicable + justification,',
      '# a-evaluer), les preuves et les actions. Exemple à recopier sous un élément :',
      '#     evidence:',
      '#       - title: Procédure de gestion des habilitations',
      '#         file: preuves/procedure-habilitations.pdf   # chemin depuis la racine du dossier',
      '#         date: 2026-01-15',
      '#     actions:',
      '#       - title: Réviser la procédure avec la DSI',
      '#         due: 2026-06-30',
      '#         owner: Responsable qualité',
    ]
      .map(l => `${l}\n`)
      .join('');
    const ob31 = createdBy(
      c,
      actions.find(a => a.title.endsWith('3.1'))!,
    );
    expect(ob31.map(f => f.file)).toEqual([
      'criteres/3.1-01.yaml',
      'criteres/3.1-02.yaml',
      'criteres/3.1-03.yaml',
      'criteres/3.1-06.yaml',
      'criteres/3.1-07.yaml',
      'criteres/3.1-08.yaml',
      'criteres/3.1-09.yaml',
    ]);
    expect(ob31[6].text).toMatch(
      /^# 3\.1-09 — Les données du patient sont sécurisées\n(#.*\n)+criterion: 3\.1-09\nelements:\n {2}ee01:\n( {4}# .*\n)* {4}status: a-evaluer\n/,
    );
    expect(
      createdBy(
        c,
        actions.find(a => a.title.endsWith('3.4'))!,
      ).map(f => f.file),
    ).not.toContain('criteres/3.4-06.yaml');
    expect(
      createdBy(
        c,
        actions.find(a => a.title === 'Créer criteres/2.4-02.yaml')!,
      )[0].text,
    ).toBe(
      '# 2.4-02 — La pertinence des prescriptions d’antibiotiques est argumentée et réévaluée\n' +
        EXAMPLE +
        "criterion: 2.4-02\n# Éléments d'évaluation : absents du catalogue intégré (aucune source publique ne les donne).\n# Ajoutez ceux de votre grille (ee01, ee02 …) ou chargez-la : has-dossier catalogue import.\nelements: {}\n",
    );
  });
});

describe('completion text and snippets (the editor indents continuation lines like the line accepted on)', () => {
  it('an ee code: relative indentation, the status selected to be typed over', () => {
    const { text, position } = at('criterion: 3.4-06\nelements:\n  ee01:\n    status: conforme\n  ee|');
    const ee03 = rows(ctx('criteres/c.yaml', text), position).find(i => i.label === 'ee03')!;
    expect(ee03).toMatchObject({ insertText: 'ee03:\n  status: ${1:a-evaluer}', snippet: true });
    expect(snippetText(ee03.insertText!)).toBe('ee03:\n  status: a-evaluer');
    expect(indentContinuation(snippetText(ee03.insertText!), '  ')).toBe('ee03:\n    status: a-evaluer');
  });

  it('a role: the cursor after `name: `', () => {
    const { text, position } = at('manual: has-es-2025\nestablishment:\n  name: X\nroles:\n  |');
    const items = rows(ctx('dossier.yaml', text), position);
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) expect(i.insertText).toBe(`${i.label}:\n  name: $1`);
  });

  it('snippetText and escapeSnippet are inverse on literal text', () => {
    for (const s of ['a $1 b', 'x}y', 'back\\slash', '${1:no}']) expect(snippetText(escapeSnippet(s))).toBe(s);
    expect(snippetText('"${1:<à compléter \\} ici>}"$0')).toBe('"<à compléter } ici>"');
  });
});

describe('the justification fix', () => {
  it("inserts the placeholder in the user's language, as a snippet that selects it", () => {
    const text = 'criterion: 3.4-06\nelements:\n  ee02:\n    status: non-applicable\n';
    const c = ctx('criteres/c.yaml', text);
    const [fix] = fixesOf(c, { start: { line: 3, character: 12 }, end: { line: 3, character: 12 } }, 'missing-justification');
    // a snippet edit, and the same text as a plain edit for a client that takes none
    const [edit] = editsOf(c, fix);
    expect(edit.snippet).toBe('    justification: "${1:<à compléter : pourquoi cet élément ne s\'applique pas>}"\n');
    expect(snippetText(edit.snippet!)).toBe('    justification: "<à compléter : pourquoi cet élément ne s\'applique pas>"\n');
  });
});

describe('the add-kind fix of an evidence whose title names a visit document (issue 20, point 9)', () => {
  const WITH_KIND = fs.readFileSync(path.join(REPO, 'examples', 'ch-exemple', 'criteres', '3.1-08.yaml'), 'utf8');
  const WITHOUT = WITH_KIND.replace('        kind: matrice-habilitation\n', '');
  const apply = (
    text: string,
    edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[],
  ) => {
    const lines = text.split('\n');
    const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    return [...edits]
      .sort((a, b) => offset(b.range.start) - offset(a.range.start))
      .reduce((out, e) => out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end)), text);
  };

  it.each([
    ['fr', 'Ajouter « kind: matrice-habilitation »'],
    ['en', 'Add "kind: matrice-habilitation"'],
  ] as const)('%s: adds `kind:` under the title, at its column, and the file is the one with the kind', (lang, title) => {
    const c2: LanguageContext = { result: run({ 'criteres/3.1-08.yaml': WITHOUT }, { lang }), registry, path: 'criteres/3.1-08.yaml', text: WITHOUT, lang };
    const finding = c2.result.findings.find(f => f.code === 'visit-document-missing' && f.file === 'criteres/3.1-08.yaml')!;
    expect(finding.range).toEqual({ start: { line: 7, character: 15 }, end: { line: 7, character: 37 } });
    const actions = fixesOf(c2, { start: { line: 7, character: 20 }, end: { line: 7, character: 20 } }, 'visit-document-missing');
    expect(actions.map(a => a.title)).toEqual([title]);
    expect({ ...actions[0], edits: editsOf(c2, actions[0]) }).toMatchObject({
      isPreferred: true,
      edits: [
        {
          file: 'criteres/3.1-08.yaml',
          range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } },
          newText: '        kind: matrice-habilitation\n',
        },
      ],
    });
    expect(apply(WITHOUT, editsOf(c2, actions[0]) as TextEdit[])).toBe(WITH_KIND);
  });

  it('at the end of a file without a last line break, and in an item whose keys sit at another column', () => {
    const text = 'criterion: 3.1-08\nelements:\n  ee01:\n    status: conforme\n    evidence:\n    -   title: "Matrice d\'habilitation"';
    const c = ctx('criteres/3.1-08.yaml', text);
    const [fix] = fixesOf(c, { start: { line: 5, character: 20 }, end: { line: 5, character: 20 } }, 'visit-document-missing');
    expect(apply(text, editsOf(c, fix) as TextEdit[])).toBe(`${text}\n        kind: matrice-habilitation\n`);
  });
});
