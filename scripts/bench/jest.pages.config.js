// The weapp test project's settings (jsdom, WeChat globals, transforms) for the page bench,
// which renders the built tab pages like tests/weapp but is not part of npm test.
const { projects } = require('../../jest.config.js')

const weapp = projects.find((p) => p.displayName === 'weapp')
module.exports = {
  ...weapp,
  displayName: 'bench-pages',
  testMatch: ['<rootDir>/scripts/bench/pages.bench.ts'],
  moduleNameMapper: { ...weapp.moduleNameMapper, '^\\./freshness$': '<rootDir>/scripts/bench/freshness-stub.js' }
}
