// Content security behind one interface: WeChat's security.msgSecCheck (v2) in production, a
// local word list in the local backend and tests.
import type { ContentVerdict } from '../../src/domain/suggestions/rules'

export interface ContentChecker {
  /** scene 2 = comment/feedback in WeChat's msgSecCheck v2. */
  checkText(text: string, openid: string): Promise<ContentVerdict>
}

// A small stand-in list: enough to exercise the path end to end, not a moderation policy.
const LOCAL_BLOCKED = ['赌博', '色情', '毒品', '代开发票', '枪支']
const LOCAL_REVIEW = ['微信号', 'qq号', '加我']

export const localWordListChecker: ContentChecker = {
  async checkText(text) {
    const t = text.toLowerCase()
    if (LOCAL_BLOCKED.some((w) => t.includes(w))) return 'risky'
    if (LOCAL_REVIEW.some((w) => t.includes(w))) return 'review'
    return 'pass'
  }
}

interface MsgSecCheckResult {
  result?: { suggest?: string }
}

/** WeChat's text check. Any error means "let a person look" rather than publish unchecked. */
export function wechatChecker(openapi: {
  security: { msgSecCheck(o: object): Promise<MsgSecCheckResult> }
}): ContentChecker {
  return {
    async checkText(text, openid) {
      if (!text.trim()) return 'pass'
      try {
        const r = await openapi.security.msgSecCheck({ version: 2, scene: 2, openid, content: text })
        const suggest = r.result?.suggest
        return suggest === 'pass' || suggest === 'risky' || suggest === 'review' ? suggest : 'review'
      } catch {
        return 'review'
      }
    }
  }
}
