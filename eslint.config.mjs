// @ts-check
/**
 * Lint (npm run lint, run by npm test): typescript-eslint's recommended rules, and the layering
 * of ARCHITECTURE.md as import restrictions:
 * - cli/, server/ and client/ reach the engine only through its facade, engine/src/index.ts;
 * - the engine imports no editor code (vscode, the language server or client libraries), nor
 *   the CLI, the server or the client; only the LSP *types* (vscode-languageserver-types);
 * - nothing but the rule table imports a rule module (what the rules share lives below them);
 * - the requests and notifications between the server and the client are typed once, in
 *   protocol/src/index.ts: no other file writes a `hasDossier/` method name, and the protocol takes
 *   only types from the engine (its facade), so that the extension bundles no engine code through it
 *   (the extension calls the facade itself for the Dossier view's first level, and bundles only that).
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const EDITOR_CODE = {
  paths: [
    { name: 'vscode', message: 'The engine is editor-agnostic: no vscode API in engine/.' },
    { name: 'vscode-languageserver', message: 'The engine is editor-agnostic: LSP types come from vscode-languageserver-types.' },
    { name: 'vscode-languageclient', message: 'The engine is editor-agnostic.' },
    { name: 'vscode-languageserver-protocol', message: 'The engine is editor-agnostic: LSP types come from vscode-languageserver-types.' },
  ],
  patterns: [
    {
      group: ['vscode-languageserver/*', 'vscode-languageclient/*', 'vscode-languageserver-protocol/*'],
      message: 'The engine is editor-agnostic: LSP types come from vscode-languageserver-types.',
    },
    { group: ['**/cli/src/**', '**/server/src/**', '**/client/src/**', '**/protocol/src/**'], message: 'The engine does not import its hosts.' },
  ],
};

const RULE_MODULES =
  'Only the rule table is imported from rules/: what rules share with the rest of the engine lives below them (evidence.ts, edits.ts, messages.ts).';

const FACADE_ONLY = {
  patterns: [
    {
      group: ['**/engine/src/**', '!**/engine/src/index.js'],
      message: 'Import the engine through its facade, engine/src/index.ts (export what you need there).',
    },
  ],
};

const PROTOCOL_METHOD = 'A hasDossier/ method is written once, in protocol/src/index.ts: import its RequestType or NotificationType from there.';
const METHOD_NAMES = [
  { selector: 'Literal[value=/^hasDossier\\//]', message: PROTOCOL_METHOD },
  { selector: 'TemplateElement[value.raw=/^hasDossier\\//]', message: PROTOCOL_METHOD },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      'node_modules/**',
      'test-results/**',
      '.cache/**',
      'bench/data/**',
      'engine/src/generated/**',
      '**/*.js',
      '**/*.cjs',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // control characters in patterns are meant: they are what terminal and XML output strip
      'no-control-regex': 'off',
    },
  },
  {
    files: ['engine/src/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', EDITOR_CODE] },
  },
  {
    files: ['engine/src/**/*.ts'],
    ignores: ['engine/src/rules/**', 'engine/src/check.ts', 'engine/src/language/codeActions.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/rules/*', '!**/rules/index.js'], message: RULE_MODULES }] }] },
  },
  {
    // the two that run the rules and their fixes use the rule API too, never a rule module
    files: ['engine/src/check.ts', 'engine/src/language/codeActions.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/rules/*', '!**/rules/index.js', '!**/rules/rule.js', '!**/rules/fixes.js'], message: RULE_MODULES }] },
      ],
    },
  },
  {
    files: ['cli/src/**/*.ts', 'server/src/**/*.ts', 'client/src/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', FACADE_ONLY] },
  },
  {
    // the protocol: the engine's types through the facade, never its code
    files: ['protocol/src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...FACADE_ONLY.patterns,
            {
              group: ['**/engine/src/index.js'],
              allowTypeImports: true,
              message: 'The protocol takes only types from the engine (import type): the extension bundles it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.mts'],
    ignores: ['protocol/src/**'],
    rules: { 'no-restricted-syntax': ['error', ...METHOD_NAMES] },
  },
);
