// The one place that reads build-time configuration (.env.* files, TARO_APP_* variables).
// Taro inlines process.env.TARO_APP_* at build time, so each must be read by its full name.
export const env = {
  /** WeChat Cloud Development environment id; empty means the default environment. */
  cloudEnv: process.env.TARO_APP_CLOUD_ENV || '',
  /** Where the browser build reaches the local cloud backend (same origin via the dev proxy). */
  cloudUrl: process.env.TARO_APP_CLOUD_URL || '/cloud',
  /** Developer tools (identity switch) — only in development and test builds of the browser app. */
  devTools: process.env.TARO_APP_DEV_TOOLS === 'true',
  /** Request timeout for cloud calls, in ms. */
  cloudTimeoutMs: 15000
} as const
