/** The bundled language server driven over stdio by a real LSP client, as an editor drives it. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, Hover, Location, TextEdit } from 'vscode-languageserver-protocol/node';
import { applyEdits, copyExample, cursor, startClient, type Client } from './lspClient.js';
import { REPO as REPO_ROOT } from '../helpers.js';
import { CoverageTreeRequest, StatusRequest } from '../../protocol/src/index.js';

let client: Client;
let root: string;
const codes = (uri: string) => (client.diagnostics.get(uri) ?? []).map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`);
const has = (uri: string, code: string, line?: number) =>
  (client.diagnostics.get(uri) ?? []).some(d => d.code === code && (line === undefined || d.range.start.line + 1 === line));

beforeAll(async () => {
  root = copyExample();
  client = await startClient(root);
});
afterAll(async () => {
  await client?.stop();
});

describe('has-dossier language server over stdio', () => {
  it('publishes diagnostics for every file at start, open or not, with progress reported', async () => {
    const dmn = client.uri('criteres/3.4-05.yaml');
    await client.waitFor(() => has(dmn, 'stale-evidence'), 'stale-evidence on 3.4-05');
    const stale = client.diagnostics.get(dmn)!.find(d => d.code === 'stale-evidence')!;
    expect(stale).toMatchObject({
      range: { start: { line: 10, character: 14 }, end: { line: 10, character: 24 } },
      severity: 1,
      source: 'has-dossier',
      message: expect.stringMatching(/^« Cartographie des DMN à usage professionnel » date du 2025-10-10/),
    });
    expect(codes(dmn)).toEqual(['11:15 stale-evidence', '35:14 overdue-action']);
    await client.waitFor(() => has(client.uri('criteres/3.1-09.yaml'), 'evidence-not-found'), 'waived finding on 3.1-09');
    const waived = client.diagnostics.get(client.uri('criteres/3.1-09.yaml'))!.find(d => d.code === 'evidence-not-found')!;
    expect(waived.severity).toBe(4);
    expect(waived.message).toMatch(/^\[dérogé : cartographie en cours de validation au COSSI de décembre\] Fichier de preuve introuvable/);
    const kinds = () => client.progress.map(p => (p as { value: { kind: string } }).value.kind);
    await client.waitFor(() => kinds().at(-1) === 'end', 'progress end');
    expect(kinds()[0]).toBe('begin');
  });

  it('updates diagnostics as the user types (incremental changes), and the disk wins again on close', async () => {
    const uri = await client.open('criteres/3.4-05.yaml');
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 10, character: 14 }, end: { line: 10, character: 18 } }, text: '2026' }],
    });
    await client.waitFor(() => !has(uri, 'stale-evidence'), 'stale-evidence gone after the edit');
    expect(codes(uri)).toEqual(['35:14 overdue-action']);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 5, character: 12 }, end: { line: 5, character: 20 } }, text: 'conformee' }],
    });
    await client.waitFor(() => has(uri, 'schema', 6), 'schema error on the status');
    const schema = client.diagnostics.get(uri)!.find(d => d.code === 'schema')!;
    expect(schema.message).toMatch(/vouliez-vous dire « conforme »/);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.waitFor(() => has(uri, 'stale-evidence') && !has(uri, 'schema'), 'disk content checked again after close');
  });

  it('follows evidence files deleted and created on disk (workspace/didChangeWatchedFiles)', async () => {
    const uri = client.uri('criteres/3.4-05.yaml');
    const file = path.join(root, 'preuves', 'procedure-achat-dmn.pdf');
    fs.renameSync(file, file + '.bak');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('preuves/procedure-achat-dmn.pdf'), type: 3 }] });
    await client.waitFor(() => has(uri, 'evidence-not-found', 23), 'evidence-not-found after delete');
    fs.renameSync(file + '.bak', file);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('preuves/procedure-achat-dmn.pdf'), type: 1 }] });
    await client.waitFor(() => !has(uri, 'evidence-not-found'), 'evidence-not-found gone after create');
  });

  it('checks a criterion file created on disk and forgets a deleted one', async () => {
    const rel = 'criteres/3.2-02.yaml';
    fs.writeFileSync(path.join(root, rel), 'criterion: 3.2-02\nelements:\n  e1:\n    status: a-evaluer\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri(rel), type: 1 }] });
    await client.waitFor(() => has(client.uri(rel), 'unknown-element', 3), 'unknown-element in the new file');
    fs.rmSync(path.join(root, rel));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri(rel), type: 3 }] });
    await client.waitFor(() => (client.diagnostics.get(client.uri(rel)) ?? []).length === 0, 'diagnostics of the deleted file cleared');
  });

  it('completes ee codes (only those missing), statuses, evidence kinds, paths and dates', async () => {
    const { text, position } = cursor('criterion: 3.4-06\nelements:\n  ee01:\n    status: conforme\n  ee04:\n    status: a-evaluer\n  ee|\n');
    const uri = await client.open('criteres/3.4-06.yaml', text);
    const complete = (p: { line: number; character: number }) =>
      client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: p }) as Promise<CompletionItem[]>;
    const ee = await complete(position);
    expect(ee.map(i => i.label)).toEqual(['ee02', 'ee03']);
    expect(ee[0].textEdit).toEqual({ range: { start: { line: 6, character: 2 }, end: { line: 6, character: 4 } }, newText: 'ee02:\n    status: a-evaluer' });
    expect((ee[0].documentation as { value: string }).value).toMatch(/^L'établissement se dote d'un processus de contrôle qualité/);
    // typed at column 0 under `elements:`: the whole line replaced, the text as it must be (no indentation added to it)
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const col0 = cursor('criterion: 3.4-06\nelements:\n  ee01:\n    status: conforme\nee|\n');
    const uri0 = await client.open('criteres/3.4-06.yaml', col0.text);
    const ee0 = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: uri0 }, position: col0.position })) as CompletionItem[];
    expect(ee0[0].textEdit).toEqual({ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 2 } }, newText: '  ee02:\n    status: a-evaluer' });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri0 } });
    await client.open('criteres/3.4-06.yaml', text);
    const statuses = await complete({ line: 3, character: 12 });
    expect(statuses.map(i => i.label)).toEqual(['conforme', 'partiel', 'non-conforme', 'non-applicable', 'a-evaluer']);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });

    const ev = cursor(
      'criterion: 3.4-06\nelements:\n  ee01:\n    status: conforme\n    evidence:\n      - title: Carto\n        kind: cartographie-o|\n        file: preuves/cartographie-outils|\n        date: |\n',
    );
    const uri2 = await client.open('criteres/3.4-06.yaml', ev.text);
    const kinds = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: uri2 }, position: ev.position })) as CompletionItem[];
    expect(kinds.map(i => i.label)).toContain('cartographie-outils-innovants');
    // the kind the catalogue ties to 3.4-06 (so to each of its elements) first; each with its title and its facts in words (this client takes no labelDetails)
    const first = [...kinds].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1))[0];
    expect(first).toMatchObject({
      label: 'cartographie-outils-innovants',
      detail: expect.stringMatching(/^Outils innovants : cartographie des outils innovants, .* \(attendu pour ee01\)$/),
    });
    expect(first.labelDetails).toBeUndefined();
    expect((kinds.find(i => i.label === 'cartographie-dmn')?.documentation as { value: string }).value).toMatch(
      /^\*\*cartographie-dmn\*\* — Cartographie des DMN à usage professionnel\n\nprésenté aux experts-visiteurs · âge maximal 12 mois \(exigé par le manuel\)/,
    );
    const files = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: uri2 },
      position: { line: 7, character: 39 },
    })) as CompletionItem[];
    expect(files.map(i => i.label)).toContain('preuves/cartographie-outils-innovants.xlsx');
    expect(files.map(i => i.label)).not.toContain('criteres/3.4-05.yaml');
    const dates = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: uri2 },
      position: { line: 8, character: 14 },
    })) as CompletionItem[];
    expect(dates[0]).toMatchObject({ label: '2026-11-23', detail: "date d'évaluation (aujourd'hui)" });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri2 } });
  });

  it('completes criterion codes and scopes', async () => {
    const { text, position } = cursor('criterion: 3.|\n');
    const uri = await client.open('criteres/nouveau.yaml', text);
    const items = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position })) as CompletionItem[];
    // every criterion of the manual; those of the scope first, those the dossier has after, those outside the scope last
    expect(items).toHaveLength(116);
    const order = [...items].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1)).map(i => i.label);
    expect(order.indexOf('2.3-11')).toBeLessThan(order.indexOf('3.4-05')); // maternité, in the example's scope; 3.4-05 has a file
    expect(order.indexOf('3.4-05')).toBeLessThan(order.indexOf('2.1-10')); // psychiatry, outside the scope
    expect(items.find(i => i.label === '3.1-07')!.detail).toBe('Standard · Les risques de sécurité numérique sont maîtrisés');
    const imp = items.find(i => i.label === '2.4-02')!;
    expect(imp.detail).toBe('⚠ Impératif · La pertinence des prescriptions d’antibiotiques est argumentée et réévaluée');
    expect(imp.documentation).toMatchObject({ value: expect.stringMatching(/^\*\*Critère impératif\*\*/) });
    // a level the table leaves empty is shown as nothing, never as Standard
    expect(items.find(i => i.label === '2.3-14')!.detail).toMatch(/^Les équipes respectent les bonnes pratiques d'isolement/);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const d = cursor(
      fs.readFileSync(path.join(root, 'dossier.yaml'), 'utf8').replace('scope: [chirurgie-interventionnel, maternite, urgences]', 'scope: [maternite, |]'),
    );
    const muri = await client.open('dossier.yaml', d.text);
    const scopes = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: muri }, position: d.position })) as CompletionItem[];
    expect(scopes.map(i => i.label)).toEqual([
      'chirurgie-interventionnel',
      'enfants-adolescents',
      'soins-longue-duree',
      'sante-mentale-psychiatrie',
      'hospitalisation-domicile',
      'smr',
      'soins-critiques',
      'samu-smur',
      'urgences',
      'patient-age',
      'radiotherapie',
      'ect',
    ]);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: muri } });
  });

  it('hovers criterion and ee codes, including the Crit.… reference form in comments, and says what is not sourced', async () => {
    const text = '# voir Crit.3.4-05-ee01-ASY\ncriterion: 3.1-07\nelements:\n  ee01:\n    status: a-evaluer\n';
    const uri = await client.open('criteres/3.1-07.yaml', text);
    const hover = (line: number, character: number) =>
      client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }) as Promise<Hover | null>;
    const ref = await hover(0, 14);
    expect(ref!.range).toEqual({ start: { line: 0, character: 7 }, end: { line: 0, character: 27 } });
    const refText = (ref!.contents as { value: string }).value;
    expect(refText).toMatch(
      /^\*\*3\.4-05-ee01\*\* · ASY — Audit système\n\n> L'établissement établit et met à jour, au moins une fois par an, une cartographie/,
    );
    expect(refText).toMatch(/Preuves attendues : `cartographie-dmn` — Cartographie des DMN à usage professionnel \(âge maximal 12 mois, exigé par le manuel\)/);
    const crit = (await hover(1, 13))!.contents as { value: string };
    expect(crit.value).toMatch(
      /^\*\*Critère 3\.1-07\*\* — Les risques de sécurité numérique sont maîtrisés\n\nChapitre 3 — L’établissement · Objectif 3\.1 — Le management global par la qualité et la sécurité des soins\n\nNiveau : Standard \*\(source secondaire \(extraction publique du PDF, non vérifiée\)\)\* · Champ d'application : Tout l’établissement · Méthodes : Audit système/,
    );
    expect(crit.value).toMatch(/Éléments : ee01, ee02, ee03 \(ASY\), ee04 \(ASY\), ee05 \(ASY\) \(liste partielle\)/);
    const el = (await hover(3, 3))!.contents as { value: string };
    expect(el.value).toMatch(/^\*\*3\.1-07-ee01\*\*\n\n\*Texte de l'élément non sourcé : le catalogue has-es-2025 est partiel, ce texte n'y figure pas\.\*/);
    expect(await hover(4, 2)).toBeNull();
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('goes to the evidence file and to the criterion file of a reference', async () => {
    const uri = await client.open('criteres/3.4-05.yaml');
    const defs = (await client.connection.sendRequest('textDocument/definition', {
      textDocument: { uri },
      position: { line: 9, character: 20 },
    })) as Location[];
    expect(defs).toEqual([{ uri: client.uri('preuves/cartographie-dmn.xlsx'), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }]);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const other = await client.open('criteres/3.4-06.yaml', '# lié à Crit.3.4-05-ee02-ASY\ncriterion: 3.4-06\nelements: {}\n');
    const ref = (await client.connection.sendRequest('textDocument/definition', {
      textDocument: { uri: other },
      position: { line: 0, character: 15 },
    })) as Location[];
    expect(ref).toEqual([{ uri: client.uri('criteres/3.4-05.yaml'), range: { start: { line: 17, character: 2 }, end: { line: 17, character: 6 } } }]);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: other } });
  });

  it('applies each quick fix, and the diagnostic it fixes goes away', async () => {
    const initial = 'criterion: 3.4-06\nowner: DSI\nelements:\n  ee01:\n    status: non-applicable\n  ee4:\n    status: a-evaluer\n';
    let text = initial;
    const uri = await client.open('criteres/3.4-06.yaml', text);
    let version = 1;
    const actionsFor = async (code: string) => {
      await client.waitFor(() => has(uri, code), code);
      const diag = client.diagnostics.get(uri)!.find(d => d.code === code)! as Diagnostic;
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: diag.range,
        context: { diagnostics: [diag] },
      })) as CodeAction[];
      return actions.filter(a => (a.diagnostics ?? []).some(d => d.code === code));
    };
    const apply = async (a: CodeAction) => {
      text = applyEdits(text, a.edit!.changes![uri] as TextEdit[]);
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
    };
    // near-miss element code
    let [fix] = await actionsFor('unknown-element');
    expect(fix.title).toBe('Remplacer par « ee04 »');
    await apply(fix);
    await client.waitFor(() => !has(uri, 'unknown-element'), 'unknown-element fixed');
    expect(text).toContain('  ee04:\n');
    // justification placeholder
    [fix] = await actionsFor('missing-justification');
    expect(fix.title).toBe('Ajouter une justification');
    await apply(fix);
    expect(text).toContain('    status: non-applicable\n    justification: "<à compléter : pourquoi cet élément ne s\'applique pas>"\n');
    // the placeholder justifies nothing: still reported, until the user writes the reason
    await client.waitFor(
      () =>
        client.diagnostics
          .get(uri)!
          .some(d => d.code === 'missing-justification' && /encore à compléter/.test(typeof d.message === 'string' ? d.message : d.message.value)),
      'the placeholder still reported',
    );
    text = text.replace("<à compléter : pourquoi cet élément ne s'applique pas>", 'Aucun outil concerné.');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
    await client.waitFor(() => !has(uri, 'missing-justification'), 'missing-justification fixed');
    // missing elements
    [fix] = await actionsFor('missing-element');
    expect(fix.title).toBe('Ajouter les éléments manquants (ee02, ee03)');
    await apply(fix);
    await client.waitFor(() => !has(uri, 'missing-element'), 'missing-element fixed');
    expect(text).toBe(
      'criterion: 3.4-06\nowner: DSI\nelements:\n  ee01:\n    status: non-applicable\n    justification: "Aucun outil concerné."\n  ee04:\n    status: a-evaluer\n  ee02:\n    status: a-evaluer\n  ee03:\n    status: a-evaluer\n',
    );
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('offers an update action for a stale document', async () => {
    let text = fs.readFileSync(path.join(root, 'criteres', '3.4-05.yaml'), 'utf8');
    const uri = await client.open('criteres/3.4-05.yaml', text);
    await client.waitFor(() => has(uri, 'stale-evidence'), 'stale-evidence');
    const diag = client.diagnostics.get(uri)!.find(d => d.code === 'stale-evidence')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diag.range,
      context: { diagnostics: [diag] },
    })) as CodeAction[];
    const review = actions.find(a => a.title === 'Ajouter une action de mise à jour du document')!;
    text = applyEdits(text, review.edit!.changes![uri] as TextEdit[]);
    expect(text).toContain(
      '        done: false\n      - title: "Mettre à jour « Cartographie des DMN à usage professionnel »"\n        due: 2026-12-23\n        done: false\n  ee02:',
    );
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('completes decisions, roles, provider fields and owners, hovers a decision, and gives the countdown in its status', async () => {
    const base = fs.readFileSync(path.join(root, 'dossier.yaml'), 'utf8');
    const complete = (uri: string, position: { line: number; character: number }) =>
      client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position }) as Promise<CompletionItem[]>;
    const at = async (text: string, rel = 'dossier.yaml') => {
      const c = cursor(text);
      const uri = await client.open(rel, c.text);
      const items = await complete(uri, c.position);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      return items;
    };
    const decisions = await at(base.replace('  decision: certifie\n', '  decision: |\n'));
    expect(decisions.map(i => i.label)).toEqual(['certifie-mention', 'certifie', 'certifie-sous-conditions', 'non-certifie']);
    expect(decisions[2]).toMatchObject({
      detail: 'Certifié sous conditions',
      documentation: { kind: 'markdown', value: 'Nouvelle visite entre 6 mois et 12 mois après la décision.' },
    });
    // the catalogue's roles the example has not declared yet
    expect((await at(base.replace('roles:\n', 'roles:\n  |\n'))).map(i => i.label)).toEqual(['responsable-fonctionnel', 'referent-ssi']);
    expect((await at(base.replace('    pca_pra: preuves/fournisseurs/pca-pra-ght.pdf\n', '    |\n'))).map(i => i.label)).toEqual([
      'name',
      'service',
      'hds',
      'pca_pra',
    ]);
    const owners = await at('criterion: 3.4-06\nowner: |\nelements: {}\n', 'criteres/3.4-06.yaml');
    expect(owners.find(i => i.label === 'referent-dmn')).toMatchObject({ detail: 'Référent DMN — Dr F. Biomédical' });

    const uri = await client.open('dossier.yaml', base);
    const line = base.split('\n').findIndex(l => l.startsWith('  decision: '));
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 14 } })) as Hover;
    expect((hover.contents as { value: string }).value).toMatch(
      /^\*\*Certifié\*\* \(`certifie`\)\n\nCertification valable 4 ans : la visite suivante vient avant sa fin\.\n\n> HAS certificates are valid for 4 years/,
    );
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });

    const status = await client.connection.sendRequest(StatusRequest);
    expect(status.dossiers[0].visit).toEqual({
      start: '2027-03-15',
      daysLeft: 112,
      countdown: '2027-03-15 — 112 jours avant la visite',
      cycle: "Dernière décision : Certifié le 2023-06-20, valable jusqu'au 2027-06-19 — visite dans la fenêtre",
      short: 'J-112',
    });
    // the tooltip names the dossier by its folder, never by an absolute path (issue 20, point 10)
    const words = status.dossiers[0];
    expect(words.summary).not.toContain('/');
    expect(words.summary).toMatch(/^[\w.-]+ : \d+ erreurs?, \d+ avertissements?, \d+ infos?, \d+ dérogés? \(manuel has-es-2025, au \d{4}-\d{2}-\d{2}\)$/);
  });

  it('gives document symbols and a coverage code lens', async () => {
    const uri = await client.open('criteres/3.4-05.yaml');
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols.map(s => s.name)).toEqual(['3.4-05']);
    expect(symbols[0].children!.map(s => `${s.name} ${s.detail}`)).toEqual([
      'ee01 conforme',
      'ee02 conforme',
      'ee03 partiel',
      'ee04 conforme',
      'ee05 conforme',
    ]);
    expect(symbols[0].children![0].children!.map(s => s.name)).toEqual([
      'Cartographie des DMN à usage professionnel',
      "Ajouter l'analyse de risques des DMN d'imagerie",
    ]);
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as {
      range: unknown;
      command: { title: string };
    }[];
    expect(lenses.map(l => l.command.title)).toEqual([
      '3.4-05 : 4 conformes · 1 partiel · 0 non conforme · 0 non applicable · 0 à évaluer · 0 manquant — 5 éléments · déclaré 80\u00a0% · prouvé 60\u00a0% — 1 élément déclaré conforme sans preuve valable',
    ]);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('applies settings changed at run time (as-of date, rule severities, language)', async () => {
    const dmn = client.uri('criteres/3.4-05.yaml');
    client.settings = { asOf: '2026-10-01', rules: { 'overdue-action': 'error' }, language: 'en' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor(() => !has(dmn, 'stale-evidence') && has(dmn, 'overdue-action'), 'as-of 2026-10-01');
    const overdue = client.diagnostics.get(dmn)!.find(d => d.code === 'overdue-action')!;
    expect(overdue.severity).toBe(1);
    expect(overdue.message).toMatch(/^Overdue action: "Former les urgentistes au logiciel de télésurveillance" was due on 2026-09-30/);
    client.settings = { asOf: '2026-11-23', rules: { 'overdue-action': 'off' }, language: 'fr' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor(() => has(dmn, 'stale-evidence') && !has(dmn, 'overdue-action'), 'rule off');
  });

  it('survives a request on a file outside any dossier and a malformed request', async () => {
    const r = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: 'file:///nowhere/x.yaml' },
      position: { line: 0, character: 0 },
    });
    expect(r).toBeNull();
    const far = await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: client.uri('criteres/3.4-05.yaml') },
      position: { line: 9999, character: 9999 },
    });
    expect(Array.isArray(far)).toBe(true);
    const bad = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: client.uri('criteres/3.4-05.yaml') },
      position: { line: -1, character: 'x' },
    });
    expect(bad).toBeNull();
    expect(client.process.exitCode).toBeNull();
  });
});

