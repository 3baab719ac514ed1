/**
 * Hostile files under the 5 MB limit: what someone with commit rights could add to make the
 * check slow. Used by the benchmark (`npm run bench`, row "hostile files") and by
 * test/hardening/hostile.test.ts, which checks each one gives its findings (not how fast).
 */
export const MANIFEST = `manual: has-es-2025
establishment:
  name: CH de Test
  finess: "330781196"
visit:
  start: 2027-03-15
rules:
  missing-criterion: off
`;

export interface HostileCase {
  name: string;
  /** files relative to the dossier root (dossier.yaml included) */
  files: Record<string, string>;
  /** the file the benchmark opens in the server and edits */
  edited: string;
}

const el = (i: number) => `ee${String(i % 100).padStart(2, '0')}`;

export function hostileCases(scale = 1): HostileCase[] {
  const n = (x: number) => Math.max(1, Math.round(x * scale));
  const out: HostileCase[] = [];
  {
    // 40,000 consecutive waiver lines before one element (1.7 MB)
    const lines = ['criterion: 3.2-01', 'elements:'];
    for (let i = 0; i < n(40_000); i++) lines.push('  # has-dossier-ignore not-evaluated: on garde');
    lines.push('  ee01:', '    status: a-evaluer', '');
    out.push({
      name: 'consecutive waivers (40,000 lines)',
      files: { 'dossier.yaml': MANIFEST, 'criteres/w.yaml': lines.join('\n') },
      edited: 'criteres/w.yaml',
    });
  }
  {
    // 150,000 waivers that each give a finding (malformed), 3.4 MB
    const lines = ['criterion: 3.2-01', 'elements:', '  ee01:', '    status: a-evaluer'];
    for (let i = 0; i < n(150_000); i++) lines.push('# has-dossier-ignore x');
    out.push({
      name: 'waivers that each give a finding (150,000)',
      files: { 'dossier.yaml': MANIFEST, 'criteres/w.yaml': lines.join('\n') + '\n' },
      edited: 'criteres/w.yaml',
    });
  }
  {
    // 25,000 element keys (ee00…ee99 repeated under distinct suffixes)
    const lines = ['criterion: 3.2-01', 'elements:'];
    for (let i = 0; i < n(25_000); i++) lines.push(`  ${el(i)}x${i}:`, '    status: a-evaluer');
    out.push({ name: 'element keys (25,000)', files: { 'dossier.yaml': MANIFEST, 'criteres/e.yaml': lines.join('\n') + '\n' }, edited: 'criteres/e.yaml' });
  }
  {
    // 2,500 roles and 2,500 actions whose owners name none of them
    const roles = ['roles:'];
    for (let i = 0; i < n(2_500); i++) roles.push(`  role-${i}: Personne ${i}`);
    const lines = ['criterion: 3.2-01', 'elements:', '  ee01:', '    status: partiel', '    justification: x', '    actions:'];
    for (let i = 0; i < n(2_500); i++) lines.push(`      - title: Action ${i}`, `        owner: Inconnu numero ${i}`, '        due: 2027-01-01');
    out.push({
      name: 'roles × unknown owners (2,500 × 2,500)',
      files: { 'dossier.yaml': MANIFEST + roles.join('\n') + '\n', 'criteres/r.yaml': lines.join('\n') + '\n' },
      edited: 'criteres/r.yaml',
    });
  }
  {
    // 20,000 evidence entries naming missing files
    const lines = ['criterion: 3.2-01', 'elements:', '  ee01:', '    status: conforme', '    evidence:'];
    for (let i = 0; i < n(20_000); i++) lines.push(`      - title: Doc ${i}`, `        file: preuves/absent-${i}.pdf`);
    out.push({
      name: 'evidence naming missing files (20,000)',
      files: { 'dossier.yaml': MANIFEST, 'criteres/p.yaml': lines.join('\n') + '\n' },
      edited: 'criteres/p.yaml',
    });
  }
  {
    // one 4 MB block scalar
    out.push({
      name: 'one 4 MB block scalar',
      files: {
        'dossier.yaml': MANIFEST,
        'criteres/b.yaml': `criterion: 3.2-01\nelements:\n  ee01:\n    status: a-evaluer\n    justification: |\n${'      ligne de texte répétée pour remplir le fichier\n'.repeat(n(80_000))}`,
      },
      edited: 'criteres/b.yaml',
    });
  }
  return out;
}
