import { type ChildProcess, spawn } from 'node:child_process';

const root = new URL('../..', import.meta.url).pathname;

/** `npm start` (scripts/start.mjs) as a newcomer runs it, in a child process of the test. */
export class StartedProduct {
  private output = '';

  private constructor(private readonly child: ChildProcess) {
    child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
  }

  /** Starts it with only `settings` on top of PATH and HOME; resolves once `ready` is printed. */
  static async start(
    settings: Record<string, string>,
    ready: RegExp,
    timeoutMs = 150_000,
  ): Promise<StartedProduct> {
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...settings },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const product = new StartedProduct(child);
    const deadline = Date.now() + timeoutMs;
    while (!ready.test(product.output)) {
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(
          `npm start did not print ${ready} (exit ${child.exitCode}):\n${product.output}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return product;
  }

  get printed(): string {
    return this.output;
  }

  /** Ctrl-C, as an operator stops it; resolves with the exit code. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGINT');
    return exited;
  }
}
