/**
 * The npm package as a user installs it (npm pack → npm install --global into a fresh prefix),
 * and every CI recipe's commands run with it: GitHub workflow and composite action, GitLab job,
 * pre-commit hooks; `init --ci` writes a recipe and never overwrites one.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO } from '../helpers.js';
import { copyExample, startClient } from '../lsp/lspClient.js';

let prefix: string;
let bin: string;
let files: string[];

function sh(command: string, cwd: string, env: Record<string, string> = {}) {
  return spawnSync('bash', ['-c', command], { cwd, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1', ...env } });
}

beforeAll(() => {
  const dest = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-'));
  const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dest], { cwd: REPO, encoding: 'utf8' });
  expect(pack.status, pack.stderr).toBe(0);
  const info = JSON.parse(pack.stdout)[0];
  files = info.files.map((f: { path: string }) => f.path).sort();
  prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'prefix-'));
  const install = spawnSync('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', path.join(dest, info.filename)], { encoding: 'utf8' });
  expect(install.status, install.stderr).toBe(0);
  bin = path.join(prefix, 'bin');
}, 120_000);

describe('the npm package', () => {
  it('ships the bundles, the catalogue, the schemas and the CI recipes, nothing of the sources or tests', () => {
    expect(files).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'action.yml', 'ci/github-workflow.yml', 'ci/gitlab-ci.yml', 'ci/pre-commit-config.yaml',
      'dist/cli.js', 'dist/server.js', 'dist/xlsx.js', 'package.json', 'schemas/catalogue.schema.json', 'schemas/catalogues/has-es-2025.json', 'schemas/criterion.schema.json', 'schemas/dossier.schema.json', 'schemas/export.schema.json']);
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it('installs and runs: --version, check, and the language server over stdio', async () => {
    expect(sh('has-dossier --version', os.tmpdir()).stdout.trim()).toBe('0.1.0');
    const root = copyExample();
    const r = sh('has-dossier check . --as-of 2026-11-23 --format json', root);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).summary).toEqual({ files: 9, errors: 2, warnings: 29, infos: 6, waived: 1 });
    // a group: the installed bundle loads itself as its worker threads
    const group = fs.mkdtempSync(path.join(os.tmpdir(), 'has-dossier-group-'));
    fs.cpSync(root, path.join(group, 'site-a'), { recursive: true });
    fs.cpSync(root, path.join(group, 'site-b'), { recursive: true });
    const all = sh('has-dossier check . --all -j 2 --as-of 2026-11-23 --format json', group, { HAS_DOSSIER_DEBUG: '1' });
    expect(all.status, all.stderr).toBe(1);
    expect(all.stderr).toMatch(/2 dossiers, 2 checked in worker threads, 0 in the main thread/);
    expect(JSON.parse(all.stdout).dossiers.map((d: { root: string; summary: { errors: number } }) => [d.root, d.summary.errors])).toEqual([['site-a', 2], ['site-b', 2]]);
    // the .xlsx reader is its own bundle, loaded from the installed package
    expect(sh('has-dossier catalogue template --format xlsx -o grille.xlsx', root).status).toBe(0);
    const imported = sh('has-dossier catalogue import grille.xlsx -o grille.json', root);
    expect(imported.status, imported.stderr).toBe(0);
    // the template's criterion (3.4-05, with its five elements) over the bundled base's others
    const grid = JSON.parse(fs.readFileSync(path.join(root, 'grille.json'), 'utf8')) as { chapters: { objectives: { criteria: { id: string; elements: unknown[] }[] }[] }[] };
    const gridCriteria = grid.chapters.flatMap(ch => ch.objectives.flatMap(o => o.criteria));
    expect(gridCriteria.length).toBe(116);
    expect(gridCriteria.find(c => c.id === '3.4-05')!.elements.length).toBe(5);
    const client = await startClient(root, undefined, path.join(bin, 'has-dossier-language-server'));
    try {
      const uri = client.uri('criteres/3.4-05.yaml');
      await client.waitFor(() => (client.diagnostics.get(uri) ?? []).some(d => d.code === 'stale-evidence'), 'stale-evidence from the installed server');
    } finally {
      await client.stop();
    }
  });
});

/** The `run:` / `script:` / `entry:` commands of a recipe that call has-dossier (the install steps need the registry). */
function commands(file: string): string[] {
  const doc = parse(fs.readFileSync(path.join(REPO, file), 'utf8'));
  const out: string[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if ((k === 'run' || k === 'entry') && typeof x === 'string') out.push(x);
        else if (k === 'script' && Array.isArray(x)) out.push(...x.filter((s): s is string => typeof s === 'string'));
        else visit(x);
      }
    }
  };
  visit(doc);
  // GitHub expressions: the action's defaults
  return out.filter(c => c.startsWith('has-dossier')).map(c => c.replace(/\$\{\{ inputs\.dossier \}\}/g, '.').replace(/\$\{\{.*?\}\}/g, ''));
}

