// The one place that reads build-time configuration (.env.* files, TARO_APP_* variables).
// Taro inlines process.env.TARO_APP_* at build time, so each must be read by its full name.
export const env = {
  /** WeChat Cloud Development environment id; empty means the default environment. */
  cloudEnv: process.env.TARO_APP_CLOUD_ENV || '',
  /** Where the browser build reaches the local cloud backend (same origin via the dev proxy). */
  cloudUrl: process.env.TARO_APP_CLOUD_URL || '/cloud',
  /** Developer tools (identity switch) — only in development and test builds of the browser app. */
  devTools: process.env.TARO_APP_DEV_TOOLS === 'true',
  /**
   * WeChat build: the AppID of the simultaneous-interpretation plugin (WechatSI,
   * wx069ba97219f66d99) once it is added in the admin console; empty = no 读给我听 on WeChat.
   */
  speechPlugin: process.env.TARO_APP_SPEECH_PLUGIN || '',
  /** Its version, as shown in the admin console's plugin list. */
  speechPluginVersion: process.env.TARO_APP_SPEECH_PLUGIN_VERSION || '0.3.5',
  /**
   * Who answers for children's personal information (《儿童个人信息网络保护规定》第八条: a person
   * in charge), as the district names it before release, e.g. '区妇儿工委办 · 023-…'. Empty: the
   * children's rules page points to WeChat's 隐私保护指引, which names the operator and a contact.
   */
  childPrivacyContact: process.env.TARO_APP_CHILD_PRIVACY_CONTACT || '',
  /** Request timeout for cloud calls, in ms. */
  cloudTimeoutMs: 15000
} as const
