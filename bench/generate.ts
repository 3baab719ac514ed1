/**
 * Synthetic but realistic dossiers, deterministic for a seed:
 * - hospital: every criterion of the bundled catalogue plus well-formed criteria of every
 *   objective up to 130 files (the size of the manual), 3–8 elements each, 2–4 evidence items
 *   per element, actions, and a few gaps of each kind;
 * - ght: a group of 40 sites, each its own dossier of 125 criterion files (5,000 files);
 * - large: one criterion file of about 2,000 lines.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** mulberry32: a small, good-enough deterministic PRNG */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OBJECTIVES = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4'];
const CATALOGUED: Record<string, number> = { '3.1-07': 5, '3.1-08': 4, '3.1-09': 3, '3.4-05': 5, '3.4-06': 4 };
const KINDS = [
  'plan-formation-ssi',
  'matrice-habilitation',
  'procedures-habilitation',
  'declarations-incidents',
  'cartographie-dmn',
  'procedures-dmn',
  'audit-silene',
  'politique-ssi',
  undefined,
];
const STATUSES = ['conforme', 'conforme', 'conforme', 'partiel', 'non-conforme', 'non-applicable', 'a-evaluer'];
const OWNERS = ['Direction qualité', 'DSI', 'RSSI', 'DPO', 'Référent DMN', 'Cadre de santé', 'PCME'];

function pad(n: number) {
  return String(n).padStart(2, '0');
}

function date(r: () => number, from = 2025, span = 2): string {
  const y = from + Math.floor(r() * span);
  return `${y}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`;
}

export function criterionIds(count: number): string[] {
  const ids = Object.keys(CATALOGUED);
  for (let n = 1; ids.length < count; n++)
    for (const o of OBJECTIVES) {
      const id = `${o}-${pad(n)}`;
      if (!ids.includes(id) && ids.length < count) ids.push(id);
    }
  return ids;
}

export function criterionText(id: string, r: () => number, elements = CATALOGUED[id] ?? 3 + Math.floor(r() * 6), evidencePerElement = [2, 4]): string {
  const out = [`criterion: ${id}`, `owner: ${OWNERS[Math.floor(r() * OWNERS.length)]}`, `reviewed: ${date(r, 2026, 1)}`, 'elements:'];
  for (let e = 1; e <= elements; e++) {
    if (r() < 0.04) continue; // a missing element, now and then
    const status = STATUSES[Math.floor(r() * STATUSES.length)];
    out.push(`  ee${pad(e)}:`, `    status: ${status}`);
    if (status === 'non-applicable') {
      if (r() < 0.8) out.push("    justification: Activité absente de l'établissement.");
      continue;
    }
    if (status === 'a-evaluer') continue;
    const n = evidencePerElement[0] + Math.floor(r() * (evidencePerElement[1] - evidencePerElement[0] + 1));
    if (r() > 0.05) {
      out.push('    evidence:');
      for (let k = 0; k < n; k++) {
        const kind = KINDS[Math.floor(r() * KINDS.length)];
        out.push(`      - title: Document ${id} ee${pad(e)} n°${k + 1}`);
        if (kind) out.push(`        kind: ${kind}`);
        out.push(
          `        file: preuves/doc-${Math.floor(r() * 40)}.pdf`,
          `        date: ${date(r)}`,
          `        validated_by: ${OWNERS[Math.floor(r() * OWNERS.length)]}`,
        );
        if (r() < 0.1) out.push(`        expires: ${date(r, 2026, 2)}`);
      }
    }
    if (status !== 'conforme' || r() < 0.2) {
      out.push('    actions:');
      for (let a = 0; a < 1 + Math.floor(r() * 2); a++) {
        out.push(
          `      - title: Action ${a + 1} sur ${id}-ee${pad(e)}`,
          `        due: ${date(r, 2026, 2)}`,
          `        owner: ${OWNERS[Math.floor(r() * OWNERS.length)]}`,
          `        done: ${r() < 0.3 ? date(r, 2026, 1) : 'false'}`,
        );
      }
    }
  }
  return out.join('\n') + '\n';
}

const MANIFEST = (name: string) => `manual: has-es-2025
establishment:
  name: ${name}
  finess: "330781196"
visit:
  start: 2027-03-15
scope: [chirurgie-interventionnel, maternite, urgences]
calista:
  - kind: pca-pra
    file: preuves/doc-1.pdf
    uploaded: 2026-11-05
  - kind: paqss
    file: preuves/doc-2.pdf
    uploaded: 2026-11-05
`;

function writeDossier(dir: string, name: string, files: number, r: () => number): string[] {
  fs.mkdirSync(path.join(dir, 'criteres'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'preuves'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'dossier.yaml'), MANIFEST(name));
  for (let i = 0; i < 38; i++) fs.writeFileSync(path.join(dir, 'preuves', `doc-${i}.pdf`), `document ${i}\n`); // doc-38, doc-39: evidence-not-found
  const written: string[] = [];
  for (const id of criterionIds(files)) {
    const rel = `criteres/${id}.yaml`;
    fs.writeFileSync(path.join(dir, rel), criterionText(id, r));
    written.push(rel);
  }
  return written;
}

export function generateHospital(dir: string, seed = 2025): string[] {
  return writeDossier(dir, 'CH synthétique', 130, prng(seed));
}

export function generateGht(dir: string, seed = 2026, sites = 40, perSite = 125): string[] {
  const r = prng(seed);
  const all: string[] = [];
  for (let s = 1; s <= sites; s++) all.push(...writeDossier(path.join(dir, `site-${pad(s)}`), `GHT site ${s}`, perSite, r).map(f => `site-${pad(s)}/${f}`));
  return all;
}

/** One dossier whose 3.1-07 file has about 2,000 lines (many elements and evidence items). */
export function generateLarge(dir: string, seed = 7): string {
  const r = prng(seed);
  writeDossier(dir, 'CH gros fichier', 5, r);
  const text = criterionText('3.1-07', r, 95, [5, 6]);
  fs.writeFileSync(path.join(dir, 'criteres', '3.1-07.yaml'), text);
  return 'criteres/3.1-07.yaml';
}

if (require.main === module) {
  const out = path.resolve(process.argv[2] ?? 'bench/data');
  fs.rmSync(out, { recursive: true, force: true });
  console.log(`hospital: ${generateHospital(path.join(out, 'hospital')).length} criterion files`);
  console.log(`ght: ${generateGht(path.join(out, 'ght')).length} criterion files`);
  const large = generateLarge(path.join(out, 'large'));
  console.log(`large: ${fs.readFileSync(path.join(out, 'large', large), 'utf8').split('\n').length} lines in ${large}`);
}
