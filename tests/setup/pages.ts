// Order matters: importing @tarojs/taro first breaks a circular import in the H5 runtime, and
// the React runtime must be wired before any page uses Taro hooks (useLoad, useDidShow…).
import '@tarojs/taro'
import * as React from 'react'
import * as ReactDOM from 'react-dom'

const { createH5NativeComponentConfig } = require('@tarojs/plugin-framework-react/dist/runtime')

createH5NativeComponentConfig(null, React, ReactDOM)

beforeEach(() => {
  window.localStorage.clear()
})

// @tarojs/test-utils-react 0.1.1 calls react-dom/test-utils' act, deprecated in React 18.3; the
// warning is about the library, not about our code, so it is dropped to keep failures readable.
const originalError = console.error
console.error = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].includes('ReactDOMTestUtils.act')) return
  originalError(...args)
}

const { setRouterParams } = require('./router')
beforeEach(() => setRouterParams())

// test-utils-react 0.1.1 leaves every mounted page in the document (its unmount is spelled
// `unmout`); unmount after each test so one test's page never answers another's query.

const TestUtils = require('@tarojs/test-utils-react').default
const mounted: Array<{ unmout(): void }> = []
const originalMount = TestUtils.prototype.mount
TestUtils.prototype.mount = async function (...args: unknown[]) {
  const result = await originalMount.apply(this, args)
  mounted.push(this)
  return result
}
afterEach(() => {
  while (mounted.length) {
    try {
      mounted.pop()!.unmout()
    } catch {
      // already unmounted
    }
  }
  document.body.innerHTML = ''
})
