// Browser files: an export downloads; images stay as the browser's object URLs; large caches are
// split over several storage keys (WeChat's 1 MB per key rule kept here too, and localStorage
// refuses one huge value long before it is full).
import { taroStorage } from './storage'
import type { PreparedExport } from './files-types'

export type { PreparedExport } from './files-types'

export function exportActionLabel(): string {
  return '下载文件'
}

export function prepareExport(file: { filename: string; mimeType: string; content: string }): PreparedExport {
  return { path: URL.createObjectURL(new Blob([file.content], { type: file.mimeType })), filename: file.filename }
}

/** Frees a prepared export that will not be downloaded (the page closed). */
export function discardExport(file: PreparedExport): void {
  URL.revokeObjectURL(file.path)
}

export function shareExport(file: PreparedExport): Promise<string> {
  const a = document.createElement('a')
  a.href = file.path
  a.download = file.filename
  document.body.appendChild(a)
  a.click()
  a.remove()
  return Promise.resolve('已下载')
}

/** The browser has no user folder: an image keeps its object URL for this session. */
export function keepFile(tempPath: string, _name: string): Promise<string> {
  return Promise.resolve(tempPath)
}

export function fileExists(_path: string): boolean {
  return true
}

export function removeKeptFile(_path: string): void {}

// Characters per key: JSON of Chinese text is up to 3 bytes a character, so 300k stays under 1 MB.
export const CHUNK_CHARS = 300_000

export function readLargeCache(name: string): string | null {
  const count = Number(taroStorage.getItem(`${name}#chunks`))
  if (!Number.isInteger(count) || count <= 0) return null
  const parts: string[] = []
  for (let i = 0; i < count; i++) {
    const part = taroStorage.getItem(`${name}#${i}`)
    if (typeof part !== 'string') return null // a half-written cache is no cache
    parts.push(part)
  }
  return parts.join('')
}

export function writeLargeCache(name: string, text: string): boolean {
  const before = Number(taroStorage.getItem(`${name}#chunks`)) || 0
  const count = Math.max(1, Math.ceil(text.length / CHUNK_CHARS))
  try {
    // The count goes last: a write cut off half way reads as no cache.
    void taroStorage.removeItem(`${name}#chunks`)
    for (let i = 0; i < count; i++)
      void taroStorage.setItem(`${name}#${i}`, text.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS))
    void taroStorage.setItem(`${name}#chunks`, String(count))
    for (let i = count; i < before; i++) void taroStorage.removeItem(`${name}#${i}`)
    return true
  } catch {
    for (let i = 0; i < Math.max(count, before); i++) void taroStorage.removeItem(`${name}#${i}`)
    return false
  }
}
