// One lint config for the whole tree (ESLint flat config). Prettier owns formatting
// (eslint-config-prettier turns off the rules it would fight); `npm run lint` runs both.
// The layering of the guide is encoded below as no-restricted-imports, one block per folder.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import react from 'eslint-plugin-react'
import escompat from 'eslint-plugin-escompat'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const TARO = { group: ['@tarojs/*'], message: 'src/domain is pure TypeScript: no Taro import.' }
const UI = (who) => ({
  group: ['**/stores', '**/stores/**', '**/pages/**', '**/components', '**/components/**', '**/pkg-*/**'],
  message: `${who} must not reach up into stores, pages or components.`
})
const SERVICES = (who) => ({ group: ['**/services', '**/services/**'], message: `${who} must not import services.` })
const CLOUD_AND_STORAGE = {
  group: ['**/services/cloud', '**/services/storage', '**/services/transport', '**/services/transport.*'],
  message: 'Pages and components get data through stores or useCloudQuery, never the cloud seam or storage directly.'
}
// The team's notes beside the checkout; named in parts, as scripts/self-contained.test.ts does, so
// that no tracked file spells a path outside the repository.
const SIBLING = 'shared'
const OUTSIDE = {
  group: ['..', '../..', '../../..', '../../../..'].map((up) => `${up}/${SIBLING}/**`),
  message: 'Nothing in the repository reads the folder beside the checkout: copy the file into data/sources/.'
}
const CLOUD_ONLY = {
  group: [
    '**/src/services/**',
    '**/src/stores/**',
    '**/src/pages/**',
    '**/src/components/**',
    '**/src/pkg-*/**',
    '**/src/hooks/**',
    '**/server/local/**',
    '@tarojs/*',
    'react',
    'zustand'
  ],
  message: 'Cloud functions import only src/domain and server/runtime.'
}

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })
// One look and one behaviour for every form control (label, limit, busy state, dark and care
// colours): pages and components build buttons and text fields from ui/Button and ui/Field.
const HAND_BUILT = {
  group: ['@tarojs/components'],
  importNames: ['Button', 'Input', 'Textarea'],
  message: 'Use ui/Button and ui/Field (src/components/ui) instead of a hand-built button or field.'
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-h5/',
      '.local-data/',
      '.bench/',
      'screenshots/',
      'coverage/',
      'cloudfunctions/*/index.js',
      'cloudfunctions/*/node_modules/',
      'bench/baseline/dist/'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node, ...globals.jest, wx: 'readonly', getCurrentPages: 'readonly' }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }
      ],
      // Jest configs, setup files and scripts load CommonJS modules on purpose.
      '@typescript-eslint/no-require-imports': 'off',
      'no-restricted-imports': ['error', { patterns: [OUTSIDE] }]
    }
  },
  {
    files: ['**/*.{jsx,tsx}'],
    ...react.configs.flat.recommended,
    ...react.configs.flat['jsx-runtime'],
    plugins: { react, 'react-hooks': reactHooks },
    settings: { react: { version: '18.3' } },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat['jsx-runtime'].rules,
      'react/prop-types': 'off',
      // Taro's components take Chinese text as children; quotes in it are intended.
      'react/no-unescaped-entities': 'off',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // config/plugins/slim-templates.js leaves these templates out of the WeChat build.
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportSpecifier[imported.name='ScrollView']",
          message: 'The WeChat build has no scroll-view template: use a View with overflow (see PlaceFilters).'
        },
        {
          selector: "JSXAttribute[name.name='catchMove']",
          message: 'The WeChat build has no catch-view template (config/plugins/slim-templates.js).'
        },
        {
          // WeChat's <input>/<textarea> take 140 characters when maxlength is missing, and Taro
          // leaves an undefined one out: every field names its limit from src/domain.
          selector: "JSXOpeningElement[name.name=/^(Input|Textarea)$/]:not(:has(JSXAttribute[name.name='maxlength']))",
          message: 'Give the field its maxlength from src/domain: WeChat cuts a field without one at 140 characters.'
        },
        {
          selector: "JSXOpeningElement[name.name='Field']:not(:has(JSXAttribute[name.name='maxLength']))",
          message: 'Give the Field its maxLength from src/domain: WeChat cuts a field without one at 140 characters.'
        }
      ]
    }
  },
  {
    files: ['src/hooks/**/*.ts', 'src/stores/**/*.ts', 'src/**/use*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' }
  },
  {
    // Test kits dispatch any action by name; their answers are checked field by field.
    files: ['**/*.test.ts', '**/*.test.tsx', '**/test-kit.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' }
  },
  // Code the phone runs stays within the device floor (package.json browserslist; README, "Supported
  // phones"). Babel rewrites the newer syntax it knows for the floor, but not a RegExp lookbehind;
  // escompat's rule is on only while a floor browser lacks it. scripts/floor.mjs checks the build.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    plugins: { escompat },
    rules: { 'escompat/no-regexp-lookbehind': 'error' }
  },
  // Layering: domain → services → stores → pages/components; cloud functions use domain + runtime.
  { files: ['src/domain/**'], rules: restrict(OUTSIDE, TARO, SERVICES('src/domain'), UI('src/domain')) },
  { files: ['src/services/**'], rules: restrict(OUTSIDE, UI('src/services')) },
  { files: ['src/stores/**'], rules: restrict(OUTSIDE, UI('src/stores')) },
  {
    files: ['src/pages/**', 'src/pkg-*/**', 'src/components/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: restrict(OUTSIDE, CLOUD_AND_STORAGE, HAND_BUILT)
  },
  {
    files: ['src/components/ui/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: restrict(OUTSIDE, CLOUD_AND_STORAGE)
  },
  { files: ['cloudfunctions/**'], rules: restrict(OUTSIDE, CLOUD_ONLY) },
  // Their tests may seed through the local backend's seed modules.
  {
    files: ['cloudfunctions/**/*.test.ts', 'cloudfunctions/**/test-kit.ts'],
    rules: restrict(OUTSIDE, { ...CLOUD_ONLY, group: CLOUD_ONLY.group.filter((g) => g !== '**/server/local/**') })
  },
  { files: ['server/runtime/**'], rules: restrict(OUTSIDE, CLOUD_ONLY) },
  prettier
)
