/**
 * The lines the layout draws, checked on the source: adapters reach the core only through src/index.ts, the
 * core knows no chat platform, and only the configuration reads the environment.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/paths.ts';

/** Every TypeScript file under a folder of the repository, as paths relative to the root. */
function sources(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|mts)$/u.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

/** The modules a file imports or re-exports, statically or dynamically. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const found = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gmu), ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/gu), ...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gmu)];
  return found.map((m) => m[1]!);
}

/** Where a relative import points, relative to the root; bare package names are returned as they are. */
function target(file: string, specifier: string): string {
  return specifier.startsWith('.') ? path.relative(ROOT, path.resolve(ROOT, path.dirname(file), specifier)) : specifier;
}

describe('the boundaries of the layout', () => {
  it('lets adapters import the core through src/index.ts only', () => {
    const reaches = sources('adapters').flatMap((file) =>
      importsOf(file)
        .map((specifier) => target(file, specifier))
        .filter((to) => to.startsWith(`src${path.sep}`) && to !== path.join('src', 'index.ts'))
        .map((to) => `${file} → ${to}`),
    );
    expect(reaches).toEqual([]);
  });

  it('keeps every chat platform and the terminal out of the core', () => {
    const platform = /^(?:grammy|@grammyjs\/|wechaty|node:readline|readline$)/u;
    const found = sources('src').flatMap((file) => importsOf(file).filter((specifier) => platform.test(specifier)).map((specifier) => `${file} → ${specifier}`));
    expect(found).toEqual([]);
  });

  it('reads the environment in one module only, the configuration\'s', () => {
    const readers = [...sources('src'), ...sources('adapters')].filter((file) => /\bprocess\.env\b/u.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(readers).toEqual([path.join('src', 'config', 'environment.ts')]);
  });

  it('sees the imports it checks', () => {
    // A guard on the checks above: were the patterns to stop matching, they would pass on nothing.
    expect(importsOf(path.join('adapters', 'console', 'main.ts'))).toContain('../../src/index.ts');
    expect(importsOf(path.join('adapters', 'telegram', 'bot.ts'))).toContain('grammy');
    expect(importsOf(path.join('adapters', 'telegram', 'main.ts'))).toContain('./run.ts');
  });
});
