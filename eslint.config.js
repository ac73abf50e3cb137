import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', '.tmp/**', 'node_modules/**', 'test-results/**', 'classifier/model/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, __RONDA_E2E__: 'readonly' } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page and comment text must never become markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never put page or comment text into innerHTML: build nodes or set textContent.' },
        { property: 'outerHTML', message: 'Never put page or comment text into outerHTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML: build nodes.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
      ],
    },
  },
  {
    // Playwright fixtures call their continuation `use`, which is no React hook.
    files: ['tests/e2e/**', 'bench/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Content scripts run inside the site's origin: an IndexedDB they open would belong to instagram.com.
    files: ['content/**', 'sites/**', 'entrypoints/*.content.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/storage/db', '**/storage/comments', '**/storage/triage', '**/storage/settings', 'dexie'], message: 'Content scripts reach storage through messages to the background.' }] },
      ],
    },
  },
  {
    // Pure logic: no browser extension API, so it runs and is tested anywhere.
    files: ['classifier/**', 'lib/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['wxt/*', 'wxt'], message: 'Pure logic must not use extension APIs.' }] }],
    },
  },
);
