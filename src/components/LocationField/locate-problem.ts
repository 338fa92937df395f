// What a form says when the phone's position cannot be had: why, where a refusal is undone on this
// platform, and the other ways the form itself offers (they differ: WeChat has a map picker, the
// browser build does not). Said on the form, not in a toast that is gone before it is read.
import { ALLOW_AGAIN, type LocateFailure } from '../../services/location'

export function locateProblem(reason: LocateFailure, otherWays: string): string {
  if (reason === 'privacy') return '需要先同意隐私保护指引，才能使用位置'
  if (reason === 'denied') return `没有位置权限（${ALLOW_AGAIN}）。也可以${otherWays}`
  return `暂时无法定位。可以${otherWays}`
}
