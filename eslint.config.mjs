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
const DATA_UP = (who) => ({
  group: ['**/data', '**/data/**'],
  message: `${who} sits below src/data: it must not import it.`
})
const SERVICES = (who) => ({ group: ['**/services', '**/services/**'], message: `${who} must not import services.` })
const CLOUD_AND_STORAGE = {
  group: ['**/services/cloud', '**/services/storage', '**/services/transport', '**/services/transport.*'],
  message:
    'Pages and components get data through a data module (src/data) or a store, never the cloud seam or storage directly.'
}
// One door per feature for server data: src/data/{suggestions,staff,places,…} name each action
// once, on the generic hooks. Everything else asks those modules (types may still be imported).
const DATA_DOOR = {
  group: ['**/useCloudQuery', '**/useCloudPages', '**/services/cloud', '**/data/calls'],
  allowTypeImports: true,
  message:
    'Server data comes through a named data module in src/data (useStaffCase, submitSuggestion…), not the generic cloud hooks or callCloud.'
}
// config/plugins/slim-templates.js leaves these templates out of the WeChat build.
const WEAPP_TEMPLATES = [
  {
    selector: "ImportSpecifier[imported.name='ScrollView']",
    message: 'The WeChat build has no scroll-view template: use a View with overflow (see PlaceFilters).'
  },
  {
    // The WeChat build leaves out Taro's HTML parser (config/plugins/no-inner-html).
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'The WeChat build sets no HTML (config/plugins/no-inner-html): build the view from components.'
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
// …and nobody else spells the wire: no `{ action: '…' }` request and no call naming a cloud function.
const WIRE_LITERALS = [
  {
    selector: "Property[key.name='action'] > Literal.value, Property[key.name='action'] > TSAsExpression > Literal",
    message: 'A cloud request is written once, in its data module (src/data): call the named function instead.'
  },
  {
    selector: 'CallExpression[arguments.0.value=/^(user|policy|places|suggestions|staff)$/]',
    message: 'Calls that name a cloud function belong in src/data: use the feature’s data module.'
  }
]
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
  message:
    'Cloud functions and the server code they run on import only src/domain and server/ (adapters, services, function.ts).'
}
// Test support (fakes, fixtures, kits, the repository contract) lives under tests/: no product or
// deployable file imports it, so nothing of it reaches a bundle or the dev server. Tests beside the
// code (*.test.ts) may; so may scripts/bench, which measures builds with the weapp test harness and
// is no part of any build.
const TEST_SUPPORT = {
  group: ['**/tests', '**/tests/**'],
  message: 'Product and deployable code never imports test support (tests/): move what it needs into src/ or server/.'
}
const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx']

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })
// One folder's rule twice: its code may not import test support, its tests (same rule otherwise) may.
const layer = (files, ...patterns) => [
  { files, ignores: TEST_FILES, rules: restrict(OUTSIDE, TEST_SUPPORT, ...patterns) },
  { files: files.flatMap((f) => TEST_FILES.map((t) => [f, t])), rules: restrict(OUTSIDE, ...patterns) }
]
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
      'no-restricted-syntax': ['error', ...WEAPP_TEMPLATES]
    }
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    // src/data is the door; services/cloud is the seam itself; the WeChat upload asks its slot in
    // the same step as it uploads, below the data layer (services may not import src/data).
    ignores: ['src/data/**', 'src/services/cloud.ts', 'src/services/upload.weapp.ts', '**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-syntax': ['error', ...WEAPP_TEMPLATES, ...WIRE_LITERALS] }
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/data/**', 'src/services/cloud.ts', 'src/services/upload.weapp.ts', '**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', ...WIRE_LITERALS] }
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
  // Layering: domain → services → data modules → stores → pages/components; cloud functions use
  // domain + server/. Server data reaches stores, hooks and screens only through src/data.
  {
    files: ['src/**', 'server/**', 'cloudfunctions/**', 'config/**', 'scripts/**'],
    ignores: [...TEST_FILES, 'scripts/bench/**'],
    rules: restrict(OUTSIDE, TEST_SUPPORT)
  },
  ...layer(['src/domain/**'], TARO, SERVICES('src/domain'), UI('src/domain')),
  ...layer(['src/services/**'], UI('src/services'), DATA_UP('src/services')),
  ...layer(['src/stores/**'], UI('src/stores')),
  {
    files: ['src/stores/**'],
    ignores: TEST_FILES,
    rules: restrict(OUTSIDE, TEST_SUPPORT, UI('src/stores'), DATA_DOOR)
  },
  ...layer(['src/data/**'], UI('src/data')),
  {
    files: ['src/hooks/**'],
    ignores: ['src/hooks/useCloudQuery.ts', 'src/hooks/useCloudPages.ts', ...TEST_FILES],
    rules: restrict(OUTSIDE, TEST_SUPPORT, DATA_DOOR)
  },
  {
    files: ['src/pages/**', 'src/pkg-*/**', 'src/components/**'],
    ignores: TEST_FILES,
    rules: restrict(OUTSIDE, TEST_SUPPORT, CLOUD_AND_STORAGE, DATA_DOOR, HAND_BUILT)
  },
  {
    files: ['src/components/ui/**'],
    ignores: TEST_FILES,
    rules: restrict(OUTSIDE, TEST_SUPPORT, CLOUD_AND_STORAGE, DATA_DOOR)
  },
  ...layer(['cloudfunctions/**'], CLOUD_ONLY),
  // Their tests may seed through the local backend's seed modules.
  {
    files: ['cloudfunctions/**/*.test.ts'],
    rules: restrict(OUTSIDE, { ...CLOUD_ONLY, group: CLOUD_ONLY.group.filter((g) => g !== '**/server/local/**') })
  },
  ...layer(['server/adapters/**', 'server/services/**', 'server/function.ts', 'server/function.test.ts'], CLOUD_ONLY),
  prettier
)
