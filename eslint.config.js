// Lint: typescript-eslint's recommended rules, plus the few house rules a reviewer would otherwise repeat.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', Buffer: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Public Node APIs only: internal bindings break between patch releases (Node 24.22 did).
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'binding', message: 'internal Node API: use a public module' },
        { object: 'process', property: '_linkedBinding', message: 'internal Node API: use a public module' },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:vm', 'vm'], message: 'no hand-made code caches' }] },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      // Only the CLI touches the process; the library returns values.
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='process'][property.name='exit']", message: 'return an exit code' },
        {
          selector: "MemberExpression[object.name='process'][property.name='argv']",
          message: 'argv belongs to the CLI',
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
