import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['out/**', 'out-*/**', 'src/renderer/out-*/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/tmp/**', '.data/**'] },
  js.configs.recommended,
  { files: ['scripts/**/*.mjs', '*.config.{js,ts}'], languageOptions: { globals: globals.node } },
  ...tseslint.configs.recommended,
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Everything below the IPC dispatcher must run without Electron (vitest, browser mode).
    // Only the thin Electron shell (listed in `ignores`) may import it.
    files: ['src/main/**', 'src/shared/**'],
    ignores: ['src/main/index.ts', 'src/main/window.ts', 'src/main/security.ts', 'src/main/tray.ts', 'src/main/menu.ts', 'src/main/ipc/register.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Code below the dispatcher must not import electron.' }] }] },
  },
  {
    files: ['src/shared/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'electron', 'react', 'react-dom'], message: 'src/shared is runtime-neutral.' }] }] },
  },
  {
    files: ['src/renderer/**'],
    ignores: ['src/renderer/src/api/client.ts'],
    rules: { 'no-restricted-syntax': ['error', { selector: "MemberExpression[object.name='window'][property.name='api']", message: 'Use the client module (src/renderer/src/api/client.ts).' }] },
  },
);
