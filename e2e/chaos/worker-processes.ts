import { type ChildProcess, spawn } from 'node:child_process';

const root = new URL('../..', import.meta.url).pathname;

/**
 * Worker processes of the built product (`apps/worker/dist/main.js`, as `npm start` runs them),
 * killed with SIGKILL and started again: nothing of a killed one gets to clean up.
 */
export class WorkerProcesses {
  private readonly children: (ChildProcess | null)[];
  /** Per slot: resolves once its current worker has printed that it runs. */
  private readonly starting: Promise<void>[];
  private output = '';
  kills = 0;

  constructor(
    private readonly env: Record<string, string>,
    count: number,
  ) {
    this.children = Array.from({ length: count }, () => null);
    this.starting = Array.from({ length: count }, () => Promise.resolve());
  }

  /** Starts every slot; resolves once each has printed that it runs. */
  async start(): Promise<void> {
    await Promise.all(this.children.map((_child, slot) => this.spawn(slot)));
  }

  /**
   * SIGKILL the worker in `slot` and start a new one in its place, once another slot's worker
   * runs (a kill never leaves the queue with no worker that has come up); resolves when the
   * replacement is started, not when it runs.
   */
  async killAndRestart(slot: number): Promise<void> {
    const others = this.starting.filter((_starting, other) => other !== slot);
    await Promise.race([
      ...others.map((starting) => starting.catch(() => undefined)),
      new Promise((resolve) => setTimeout(resolve, 20_000)),
    ]);
    const child = this.children[slot];
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      this.kills += 1;
    }
    void this.spawn(slot).catch(() => undefined);
  }

  private async spawn(slot: number): Promise<void> {
    const running = this.run(slot);
    this.starting[slot] = running;
    return running;
  }

  private async run(slot: number): Promise<void> {
    const child = spawn(process.execPath, ['apps/worker/dist/main.js'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let printed = '';
    const collect = (chunk: Buffer) => {
      printed += chunk.toString();
      // Only the tail is kept: enough to say why a worker did not come up.
      this.output = (this.output + chunk.toString()).slice(-20_000);
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    this.children[slot] = child;
    const deadline = Date.now() + 60_000;
    while (!printed.includes('DSAR worker running')) {
      if (child.exitCode !== null || Date.now() > deadline)
        throw new Error(`worker ${slot} did not start (exit ${child.exitCode}):\n${printed}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  get printed(): string {
    return this.output;
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.children.map(async (child) => {
        if (!child || child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await exited;
      }),
    );
  }
}
