/**
 * The npm package as a user installs it (npm pack → npm install --global into a fresh prefix),
 * and every CI recipe run as written (README = ci/) in a temporary git repository whose dossier is
 * in a subfolder, with that tarball committed as vendor/has-dossier-<version>.tgz as the README
 * says (no substitution): GitHub workflow and action, GitLab job, pre-commit hooks; `init --ci` writes a recipe at the
 * repository root and never overwrites one; the release workflow.
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
let tarball: string;

function sh(command: string, cwd: string, env: Record<string, string> = {}) {
  return spawnSync('bash', ['-c', command], { cwd, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1', ...env } });
}

beforeAll(() => {
  const dest = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-'));
  const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dest], { cwd: REPO, encoding: 'utf8' });
  expect(pack.status, pack.stderr).toBe(0);
  const info = JSON.parse(pack.stdout)[0];
  files = info.files.map((f: { path: string }) => f.path).sort();
  tarball = path.join(dest, info.filename);
  prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'prefix-'));
  const install = spawnSync('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', tarball], { encoding: 'utf8' });
  expect(install.status, install.stderr).toBe(0);
  bin = path.join(prefix, 'bin');
}, 120_000);

describe('the npm package', () => {
  it('ships the bundles, the catalogue, the schemas and the CI recipes, nothing of the sources or tests', () => {
    expect(files).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'action.yml',
      'ci/github-workflow.yml',
      'ci/gitlab-ci.yml',
      'ci/pre-commit-config.yaml',
      'dist/cli.js',
      'dist/server.js',
      'dist/xlsx.js',
      'package.json',
      'schemas/catalogue.schema.json',
      'schemas/catalogues/has-es-2025.json',
      'schemas/criterion.schema.json',
      'schemas/dossier.schema.json',
      'schemas/export.schema.json',
    ]);
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it('installs and runs: --version, check, and the language server over stdio', async () => {
    expect(sh('has-dossier --version', os.tmpdir()).stdout.trim()).toBe('0.1.0');
    const root = copyExample();
    const r = sh('has-dossier check . --as-of 2026-11-23 --format json', root);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).summary).toEqual({ files: 9, errors: 2, warnings: 29, infos: 5, waived: 1 });
    // a group: the installed bundle loads itself as its worker threads
    const group = fs.mkdtempSync(path.join(os.tmpdir(), 'has-dossier-group-'));
    fs.cpSync(root, path.join(group, 'site-a'), { recursive: true });
    fs.cpSync(root, path.join(group, 'site-b'), { recursive: true });
    const all = sh('has-dossier check . --all -j 2 --as-of 2026-11-23 --format json', group, { HAS_DOSSIER_DEBUG: '1' });
    expect(all.status, all.stderr).toBe(1);
    expect(all.stderr).toMatch(/2 dossiers, 2 checked in worker threads, 0 in the main thread/);
    expect(JSON.parse(all.stdout).dossiers.map((d: { root: string; summary: { errors: number } }) => [d.root, d.summary.errors])).toEqual([
      ['site-a', 2],
      ['site-b', 2],
    ]);
    // the .xlsx reader is its own bundle, loaded from the installed package
    expect(sh('has-dossier catalogue template --format xlsx -o grille.xlsx', root).status).toBe(0);
    const imported = sh('has-dossier catalogue import grille.xlsx -o grille.json', root);
    expect(imported.status, imported.stderr).toBe(0);
    // the template's criterion (3.4-05, with its five elements) over the bundled base's others
    const grid = JSON.parse(fs.readFileSync(path.join(root, 'grille.json'), 'utf8')) as {
      chapters: { objectives: { criteria: { id: string; elements: unknown[] }[] }[] }[];
    };
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

const PATH_IN_REPO = 'qualite/certification';
/** Where the recipes take the package from: the tarball of this version, committed in the dossier's repository. */
const VENDORED = (version: string) => `./vendor/has-dossier-${version}.tgz`;

/** A temporary git repository with the example dossier in qualite/certification and, as the README says, the tarball `npm pack` built in vendor/. */
function gitRepoWithDossier(): string {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'has-dossier-repo-'));
  expect(spawnSync('git', ['init', '-q', repo]).status).toBe(0);
  fs.cpSync(path.join(REPO, 'examples', 'ch-exemple'), path.join(repo, ...PATH_IN_REPO.split('/')), { recursive: true });
  fs.mkdirSync(path.join(repo, 'vendor'));
  fs.copyFileSync(tarball, path.join(repo, VENDORED(VERSION)));
  return repo;
}

