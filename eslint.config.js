import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Each top-level folder has one runtime; these rules keep shared/ pure so the
// engine runs unchanged in Node, Electron, the browser and the CLI.
const sharedRestrictions = {
  files: ['shared/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['node:*'], message: 'shared/ is pure: no Node imports.' },
          { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron imports.' },
          { group: ['better-sqlite3'], message: 'shared/ is pure: no database imports.' },
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'shared/ is pure: no React.' },
          {
            group: ['fs', 'path', 'os', 'crypto', 'child_process', 'http'],
            message: 'shared/ is pure: no Node imports.',
          },
          {
            group: ['../electron/*', '../../electron/*', '../renderer/*', '../../renderer/*'],
            message: 'shared/ imports nothing above it.',
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...[
        'window',
        'document',
        'navigator',
        'localStorage',
        'sessionStorage',
        'process',
        'Buffer',
        'require',
        '__dirname',
      ].map((name) => ({ name, message: 'shared/ is pure: no DOM or Node globals.' })),
    ],
    'no-restricted-syntax': [
      'error',
      {
        selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
        message: 'The engine takes "today" as input (asOf); never read the clock.',
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron', 'better-sqlite3', 'node:*'],
              message: 'The renderer reaches the backend only through its API client.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
      ],
    },
  },
  sharedRestrictions,
);
