import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: true, timeout: 60_000 });
  for (const f of ['diagnostics.test.js', 'completion.test.js', 'hover.test.js']) mocha.addFile(path.resolve(__dirname, f));
  return new Promise((resolve, reject) => mocha.run(failures => (failures ? reject(new Error(`${failures} tests failed.`)) : resolve())));
}
