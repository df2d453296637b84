import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// A day the user sees is their local day (src/shared/time: localDayAt, localParts), never the UTC
// date of an instant nor a date read through a locale's format. Legitimate UTC uses (ICS stamps,
// backup names, civil dates formatted with timeZone 'UTC') use none of these shapes.
const LOCAL_DAY_SYNTAX = [
  {
    selector: "CallExpression[callee.property.name=/^(slice|substring|substr|split)$/] > MemberExpression.callee > CallExpression.object[callee.property.name='toISOString']",
    message: "toISOString() is the UTC date: use localDayAt(ms, tz) from src/shared/time for a day the user sees.",
  },
  { selector: "CallExpression[callee.property.name=/^(toDateString|toLocaleDateString)$/]", message: 'Compare or name days with localDayAt(ms, tz) from src/shared/time; format them with the formatters.' },
];

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
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', ...LOCAL_DAY_SYNTAX] },
  },
  {
    files: ['src/renderer/**'],
    ignores: ['src/renderer/src/api/client.ts'],
    rules: { 'no-restricted-syntax': ['error', { selector: "MemberExpression[object.name='window'][property.name='api']", message: 'Use the client module (src/renderer/src/api/client.ts).' }, ...LOCAL_DAY_SYNTAX] },
  },
);
