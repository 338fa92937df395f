// Error codes shared by the app and the cloud functions. The server answers with a code and a
// Chinese message; the app may show the message as is, or a field-specific one next to a field.

export const ERROR_MESSAGES = {
  NETWORK: '网络连接失败，请检查网络后重试',
  TIMEOUT: '请求超时，请稍后重试',
  BAD_REQUEST: '请求内容有误，请检查后重试',
  UNKNOWN_ACTION: '暂不支持这个操作',
  VALIDATION: '填写的内容有误，请按提示修改',
  UNAUTHENTICATED: '请先登录微信后再试',
  FORBIDDEN: '你没有权限进行这个操作',
  NOT_FOUND: '没有找到相关内容',
  CONFLICT: '内容已被修改，请刷新后重试',
  RATE_LIMITED: '操作太频繁了，请稍后再试',
  CONTENT_BLOCKED: '内容包含不适宜信息，请修改后再提交',
  INTERNAL: '服务暂时不可用，请稍后重试'
} as const

export type ErrorCode = keyof typeof ERROR_MESSAGES

export interface CloudError {
  code: ErrorCode
  message: string
  /** The form field the error belongs to, when there is one. */
  field?: string
}

export type CloudResult<T> = { ok: true; data: T } | { ok: false; error: CloudError }

export function cloudError(code: ErrorCode, message?: string, field?: string): CloudError {
  const error: CloudError = { code, message: message || ERROR_MESSAGES[code] }
  if (field) error.field = field
  return error
}

export function fail<T = never>(code: ErrorCode, message?: string, field?: string): CloudResult<T> {
  return { ok: false, error: cloudError(code, message, field) }
}

export function ok<T>(data: T): CloudResult<T> {
  return { ok: true, data }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, value)
}

/** Accepts anything that came over the wire and returns a well-formed result or a BAD_REQUEST. */
export function parseCloudResult<T>(raw: unknown): CloudResult<T> {
  if (raw && typeof raw === 'object' && 'ok' in raw) {
    const r = raw as { ok: unknown; data?: unknown; error?: { code?: unknown; message?: unknown; field?: unknown } }
    if (r.ok === true) return { ok: true, data: r.data as T }
    if (r.ok === false && r.error && isErrorCode(r.error.code)) {
      const message = typeof r.error.message === 'string' && r.error.message ? r.error.message : undefined
      const field = typeof r.error.field === 'string' ? r.error.field : undefined
      return { ok: false, error: cloudError(r.error.code, message, field) }
    }
  }
  return fail('INTERNAL')
}
