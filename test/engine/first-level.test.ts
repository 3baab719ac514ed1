/**
 * The Dossier view's first level before any check (issue 20, point 8): the chapters of the bundled
 * catalogue dossier.yaml names, labelled as the server's tree labels them, said to be under check;
 * nothing when they cannot be known without a check.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReportModel, checkDossierAt, coverageTree, firstLevelAt, nodeHost } from '../../engine/src/index.js';
import { REPO, registry, SCHEMAS } from '../helpers.js';

const EXAMPLE = path.join(REPO, 'examples', 'ch-exemple');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'has-first-level-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A folder holding only a dossier.yaml with `text`. */
function dossier(name: string, text: string): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'dossier.yaml'), text);
  return dir;
}

describe('firstLevelAt', () => {
  it("gives the example's chapters with the server tree's ids and labels, in French and English, without counts", () => {
    const server = coverageTree(buildReportModel(checkDossierAt(EXAMPLE, nodeHost, registry, { asOf: '2026-11-23' })));
    const fr = firstLevelAt(EXAMPLE, SCHEMAS, 'fr')!;
    expect(fr.map(n => [n.id, n.label])).toEqual(server.map(n => [n.id, n.label]));
    expect(fr.map(n => n.label)).toEqual(['1 Le patient', '2 Les équipes de soins', '3 L’établissement']);
    for (const n of fr) expect(n).toMatchObject({ kind: 'chapter', description: 'vérification…', state: 'checking', gap: false, children: [] });
    expect(firstLevelAt(EXAMPLE, SCHEMAS, 'en')!.map(n => n.description)).toEqual(['checking…', 'checking…', 'checking…']);
  });

  it('gives nothing when a check is needed to know the chapters', () => {
    expect(firstLevelAt(path.join(tmp, 'none'), SCHEMAS, 'fr')).toBeUndefined();
    expect(firstLevelAt(dossier('path', 'manual: ./grille.json\n'), SCHEMAS, 'fr')).toBeUndefined();
    expect(firstLevelAt(dossier('unknown', 'manual: has-es-2099\n'), SCHEMAS, 'fr')).toBeUndefined();
    expect(firstLevelAt(dossier('no-manual', 'establishment:\n  name: X\n'), SCHEMAS, 'fr')).toBeUndefined();
    expect(firstLevelAt(dossier('broken', 'manual: [\n'), SCHEMAS, 'fr')).toBeUndefined();
    expect(firstLevelAt(dossier('climbs', 'manual: ../has-es-2025\n'), SCHEMAS, 'fr')).toBeUndefined();
  });

  it('reads manual: as the check does (quoted, with a comment)', () => {
    expect(firstLevelAt(dossier('quoted', 'manual: "has-es-2025" # le manuel\n'), SCHEMAS, 'fr')?.length).toBe(3);
  });
});
