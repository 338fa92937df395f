// Content security behind one interface: WeChat's security.msgSecCheck (v2) for text and
// security.mediaCheckAsync (v2, media_type 1) for a child's recording in production; a local
// word list and a local audio stand-in in the local backend and tests.
//
// The audio check is asynchronous: the call only starts it and answers a trace id; WeChat pushes
// the verdict later (event wxa_media_check, within about 30 minutes) to the function the console's
// 消息推送 names (`suggestions`). mediaCheckPush turns that event into the suggestions function's
// `mediaChecked` action, which records the verdict (cloudfunctions/suggestions/media-check.ts).
import { randomUUID } from 'node:crypto'
import type { ContentVerdict } from '../../src/domain/suggestions/rules'

/**
 * How long the link handed to the audio check lives. WeChat downloads the file some time before
 * it pushes the verdict, which it does within 30 minutes (mediaCheckAsync's document); a screen's
 * 15-minute link could expire first, and the check would then hear nothing. Twice the window.
 */
export const AUDIO_CHECK_LINK_SECONDS = 60 * 60

export interface ContentChecker {
  /** scene 2 = comment/feedback in WeChat's msgSecCheck v2. */
  checkText(text: string, openid: string): Promise<ContentVerdict>
  /**
   * Starts the check of a recording at `mediaUrl` (an http(s) link WeChat can download: a
   * temporary URL of the stored file). The verdict arrives later with the same trace id;
   * null when the check could not be started (a person decides).
   */
  startAudioCheck(mediaUrl: string, openid: string): Promise<{ traceId: string } | null>
}

// A small stand-in list: enough to exercise the path end to end, not a moderation policy.
const LOCAL_BLOCKED = ['赌博', '色情', '毒品', '代开发票', '枪支']
const LOCAL_REVIEW = ['微信号', 'qq号', '加我']

/** A verdict pushed by WeChat, as the suggestions function's `mediaChecked` request. */
export interface MediaVerdictEvent {
  action: 'mediaChecked'
  traceId: string
  suggest: ContentVerdict
}

/**
 * The local backend's audio stand-in: answers a trace id at once and, `delayMs` later, delivers
 * a verdict through `deliver` as WeChat's push would (the local backend dispatches it to the
 * suggestions function). It cannot hear anything: every recording passes, so a person still
 * listens before anything of it is public, as in production.
 */
export function localAudioChecker(deliver: (event: MediaVerdictEvent) => void, delayMs = 1_000) {
  return {
    async startAudioCheck() {
      const traceId = `local-${randomUUID()}`
      setTimeout(() => deliver({ action: 'mediaChecked', traceId, suggest: 'pass' }), delayMs).unref?.()
      return { traceId }
    }
  } satisfies Pick<ContentChecker, 'startAudioCheck'>
}

/** Tests: text by the word list; an audio check starts and its verdict comes only when a test sends it. */
export const localWordListChecker: ContentChecker = {
  async checkText(text) {
    const t = text.toLowerCase()
    if (LOCAL_BLOCKED.some((w) => t.includes(w))) return 'risky'
    if (LOCAL_REVIEW.some((w) => t.includes(w))) return 'review'
    return 'pass'
  },
  async startAudioCheck() {
    return { traceId: `local-${randomUUID()}` }
  }
}

interface MsgSecCheckResult {
  result?: { suggest?: string }
}

/** Cloud calls answer traceId; the HTTPS API answers trace_id. */
interface MediaCheckAsyncResult {
  traceId?: string
  trace_id?: string
}

interface WxSecurity {
  security: {
    msgSecCheck(o: object): Promise<MsgSecCheckResult>
    mediaCheckAsync(o: object): Promise<MediaCheckAsyncResult>
  }
}

const verdictOf = (suggest: unknown): ContentVerdict =>
  suggest === 'pass' || suggest === 'risky' || suggest === 'review' ? suggest : 'review'

/** WeChat's checks. Any error means "let a person look" rather than publish unchecked. */
export function wechatChecker(openapi: WxSecurity): ContentChecker {
  return {
    async checkText(text, openid) {
      if (!text.trim()) return 'pass'
      try {
        const r = await openapi.security.msgSecCheck({ version: 2, scene: 2, openid, content: text })
        return verdictOf(r.result?.suggest)
      } catch {
        return 'review'
      }
    },
    async startAudioCheck(mediaUrl, openid) {
      try {
        // media_type 1 = audio; the openid must have used the mini-program in the last 2 hours.
        const r = await openapi.security.mediaCheckAsync({
          mediaUrl,
          mediaType: 1,
          version: 2,
          scene: 2,
          openid
        })
        const traceId = r.traceId ?? r.trace_id
        return traceId ? { traceId } : null
      } catch (e) {
        console.error('[content-check] mediaCheckAsync', e)
        return null
      }
    }
  }
}

/**
 * WeChat's push of an asynchronous verdict (Event wxa_media_check, version 2) as the
 * `mediaChecked` request; null for any other event. A request a client makes up gets nowhere:
 * a trace id exists only on the server (collection media_checks).
 */
export function mediaCheckPush(event: unknown): MediaVerdictEvent | null {
  if (!event || typeof event !== 'object') return null
  const e = event as { Event?: unknown; trace_id?: unknown; result?: { suggest?: unknown } }
  if (e.Event !== 'wxa_media_check' || typeof e.trace_id !== 'string' || !e.trace_id) return null
  return { action: 'mediaChecked', traceId: e.trace_id, suggest: verdictOf(e.result?.suggest) }
}
