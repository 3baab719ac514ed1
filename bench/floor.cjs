// The floor: read and parse every YAML file below a folder with `yaml` alone, nothing else.
const t0 = performance.now();
const fs = require('fs'),
  path = require('path');
const { parseDocument, LineCounter } = require('yaml');
const t1 = performance.now();
const dir = process.argv[2];
let n = 0;
const walk = d => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.ya?ml$/.test(e.name)) {
      parseDocument(fs.readFileSync(p, 'utf8'), { lineCounter: new LineCounter() }).toJS();
      n++;
    }
  }
};
walk(dir);
console.log(`${n} files: require ${(t1 - t0).toFixed(0)} ms, read+parse ${(performance.now() - t1).toFixed(0)} ms`);
