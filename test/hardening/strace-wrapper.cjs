// Runs the language server under strace (the server path and the log are in the environment), its stdio passed through.
const { spawn } = require('node:child_process');
const child = spawn(
  'strace',
  ['-f', '-qq', '-e', 'trace=open,openat,openat2,creat', '-o', process.env.STRACE_LOG, process.execPath, process.env.STRACE_SERVER, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
child.on('exit', code => process.exit(code ?? 1));
process.on('SIGTERM', () => child.kill('SIGTERM'));
