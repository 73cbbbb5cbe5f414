import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Layers may import only downwards: app → features → ui/core. */
const architecture = [
  {
    // tsx and the bench run the engine through esbuild, which turns a literal with a Unicode class
    // into `new RegExp(source, 'u')`: inside a function that is a new parse on every call.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        {
          selector: ':function Literal[regex.pattern=/\\\\p\\{/]',
          message: 'A pattern with \\p{…} is a module constant (see src/core/text/wordShapes.ts).',
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', '@tanstack/*'],
              message: 'src/core is framework-free.',
            },
            {
              group: ['node:*', 'fs', 'path', 'url', 'os'],
              message: 'src/core runs in the browser too: no Node APIs.',
            },
            {
              group: ['**/app/**', '**/features/**', '**/ui/**', '**/content/**'],
              message: 'src/core imports nothing from the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/**', '**/features/**', '**/content/**'],
              message: 'src/ui is shared and imports only core.',
            },
          ],
        },
      ],
    },
  },
  {
    // Build time, Node: the Vite plugin that builds the offline worker. Like src/content, it
    // never imports the app.
    files: ['src/pwa/**/*.ts'],
    ignores: ['src/pwa/sw/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/**', '**/features/**', '**/ui/**', 'react', 'react-*', 'react/*'],
              message: 'src/pwa is build-time code: it does not import the app.',
            },
          ],
        },
      ],
    },
  },
  {
    // The service worker: runs in the browser without a page, so no React, no Node, no app code.
    files: ['src/pwa/sw/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', '@tanstack/*'],
              message: 'The service worker has no React: it must stay small.',
            },
            {
              group: ['node:*', 'fs', 'path', 'url', 'os'],
              message: 'The service worker runs in the browser: no Node APIs.',
            },
            {
              group: ['**/app/**', '**/features/**', '**/ui/**', '**/content/**', '../*.ts'],
              message:
                'The service worker is its own bundle: import only src/pwa/sw (shared modules ' +
                'would become a chunk it cannot load).',
            },
          ],
        },
      ],
    },
  },
  // Each feature may import core, ui and itself, never the app shell or another feature.
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/**', '**/content/**'],
              message: 'Features do not import the app shell or the build pipeline.',
            },
            {
              group: features
                .filter((other) => other !== feature)
                .flatMap((other) => [`**/features/${other}/**`, `../${other}/**`]),
              message:
                'Features do not import each other: share through src/ui or compose in src/app.',
            },
          ],
        },
      ],
    },
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'bench/.work'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never HTML.',
        },
      ],
    },
  },
  {
    files: ['*.config.{js,ts}', '**/vitest.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  ...architecture,
);
