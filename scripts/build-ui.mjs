// Builds the staff UI (apps/admin → /admin) and the privacy center (apps/privacy-center → /)
// with Vite's JS API, each only when a source file is newer than its dist/index.html.
// `--force` rebuilds both.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const force = process.argv.includes('--force');

const UIS = [
  { name: 'admin', dir: 'apps/admin', base: '/admin/' },
  { name: 'privacy-center', dir: 'apps/privacy-center', base: '/' },
];

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

for (const ui of UIS) {
  const dir = join(root, ui.dir);
  const built = join(dir, 'dist', 'index.html');
  if (!force && existsSync(built) && statSync(built).mtimeMs >= newestSource(dir)) continue;
  const started = Date.now();
  await build({
    root: dir,
    base: ui.base,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: false,
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        // MUI marks its modules "use client" (a server-components hint that means nothing here).
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  });
  console.log(`built ${ui.name} in ${Date.now() - started} ms`);
}