/** The recipe as `init <dossier> --ci KIND` writes it at the root of a repository whose dossier is in qualite/certification. */
function recipeFromInit(kind: string, file: string): string {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'has-dossier-init-'));
  expect(spawnSync('git', ['init', '-q', scratch]).status).toBe(0);
  const r = sh(`has-dossier init ${PATH_IN_REPO} --ci ${kind}`, scratch);
  expect(r.status, r.stderr).toBe(0);
  return fs.readFileSync(path.join(scratch, file), 'utf8');
}

/** Runs a GitHub Actions `run:` script as the runner does (bash -e, pipefail), with the step's environment. */
function runStep(script: string, cwd: string, env: Record<string, string>) {
  return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
}

const VERSION = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version as string;

describe('CI recipes: in a git repository with the dossier in a subfolder, each recipe run as written, with the package from npm pack', () => {
  it('README shows each recipe as it is in ci/ (what users copy is what is tested)', () => {
    const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
    for (const file of ['ci/github-workflow.yml', 'ci/gitlab-ci.yml', 'ci/pre-commit-config.yaml']) {
      expect(readme, file).toContain('```yaml\n' + fs.readFileSync(path.join(REPO, file), 'utf8') + '```\n');
    }
    for (const file of ['ci/github-workflow.yml', 'ci/gitlab-ci.yml', 'ci/pre-commit-config.yaml', 'action.yml', '.pre-commit-hooks.yaml']) {
      expect(fs.readFileSync(path.join(REPO, file), 'utf8'), file).not.toMatch(/npm install[^\n]*has-dossier@|additional_dependencies:[^\n]*has-dossier@/);
    }
  });

  it('init <dossier> --ci github|gitlab|pre-commit inside a git repository writes the recipe at the root, naming the dossier', () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'has-dossier-init-'));
    expect(spawnSync('git', ['init', '-q', repo]).status).toBe(0);
    const r = sh(`has-dossier init ${PATH_IN_REPO} --ci github`, repo);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('créé     ../../.github/workflows/has-dossier.yml\n');
    expect(fs.existsSync(path.join(repo, PATH_IN_REPO, '.github'))).toBe(false);
    const template = fs.readFileSync(path.join(REPO, 'ci', 'github-workflow.yml'), 'utf8');
    expect(fs.readFileSync(path.join(repo, '.github', 'workflows', 'has-dossier.yml'), 'utf8')).toBe(
      template.replace('DOSSIER: .   #', 'DOSSIER: "qualite/certification"   #'),
    );
    expect(sh(`has-dossier init ${PATH_IN_REPO} --ci gitlab`, repo).status).toBe(0);
    expect(fs.readFileSync(path.join(repo, '.gitlab-ci.yml'), 'utf8')).toContain('    DOSSIER: "qualite/certification"   # the folder');
    expect(sh(`has-dossier init ${PATH_IN_REPO} --ci pre-commit`, repo).status).toBe(0);
    expect(fs.readFileSync(path.join(repo, '.pre-commit-config.yaml'), 'utf8')).toContain('        args: ["qualite/certification"]   # the folder');
    // preuves/ is kept in git (an empty folder is not tracked)
    expect(fs.existsSync(path.join(repo, PATH_IN_REPO, 'preuves', '.gitkeep'))).toBe(true);
  });

  it('GitHub workflow: one check gives the annotations (the job fails on errors) and the SARIF that the upload step sends', () => {
    const repo = gitRepoWithDossier();
    const workflow = parse(recipeFromInit('github', '.github/workflows/has-dossier.yml'));
    const job = workflow.jobs.check;
    const npmPrefix = fs.mkdtempSync(path.join(os.tmpdir(), 'runner-prefix-'));
    const env: Record<string, string> = { ...job.env, npm_config_prefix: npmPrefix, PATH: `${path.join(npmPrefix, 'bin')}:${process.env.PATH}` };
    expect(env.DOSSIER).toBe(PATH_IN_REPO);
    expect(env.HAS_DOSSIER_PACKAGE).toBe(VENDORED(VERSION));
    const results: Record<string, ReturnType<typeof runStep>> = {};
    for (const step of job.steps) {
      if (step.run) results[step.name] = runStep(step.run, repo, env);
      else if (String(step.uses).startsWith('github/codeql-action/upload-sarif')) {
        const log = JSON.parse(fs.readFileSync(path.join(repo, step.with.sarif_file), 'utf8'));
        expect(log.version).toBe('2.1.0');
        const uris = log.runs[0].results.map(
          (x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation.uri,
        );
        expect(uris).toContain('qualite/certification/criteres/3.4-05.yaml');
        expect(uris.every((u: string) => u.startsWith('qualite/certification/'))).toBe(true);
      }
    }
    expect(results['Install has-dossier'].status, results['Install has-dossier'].stderr).toBe(0);
    const check = Object.entries(results).find(([name]) => name.startsWith('Check'))![1];
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/^::error file=qualite\/certification\/criteres\/3\.4-05\.yaml,line=11,col=15,/m);
  });

  it('the action (uses: OWNER/has-dossier@…): runs the CLI from its own checkout, one check for annotations and SARIF', () => {
    const repo = gitRepoWithDossier();
    // the action's checkout at a release tag: the package's files (dist/ is built in the step when absent)
    const actionPath = fs.mkdtempSync(path.join(os.tmpdir(), 'action-'));
    expect(spawnSync('tar', ['xzf', tarball, '-C', actionPath, '--strip-components=1']).status).toBe(0);
    const action = parse(fs.readFileSync(path.join(actionPath, 'action.yml'), 'utf8'));
    const inputs: Record<string, string> = Object.fromEntries(
      Object.entries(action.inputs as Record<string, { default: string }>).map(([k, v]) => [k, v.default]),
    );
    inputs.dossier = PATH_IN_REPO;
    const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'runner-temp-'));
    const githubPath = path.join(runnerTemp, 'github_path');
    fs.writeFileSync(githubPath, '');
    const expr = (v: string) => v.replace(/\$\{\{ inputs\.([\w-]+) \}\}/g, (_, k: string) => inputs[k]);
    let check: ReturnType<typeof runStep> | undefined;
    for (const step of action.runs.steps) {
      if (!step.run) continue;
      const added = fs.readFileSync(githubPath, 'utf8').split('\n').filter(Boolean);
      const stepEnv = Object.fromEntries(Object.entries((step.env ?? {}) as Record<string, string>).map(([k, v]) => [k, expr(v)]));
      const r = runStep(step.run, repo, {
        ...stepEnv,
        GITHUB_ACTION_PATH: actionPath,
        RUNNER_TEMP: runnerTemp,
        GITHUB_PATH: githubPath,
        PATH: [...added, process.env.PATH].join(':'),
      });
      if (step.name.startsWith('Check')) check = r;
      else expect(r.status, r.stderr).toBe(0);
    }
    expect(check!.status).toBe(1);
    expect(check!.stdout).toMatch(/^::error file=qualite\/certification\/criteres\/3\.4-05\.yaml,line=11,col=15,/m);
    expect(JSON.parse(fs.readFileSync(path.join(repo, 'has-dossier.sarif'), 'utf8')).runs[0].results.length).toBeGreaterThan(5);
  });

  it('GitLab job: one check writes the JUnit and Code Quality reports with paths from the repository root, and fails the job', () => {
    const repo = gitRepoWithDossier();
    const job = parse(recipeFromInit('gitlab', '.gitlab-ci.yml'))['has-dossier'];
    const npmPrefix = fs.mkdtempSync(path.join(os.tmpdir(), 'gitlab-prefix-'));
    const env = { ...job.variables, npm_config_prefix: npmPrefix, PATH: `${path.join(npmPrefix, 'bin')}:${process.env.PATH}` };
    expect(env.HAS_DOSSIER_PACKAGE).toBe(VENDORED(VERSION));
    const r = runStep((job.script as string[]).join('\n'), repo, env);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^qualite\/certification\/criteres\/3\.4-05\.yaml:11:15: erreur « Cartographie des DMN/m);
    const xml = fs.readFileSync(path.join(repo, job.artifacts.reports.junit), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<testsuite name="qualite/certification/criteres/3.4-05.yaml"');
    const issues = JSON.parse(fs.readFileSync(path.join(repo, job.artifacts.reports.codequality), 'utf8'));
    expect(issues.find((i: { check_name: string; severity: string }) => i.check_name === 'stale-evidence' && i.severity === 'major')).toMatchObject({
      type: 'issue',
      location: { path: 'qualite/certification/criteres/3.4-05.yaml', lines: { begin: 11, end: 11 } },
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(issues.length);
  });

  it('pre-commit: the local hook (npx from the committed tarball) and the published hook fail the commit on errors', () => {
    const repo = gitRepoWithDossier();
    const hook = parse(recipeFromInit('pre-commit', '.pre-commit-config.yaml')).repos[0].hooks[0];
    // language: system — pre-commit runs the entry and its args from the repository root
    expect(hook.language).toBe('system');
    expect(hook.entry).toContain(`--package ${VENDORED(VERSION)} `);
    // a fresh npm cache: nothing from an earlier install, nothing from the registry's has-dossier
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'pre-commit-npm-cache-'));
    const run = (entry: string, args: string[], bins = '') =>
      spawnSync('bash', ['-c', `${entry} ${args.map(a => `'${a}'`).join(' ')}`], {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', npm_config_cache: cache, PATH: `${bins}${process.env.PATH}` },
      });
    const local = run(hook.entry, hook.args);
    expect(local.status, local.stderr).toBe(1);
    expect(local.stdout).toMatch(/^qualite\/certification\/criteres\/3\.4-05\.yaml:11:15: erreur /m);
    const published = parse(fs.readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8'))[0];
    expect(published.additional_dependencies).toBeUndefined();
    expect(published.args).toEqual(['.']);
    // pre-commit builds the published hook from the tag (npm install, npm pack, install): the package as installed
    expect(run(published.entry, [PATH_IN_REPO], `${bin}:`).status).toBe(1);
    // a dossier without errors passes
    const clean = path.join(repo, PATH_IN_REPO, 'dossier.yaml');
    fs.writeFileSync(clean, fs.readFileSync(clean, 'utf8').replace('rules:\n', 'rules:\n  stale-evidence: warning\n  imperative-not-met: warning\n'));
    const ok = run(hook.entry, hook.args);
    expect(ok.status, ok.stdout).toBe(0);
  });

  it('init --ci outside a git repository writes the recipe next to the dossier, and never over an existing file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'init-ci-'));
    expect(sh('has-dossier init . --ci github', dir).status).toBe(0);
    expect(fs.readFileSync(path.join(dir, '.github', 'workflows', 'has-dossier.yml'), 'utf8')).toBe(
      fs.readFileSync(path.join(REPO, 'ci', 'github-workflow.yml'), 'utf8'),
    );
    fs.writeFileSync(path.join(dir, '.gitlab-ci.yml'), 'stages: [build]\n');
    const r = sh('has-dossier init . --ci gitlab', dir);
    expect(r.stdout).toMatch(/conservé \.gitlab-ci\.yml \(existe déjà\)/);
    expect(fs.readFileSync(path.join(dir, '.gitlab-ci.yml'), 'utf8')).toBe('stages: [build]\n');
    expect(sh('has-dossier init . --ci jenkins', dir).status).toBe(2);
  });

  it('the release workflow packs on a version tag and publishes only with a token; the recipes install the tarball of this version; no URL that no source gives', () => {
    const release = parse(fs.readFileSync(path.join(REPO, '.github', 'workflows', 'release.yml'), 'utf8'));
    expect(release.on.push.tags).toEqual(['v*']);
    const runs = release.jobs.release.steps.map((s: { run?: string }) => s.run ?? '').join('\n');
    expect(runs).toMatch(/npm pack/);
    expect(runs).toMatch(/gh release create "\$GITHUB_REF_NAME" has-dossier-\*\.tgz/);
    expect(runs).toMatch(/if \[ -n "\$NODE_AUTH_TOKEN" \]; then npm publish/);
    for (const file of ['ci/github-workflow.yml', 'ci/gitlab-ci.yml', 'ci/pre-commit-config.yaml']) {
      expect(fs.readFileSync(path.join(REPO, file), 'utf8'), file).toContain(VENDORED(VERSION));
    }
    // the project's address is not known: no homepage, repository or issue page is made up
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    expect([manifest.homepage, manifest.repository, manifest.bugs]).toEqual([undefined, undefined, undefined]);
    for (const file of [
      'README.md',
      'ci/github-workflow.yml',
      'ci/gitlab-ci.yml',
      'ci/pre-commit-config.yaml',
      'action.yml',
      '.pre-commit-hooks.yaml',
      '.github/workflows/release.yml',
      'cli/src/formats/sarif.ts',
    ]) {
      expect(fs.readFileSync(path.join(REPO, file), 'utf8'), file).not.toMatch(/github\.com\/has-dossier|npmjs\.com\/package\/has-dossier/);
    }
  });
});
