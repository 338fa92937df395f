// One jest run, five layers (select with --selectProjects):
//   unit   src/domain in plain Node
//   cloud  cloud functions and the local backend against SQLite in a temp folder (and tests/cloud:
//          the fake wx-server-sdk, openapi permissions)
//   pages  pages, components and stores through @tarojs/test-utils-react (H5 runtime in jsdom)
//   weapp  the built WeChat output (dist/weapp) through WeChat's compilers and miniprogram-simulate
//   e2e    the built H5 app and the local backend in headless Chromium (playwright-core)
const path = require('path')
const defineJestConfig = require('@tarojs/test-utils-react/dist/jest.js').default

const nodeTransform = {
  '^.+\\.[jt]sx?$': [
    'babel-jest',
    {
      babelrc: false,
      configFile: false,
      presets: [['@babel/preset-env', { targets: { node: 'current' } }], '@babel/preset-typescript']
    }
  ]
}

// ESM-only libraries the domain code uses; jest (CommonJS) needs them transpiled.
const NODE_ESM = ['kdbush', 'geokdbush', 'tinyqueue'].join('|')

const nodeProject = (name, testMatch, extra = {}) => ({
  displayName: name,
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch,
  transform: nodeTransform,
  transformIgnorePatterns: [`/node_modules/(?!(${NODE_ESM})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  ...extra
})

// Only these packages ship untranspiled ESM that the H5 runtime needs; a path is transformed
// when any node_modules segment in it names one (taro-h5 nests its own node_modules in dist).
const ESM_PACKAGES = [
  '@tarojs',
  '@stencil',
  'swiper',
  'ssr-window',
  'dom7',
  'lodash-es',
  'tslib',
  'query-string',
  'decode-uri-component',
  'split-on-first',
  'filter-obj',
  'zustand',
  'kdbush',
  'geokdbush',
  'tinyqueue'
].join('|')

const {
  bail: _bail,
  verbose: _verbose,
  ...pagesPreset
} = defineJestConfig({
  testMatch: ['<rootDir>/src/{pages,components,stores,services,hooks,data,pkg-*}/**/*.test.{ts,tsx}'],
  setupFilesAfterEnv: ['<rootDir>/tests/setup/pages.ts'],
  moduleNameMapper: {
    '\\.(css|scss|sass|less)$': '<rootDir>/tests/setup/style-stub.js',
    '\\.(png|jpg|jpeg|gif|svg)$': '<rootDir>/tests/setup/file-stub.js'
  },
  transformIgnorePatterns: [`^(?!.*/node_modules/(${ESM_PACKAGES})/).*/node_modules/`]
})
void _bail
void _verbose

module.exports = {
  // Jest's 5 s default measures the machine, not the app: on a shared 2-core machine a page test
  // that takes 2 s idle takes over 5 s while builds run beside it. Slowness is the bench's job.
  testTimeout: 30000,
  projects: [
    nodeProject('unit', ['<rootDir>/src/domain/**/*.test.ts']),
    nodeProject('cloud', [
      '<rootDir>/server/**/*.test.ts',
      '<rootDir>/cloudfunctions/**/*.test.ts',
      '<rootDir>/scripts/**/*.test.ts',
      '<rootDir>/tests/cloud/**/*.test.ts'
    ]),
    {
      ...pagesPreset,
      displayName: 'pages',
      rootDir: __dirname,
      // Resolve ./x to x.h5.ts(x) first, as the browser build does.
      moduleFileExtensions: ['h5.tsx', 'h5.ts', 'tsx', 'ts', 'js', 'mjs', 'jsx', 'json'],
      transform: {
        '^.+\\.(js|jsx|ts|tsx|mjs)$': path.resolve(
          __dirname,
          'node_modules/@tarojs/test-utils-react/dist/jest/babel-transformer.js'
        )
      }
    },
    nodeProject('weapp', ['<rootDir>/tests/weapp/**/*.test.ts'], {
      testEnvironment: 'jsdom',
      setupFiles: ['<rootDir>/tests/setup/weapp-globals.js']
    }),
    nodeProject('e2e', ['<rootDir>/tests/e2e/**/*.test.ts'], {
      globalSetup: '<rootDir>/tests/e2e/global-setup.ts',
      globalTeardown: '<rootDir>/tests/e2e/global-teardown.ts'
    })
  ]
}
