// The layout's rules, checked on every source file: imports run one way (the site and the pipeline
// use lib; the CLI uses the pipeline and lib; nothing imports the CLI), and every bare import names
// a package declared in package.json.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, files, importsOf } from './source-files.ts';

/** Where a type-only package's types live: mdast -> @types/mdast, @scope/x -> @types/scope__x. */
const typesPackage = (name: string) => `@types/${name.replace(/^@/, '').replace('/', '__')}`;

/** The folder an import lands in, relative to the repository ("src/pipeline/emit/x.ts"). */
const target = (file: string, specifier: string) => relative(ROOT, resolve(ROOT, dirname(file), specifier));

/** Every relative import of the files `from` selects that lands where `forbidden` says it must not. */
function violations(from: (file: string) => boolean, forbidden: (target: string) => boolean): string[] {
  return files('src')
    .filter(from)
    .flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier.startsWith('.') && forbidden(target(file, specifier)))
        .map((specifier) => `${file} imports ${specifier}`),
    );
}

describe('imports', () => {
  const source = files('src');

  it('the site (src/site, src/pages, src/components) uses lib only, never the pipeline or the CLI', () => {
    const site = (file: string) =>
      /^src\/(site|pages|components|layouts|styles)\//.test(file) || file === 'src/content.config.ts';
    expect(violations(site, (to) => /^src\/(pipeline|cli)\//.test(to))).toEqual([]);
  });

  it('the pipeline uses lib and itself, never the CLI or the site', () => {
    const pipeline = (file: string) => file.startsWith('src/pipeline/');
    expect(violations(pipeline, (to) => /^src\/(cli|site|pages|components)\//.test(to))).toEqual([]);
  });

  it('lib imports nothing of the project but lib', () => {
    const lib = (file: string) => file.startsWith('src/lib/');
    expect(violations(lib, (to) => !to.startsWith('src/lib/'))).toEqual([]);
  });

  it('every bare import is a declared dependency (or a Node built-in, or Astro’s virtual modules)', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const declared = new Set([
      ...Object.keys(manifest.dependencies),
      ...Object.keys(manifest.devDependencies),
    ]);
    const builtins = new Set(builtinModules);
    const all = [
      ...source,
      ...files('tests'),
      ...files('bench'),
      ...files('bin'),
      'astro.config.mjs',
      'eslint.config.js',
      'vitest.config.ts',
    ];
    expect(all.length).toBeGreaterThan(50);
    const undeclared = all.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('/'))
        .filter((specifier) => !specifier.startsWith('node:') && !specifier.startsWith('astro:'))
        .map((specifier) => {
          const parts = specifier.split('/');
          return { file, name: specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]! };
        })
        .filter(({ name }) => !builtins.has(name) && !declared.has(name) && !declared.has(typesPackage(name)))
        .map(({ file, name }) => `${file}: ${name}`),
    );
    expect(undeclared).toEqual([]);
  });
});