describe('a dossier naming its own catalogue by path', () => {
  it('re-checks with the new catalogue when the file changes on disk', async () => {
    const dir = copyExample();
    const grille = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schemas', 'catalogues', 'has-es-2025.json'), 'utf8'));
    fs.mkdirSync(path.join(dir, 'catalogue'));
    fs.writeFileSync(path.join(dir, 'catalogue', 'grille.json'), JSON.stringify({ ...grille, id: 'grille-ch' }));
    fs.writeFileSync(
      path.join(dir, 'dossier.yaml'),
      fs.readFileSync(path.join(dir, 'dossier.yaml'), 'utf8').replace('manual: has-es-2025', 'manual: ./catalogue/grille.json'),
    );
    const c = await startClient(dir);
    try {
      const uri = c.uri('criteres/3.4-06.yaml');
      const codesOf = () => (c.diagnostics.get(uri) ?? []).map(d => d.code);
      await c.waitFor(() => c.diagnostics.has(uri) && c.progress.length > 0, 'first check');
      expect(codesOf()).not.toContain('uncatalogued-criterion');
      // the team removes 3.4-06 from its grid: the criterion file becomes uncatalogued
      const objective = grille.chapters[2].objectives.find((o: { id: string }) => o.id === '3.4');
      objective.criteria = objective.criteria.filter((cr: { id: string }) => cr.id !== '3.4-06');
      fs.writeFileSync(path.join(dir, 'catalogue', 'grille.json'), JSON.stringify({ ...grille, id: 'grille-ch' }, null, 1));
      await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: c.uri('catalogue/grille.json'), type: 2 }] });
      await c.waitFor(() => codesOf().includes('uncatalogued-criterion'), 'uncatalogued-criterion after the grid changed');
      // a broken catalogue: said on dossier.yaml, the server keeps running
      fs.writeFileSync(path.join(dir, 'catalogue', 'grille.json'), '{ "id": ');
      await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: c.uri('catalogue/grille.json'), type: 2 }] });
      await c.waitFor(() => (c.diagnostics.get(c.uri('dossier.yaml')) ?? []).some(d => d.code === 'unknown-manual'), 'unknown-manual on dossier.yaml');
    } finally {
      await c.stop();
    }
  });
});

