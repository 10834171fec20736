// `npm start`: build when needed (tsc -b is incremental), then run against the configured servers
// (apply migrations, run the api and the worker) or, when none is configured or answers, embedded.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (existsSync(`${root}.env`)) process.loadEnvFile(`${root}.env`);
run('npx', ['tsc', '-b', 'tsconfig.build.json']);
if (existsSync(`${root}scripts/build-ui.mjs`)) run('node', ['scripts/build-ui.mjs']);

const { loadConfigOrExit } = await import('@dsar/config');
const { detectRunMode } = await import('@dsar/embedded');
const config = loadConfigOrExit();
const mode = await detectRunMode(config, process.env);
if (mode.kind === 'embedded') {
  const { runEmbedded } = await import('./run-embedded.mjs');
  await runEmbedded(config, mode.reason);
} else {
  runWithServers();
}

function runWithServers() {
  run('node', ['apps/api/dist/cli/migrate.js']);
  const children = ['apps/api/dist/main.js', 'apps/worker/dist/main.js'].map((entry) =>
    spawn(process.execPath, [entry], { cwd: root, stdio: 'inherit' }),
  );
  let stopping = false;
  const stop = (code) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) child.kill('SIGTERM');
    setTimeout(() => process.exit(code), 5000).unref();
  };
  for (const child of children) child.on('exit', (code) => stop(code ?? 1));
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
}
