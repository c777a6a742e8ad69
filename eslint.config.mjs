import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const pureCoreMessage =
  'src/core is pure: take data in, return data. Do I/O in src/github, src/jobs or an adapter.'

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'coverage/**', 'node_modules/**', 'demo-output/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@actions/*',
                '@octokit/*',
                'octokit',
                'probot',
                'fs',
                'fs/*',
                'node:*',
                'child_process',
                'http',
                'https',
                'net',
                'os',
                'path',
                'process',
                '**/github/**',
                '**/jobs/**',
                '**/action/**',
                '**/cli/**',
                '**/app/**',
                '**/sim/**',
              ],
              message: pureCoreMessage,
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'src/core takes the current date as a parameter so output stays deterministic.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'src/core takes the current date as a parameter so output stays deterministic.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'src/core is deterministic: no randomness.',
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: pureCoreMessage },
        { name: 'fetch', message: pureCoreMessage },
        { name: 'require', message: pureCoreMessage },
      ],
    },
  },
  {
    files: ['src/github/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@actions/*', 'probot', '**/action/**', '**/cli/**', '**/app/**'] },
      ],
    },
  },
  {
    files: ['src/jobs/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@actions/*', 'probot', '@octokit/*', '**/action/**', '**/cli/**'] },
      ],
    },
  },
)
