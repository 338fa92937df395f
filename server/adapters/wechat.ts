// Entry adapter for WeChat Cloud Development: identity from getWXContext(), data from the
// CloudBase database. Only the bundled cloudfunctions/<name>/index.js imports this file.
import cloud from 'wx-server-sdk'
import type { FunctionName } from '../../src/domain/cloud-api'
import { resolveCaller } from '../services/caller'
import { CloudBaseRepository, type CloudBaseDb } from './cloudbase'
import { mediaCheckPush, wechatChecker } from './content-check'
import { wechatFileStorage } from './file-storage'
import { wechatFileUrls } from './file-urls'
import { dispatch, type CloudFunction } from '../function'
import { wechatNotifier } from './notifier'

export function wechatMain<N extends FunctionName>(fn: CloudFunction<N>) {
  // The SDK types DYNAMIC_CURRENT_ENV as a symbol although init() accepts it.
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
  const repo = new CloudBaseRepository(cloud.database() as unknown as CloudBaseDb)
  // cloud.openapi is an untyped proxy in wx-server-sdk 4.
  const openapi = (
    cloud as unknown as { openapi: Parameters<typeof wechatChecker>[0] & Parameters<typeof wechatNotifier>[0] }
  ).openapi
  const services = {
    contentCheck: wechatChecker(openapi),
    notifier: wechatNotifier(openapi),
    // deleteFile is typed as callback-or-promise; called without callbacks it returns the promise.
    files: wechatFileStorage(
      cloud as unknown as Parameters<typeof wechatFileStorage>[0],
      repo,
      () => cloud.getWXContext().ENV ?? ''
    ),
    fileUrls: wechatFileUrls(
      cloud as unknown as Parameters<typeof wechatFileUrls>[0],
      () => cloud.getWXContext().ENV ?? ''
    )
  }
  return async (event: unknown) => {
    const { OPENID } = cloud.getWXContext()
    const caller = await resolveCaller(repo, OPENID || null)
    // 消息推送 (wxa_media_check) arrives as a bare event: it becomes the `mediaChecked` action.
    const routed = mediaCheckPush(event) ?? event
    return dispatch(fn, routed, { repo, caller, backend: 'wechat', now: () => new Date(), services })
  }
}
