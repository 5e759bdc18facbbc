// Lint: typescript-eslint's recommended rules over the TypeScript sources, and eslint-plugin-astro's
// over the .astro components and pages (which `astro check` also type-checks). Every exported
// function of src/lib and src/pipeline has a doc comment (eslint-plugin-jsdoc's require-jsdoc).
import js from '@eslint/js';
import eslintPluginAstro from 'eslint-plugin-astro';
import jsdoc from 'eslint-plugin-jsdoc';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'content/',
      'sources/',
      'bench/out/',
      'tests/fixtures/**/*.html',
      'tests/fixtures/**/content/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // A newcomer reads what an exported function is for before its body: one line saying what and
    // why. Only the presence is checked (no tag rules: the comments are prose).
    files: ['src/lib/**/*.ts', 'src/pipeline/**/*.ts'],
    // TODO(issue 14): every file left here is being rewritten by parallel work (quotes and people
    // extraction, normalize, figures extraction's folder, the compare entry, the cache); add their
    // missing doc comments and drop them from this list once that work has landed.
    ignores: [
      'src/pipeline/cache.ts',
      'src/pipeline/compare/index.ts',
      'src/pipeline/extract/figures/anchors.ts',
      'src/pipeline/extract/figures/role-cues.ts',
      'src/pipeline/extract/people.ts',
      'src/pipeline/extract/people/resolve.ts',
      'src/pipeline/extract/quotes/speakers.ts',
      'src/pipeline/normalize/body-loss.ts',
      'src/pipeline/normalize/furniture.ts',
      'src/pipeline/normalize/html.ts',
      'src/pipeline/normalize/html/body.ts',
      'src/pipeline/normalize/html/fallback.ts',
      'src/pipeline/normalize/html/jsonld.ts',
      'src/pipeline/normalize/html/metadata.ts',
      'src/pipeline/normalize/html/outlet.ts',
      'src/pipeline/normalize/html/prune.ts',
      'src/pipeline/normalize/html/sanitize.ts',
      'src/pipeline/normalize/index.ts',
      'src/pipeline/normalize/outlet-site.ts',
      'src/pipeline/normalize/outlet-vote.ts',
      'src/pipeline/normalize/outlet.ts',
      'src/pipeline/normalize/text/cues.ts',
      'src/pipeline/normalize/text/headline.ts',
      'src/pipeline/normalize/text/index.ts',
      'src/pipeline/normalize/text/lines.ts',
      'src/pipeline/normalize/text/region.ts',
      'src/pipeline/normalize/text/site-name.ts',
      'src/pipeline/normalize/text/sources.ts',
      'src/pipeline/normalize/text/title.ts',
    ],
    plugins: { jsdoc },
    rules: {
      'jsdoc/require-jsdoc': [
        'error',
        {
          publicOnly: true,
          require: { FunctionDeclaration: true, ArrowFunctionExpression: true, FunctionExpression: true },
        },
      ],
    },
  },
);