describe("the server's Output channel (issue 20, point 10)", () => {
  it("writes in the editor's language when hasDossier.language is auto (a French editor: French lines)", async () => {
    const dir = copyExample();
    const c = await startClient(dir, { asOf: '2026-11-23', rules: {}, language: 'auto' });
    try {
      await c.waitFor(() => c.logs.some(l => / vérifié en \d+,\d ms/.test(l)), 'the first check logged');
      expect(c.logs.some(l => l.includes('[has-dossier] Serveur de langage has-dossier démarré.'))).toBe(true);
      // no English line among them
      expect(c.logs.filter(l => /\b(started|checked in|dossiers? found|settings)\b/i.test(l))).toEqual([]);
    } finally {
      await c.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the coverage tree of the Dossier view (issue 20, point 8)', () => {
  it('is sent again only when it changed: asked with the tag of the trees shown, the server answers the tag alone until a check changes them', async () => {
    const dir = copyExample();
    const c = await startClient(dir);
    try {
      const first = await c.connection.sendRequest(CoverageTreeRequest, {});
      expect(first.trees!.length).toBe(1);
      expect(await c.connection.sendRequest(CoverageTreeRequest, { known: first.tag })).toEqual({ tag: first.tag });
      const uri = await c.open('criteres/3.4-05.yaml');
      const text = fs.readFileSync(path.join(dir, 'criteres', '3.4-05.yaml'), 'utf8');
      // a status changed: the new tree
      await c.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ text: text.replace(/status: partiel/, 'status: non-conforme') }],
      });
      // (asked until the check of the edit is done: at most 5 s)
      let changed: { tag: string; trees?: unknown[] } = { tag: first.tag };
      for (let i = 0; i < 50 && changed.tag === first.tag; i++) {
        changed = await c.connection.sendRequest(CoverageTreeRequest, { known: first.tag });
        if (changed.tag === first.tag) await new Promise(r => setTimeout(r, 100));
      }
      expect(changed.tag).not.toBe(first.tag);
      expect(changed.trees!.length).toBe(1);
    } finally {
      await c.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
