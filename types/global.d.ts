/// <reference types="@tarojs/taro" />
/// <reference types="miniprogram-api-typings" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'h5'
    /** WeChat AppID, written into dist/weapp/project.config.json by Taro. */
    TARO_APP_ID?: string
    /** WeChat Cloud Development environment id (weapp build). */
    TARO_APP_CLOUD_ENV?: string
    /** Base URL of the local cloud backend (browser build). */
    TARO_APP_CLOUD_URL?: string
    /** Subscribe-message template id for suggestion status updates. */
    /** 'true' shows developer tools (identity switch) in the browser build. */
    TARO_APP_DEV_TOOLS?: string
  }
}
