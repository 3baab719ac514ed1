/** Times the engine on each hostile case (cold, then a re-check after a one-character edit). `tsx bench/hostile-measure.ts [scale]` */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CatalogueRegistry, checkDossierAt, nodeHost } from '../engine/src/index.js';
import { hostileCases } from './hostile.js';

const registry = new CatalogueRegistry(path.resolve(__dirname, '..', 'schemas'));
const scale = Number(process.argv[2] ?? 1);
for (const c of hostileCases(scale)) {
  if (process.argv[3] && !c.name.includes(process.argv[3])) continue;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-bench-'));
  for (const [rel, text] of Object.entries(c.files)) { fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true }); fs.writeFileSync(path.join(dir, rel), text); }
  const t0 = performance.now();
  const r = checkDossierAt(dir, nodeHost, registry, { asOf: '2026-11-23' });
  const t1 = performance.now();
  console.log(`${c.name}: ${(t1 - t0).toFixed(0)} ms, ${r.findings.length} findings, ${Buffer.byteLength(JSON.stringify(r.findings))} bytes of findings, size ${(Buffer.byteLength(c.files[c.edited]) / 1e6).toFixed(2)} MB`);
  fs.rmSync(dir, { recursive: true });
}
