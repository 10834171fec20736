import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { processCpuOf } from './machine-cpu.js';

const ROOT = new URL('../../', import.meta.url);

/**
 * An entry in a process of its own: a `.ts` one from the working tree's sources (see
 * register-ts.mjs), a `.js` one as it is (the built product). Resolves once it prints a line
 * matching `ready`; its stderr goes to the bench's so a crash is seen.
 */
export async function startProcess(
  entry: string,
  env: Record<string, string>,
  ready: RegExp = /^ready$/,
  timeoutMs = 600_000,
): Promise<ChildProcess> {
  // BENCH_CPU_PROF=<dir>: each process writes a V8 CPU profile there when it stops (a flag
  // Node refuses in NODE_OPTIONS, so it goes on the command line).
  const profile = process.env.BENCH_CPU_PROF
    ? [`--cpu-prof`, `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  const args = entry.endsWith('.ts')
    ? [...profile, '--import', './bench/support/register-ts.mjs', entry]
    : [...profile, entry];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${entry} not ready in ${timeoutMs} ms`)),
      timeoutMs,
    );
    child.once('exit', (code) => reject(new Error(`${entry} exited with ${code} before ready`)));
    lines.on('line', (line) => {
      if (ready.test(line.trim())) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return child;
}

export async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/**
 * A process's CPU seconds so far (`processCpuOf`): per answer it is the process's own cost,
 * which a machine shared with other work changes far less than it changes a rate.
 */
export function processCpuSeconds(pid: number): number {
  return processCpuOf(pid).ms / 1000;
}
