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
      '.dist-next/',
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
