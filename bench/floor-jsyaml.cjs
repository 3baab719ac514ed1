// The floor of the fast path: read every YAML file below a folder and load it with js-yaml alone
// (values only, no source ranges), nothing else.
const t0 = performance.now();
const fs = require('fs'),
  path = require('path');
const { load } = require('js-yaml');
const t1 = performance.now();
const dir = process.argv[2];
let n = 0;
const walk = d => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.ya?ml$/.test(e.name)) {
      load(fs.readFileSync(p, 'utf8'));
      n++;
    }
  }
};
walk(dir);
console.log(`${n} files: require ${(t1 - t0).toFixed(0)} ms, read+load ${(performance.now() - t1).toFixed(0)} ms`);
