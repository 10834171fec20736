// Module hooks for the benches' child processes (a second worker, the api): TypeScript from the
// sources, transpiled file by file as the tests' ts-jest does (isolatedModules), so a bench runs
// the code of the working tree without a build. `@dsar/<lib>` resolves to libs/<lib>/src.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = new URL('../../', import.meta.url);
const options = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  isolatedModules: true,
  esModuleInterop: true,
  sourceMap: false,
};

export async function resolve(specifier, context, next) {
  // Its ES build imports JSON without an import attribute; the CommonJS build is the same library.
  if (specifier === 'libphonenumber-js')
    return next(new URL('node_modules/libphonenumber-js/index.cjs', root).href, context);
  const lib = /^@dsar\/([a-z-]+)$/.exec(specifier);
  if (lib) return { url: new URL(`libs/${lib[1]}/src/index.ts`, root).href, shortCircuit: true };
  if (specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
    const candidate = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
    if (existsSync(fileURLToPath(candidate))) return { url: candidate.href, shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const source = await readFile(fileURLToPath(url), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: options, fileName: url });
  return { format: 'module', source: outputText, shortCircuit: true };
}
