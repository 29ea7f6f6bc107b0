// @ts-check
import tsParser from '@typescript-eslint/parser';
import sincerely from 'eslint-plugin-sincerely';

export default [
  { ignores: ['tests/**'] },

  // Outreach templates: .hbs, .liquid, .html, .txt … through the sincerely/template language.
  sincerely.configs.recommended,
  {
    files: ['templates/**'],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // Copy inside React Email components and sendEmail({ subject, body }) calls.
  {
    ...sincerely.configs['copy-recommended'],
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tsParser },
    settings: { sincerely: { copy: { calls: ['sendEmail'] } } },
  },
  // The stand-in components are code, not copy.
  {
    files: ['components.tsx'],
    rules: Object.fromEntries(
      Object.keys(sincerely.configs['copy-recommended'].rules).map((id) => [id, 'off']),
    ),
  },
];
