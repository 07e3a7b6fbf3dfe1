import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.cache/**', '.tmp-*/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // core is pure: the Document is passed in, nothing browser- or Node-specific is imported.
    files: ['src/core/**/*.ts', 'src/rules/**/*.ts', 'src/generated/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['webextension-polyfill', 'node:*', 'fs', 'path', 'jsdom', 'preact', 'preact/*'],
              message: 'src/core and src/rules stay free of browser and Node APIs.',
            },
            {
              group: [
                '../shared/*',
                '../content/*',
                '../background/*',
                '../popup/*',
                '../options/*',
                '../ui/*',
                '../cli/*',
              ],
              message: 'core may not import from the shells.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'chrome',
        'browser',
        'navigator',
        'localStorage',
        'process',
      ],
    },
  },
  {
    // data files import nothing but the letter classes (two strings); index.ts gathers its siblings
    files: ['src/rules/**/*.ts'],
    ignores: ['src/rules/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./letters$)',
              message: 'src/rules is data only and imports nothing but ./letters.',
            },
          ],
        },
      ],
    },
  },
);
