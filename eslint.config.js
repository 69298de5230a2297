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
            group: [
              '@electron/*',
              '@renderer/*',
              '../electron/*',
              '../../electron/*',
              '../renderer/*',
              '../../renderer/*',
            ],
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

// A shipped migration must write the same schema and rows in every release, so
// it may not depend on code that keeps changing: it imports only its folder's
// types and the frozen data files beside it (`NNN-name.seed.json`).
const MIGRATION_IMPORTS =
  'A migration imports only ./types and frozen data files in its own folder (./NNN-name.seed.json).';
const migrationRestrictions = {
  files: ['electron/store/migrations/**/*.ts'],
  ignores: ['electron/store/migrations/index.ts', 'electron/store/migrations/types.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { regex: String.raw`^(?!\./types$|\./[0-9]{3}-[a-z0-9-]+\.seed\.json$)`, message: MIGRATION_IMPORTS },
        ],
      },
    ],
  },
};
// The list and the types are the folder's two doors: the list imports the
// migrations, the types name the connection handle (type-only).
const migrationFolderRestrictions = {
  files: ['electron/store/migrations/index.ts', 'electron/store/migrations/types.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: String.raw`^(?!\./types$|\./[0-9]{3}-[a-z0-9-]+$|\.\./db$)`,
            message:
              'The migrations list imports only the migrations beside it and ./types; types.ts only the ../db handle types.',
          },
        ],
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
              group: ['**/electron/**', '@electron/*', 'electron', 'better-sqlite3', 'node:*'],
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
  migrationRestrictions,
  migrationFolderRestrictions,
);
