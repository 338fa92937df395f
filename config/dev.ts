import type { UserConfigExport } from '@tarojs/cli'

// The browser build talks to the local cloud backend through the dev server's proxy,
// so the app only ever knows the relative path /cloud (same origin, no CORS).
const backendPort = process.env.LOCAL_CLOUD_PORT || '7788'
const devPort = Number(process.env.H5_PORT || 10086)

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    devServer: {
      host: '127.0.0.1',
      port: devPort,
      open: false,
      proxy: {
        '/cloud': { target: `http://127.0.0.1:${backendPort}`, changeOrigin: true }
      }
    }
  }
} satisfies UserConfigExport<'webpack5'>
