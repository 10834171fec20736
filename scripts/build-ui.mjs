// Builds the staff UI (apps/admin → /admin) and the privacy center (apps/privacy-center → /)
// with Vite's JS API, each only when a source file is newer than its dist/index.html.
// `--force` rebuilds both.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
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

/**
 * Writes `.br` and `.gz` beside each text asset once, at build time (the api sends the variant a
 * browser accepts, so nothing is compressed per request); files too small to gain are left.
 */
function precompress(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      precompress(path);
      continue;
    }
    if (!/\.(js|css|html|svg|json|txt|map)$/.test(entry.name)) continue;
    const content = readFileSync(path);
    if (content.length < 1024) continue;
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
    );
    writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
  }
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
  precompress(join(dir, 'dist', 'assets'));
  console.log(`built ${ui.name} in ${Date.now() - started} ms`);
}
