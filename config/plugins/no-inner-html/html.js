// Stands in for @tarojs/runtime's dom-external/inner-html/html.js in the WeChat build
// (config/index.ts, mini.runtime.enableInnerHTML false). Taro's flag removes the innerHTML setter,
// but @tarojs/taro require()s the whole runtime, so its re-export of setInnerHTML kept the HTML
// parser, scanner and style parser (~10 KB) in the main package. No page sets HTML (ESLint refuses
// dangerouslySetInnerHTML); if one ever did, this says why nothing shows instead of failing quietly.
export function setInnerHTML() {
  throw new Error('innerHTML is off in the WeChat build (config/index.ts, mini.runtime.enableInnerHTML)')
}