describe('CI recipes, each command run with the installed package on the example', () => {
  it('GitHub workflow: SARIF for code scanning (the step passes on findings), then annotations that fail the job', () => {
    const root = copyExample();
    const [sarif, annotate] = commands('ci/github-workflow.yml');
    expect(sh(sarif, root, { DOSSIER: '.' }).status).toBe(0);
    const log = JSON.parse(fs.readFileSync(path.join(root, 'has-dossier.sarif'), 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.length).toBeGreaterThan(5);
    const r = sh(annotate, root, { DOSSIER: '.' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=criteres\/3\.4-05\.yaml,line=11,col=15,/m);
  });

  it('the composite action: the same, with its inputs at their defaults', () => {
    const root = copyExample();
    const [sarif, verdict] = commands('action.yml');
    expect(sh(sarif, root).status).toBe(0);
    expect(fs.existsSync(path.join(root, 'has-dossier.sarif'))).toBe(true);
    expect(sh(verdict, root).status).toBe(1);
  });

  it('GitLab job: a JUnit report and a Code Quality report, then the verdict', () => {
    const root = copyExample();
    const [junit, quality, verdict] = commands('ci/gitlab-ci.yml');
    expect(sh(junit, root, { DOSSIER: '.' }).status).toBe(0);
    expect(XMLValidator.validate(fs.readFileSync(path.join(root, 'has-dossier-junit.xml'), 'utf8'))).toBe(true);
    expect(sh(quality, root, { DOSSIER: '.' }).status).toBe(0);
    const issues = JSON.parse(fs.readFileSync(path.join(root, 'gl-code-quality-report.json'), 'utf8'));
    expect(issues.find((i: { check_name: string; severity: string }) => i.check_name === 'stale-evidence' && i.severity === 'major')).toMatchObject({
      type: 'issue', location: { path: 'criteres/3.4-05.yaml', lines: { begin: 11, end: 11 } }, fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(issues.length);
    expect(sh(verdict, root, { DOSSIER: '.' }).status).toBe(1);
  });

  it('pre-commit hooks (the published hook and the local config): the entry fails the commit on errors', () => {
    const root = copyExample();
    for (const file of ['.pre-commit-hooks.yaml', 'ci/pre-commit-config.yaml']) {
      const [entry] = commands(file);
      expect(entry).toBe('has-dossier check');
      expect(sh(entry, root).status, file).toBe(1);
    }
    const clean = copyExample();
    fs.writeFileSync(path.join(clean, 'dossier.yaml'), fs.readFileSync(path.join(clean, 'dossier.yaml'), 'utf8').replace('rules:\n', 'rules:\n  stale-evidence: warning\n  imperative-not-met: warning\n'));
    expect(sh('has-dossier check --as-of 2026-11-23', clean).status).toBe(0);
  });

  it('init --ci writes the recipe next to the dossier, and never over an existing file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'init-ci-'));
    expect(sh('has-dossier init . --ci github', dir).status).toBe(0);
    expect(fs.readFileSync(path.join(dir, '.github', 'workflows', 'has-dossier.yml'), 'utf8')).toBe(fs.readFileSync(path.join(REPO, 'ci', 'github-workflow.yml'), 'utf8'));
    fs.writeFileSync(path.join(dir, '.gitlab-ci.yml'), 'stages: [build]\n');
    const r = sh('has-dossier init . --ci gitlab', dir);
    expect(r.stdout).toMatch(/conservé \.gitlab-ci\.yml \(existe déjà\)/);
    expect(fs.readFileSync(path.join(dir, '.gitlab-ci.yml'), 'utf8')).toBe('stages: [build]\n');
    expect(sh('has-dossier init . --ci jenkins', dir).status).toBe(2);
  });
});
