// Globals that WeChat's WXML compiler wrapper (miniprogram-compiler) expects to find.
globalThis.__styleSheetManager2__ = globalThis.__styleSheetManager2__ || {
  addItem() {},
  setCss() {}
}
