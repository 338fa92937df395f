// Browser: a hidden file input, opened from the tap (browsers open a file dialog only from a
// user gesture, as WeChat its picker); the bytes are read here and sent as base64.
import { MAX_IMPORT_BYTES } from '../domain/places/api'
import { bytesToBase64, importFileProblem } from '../domain/places/encoding'
import type { PickResult } from './import-file-types'

export type { PickedFile, PickResult } from './import-file-types'

export const PICK_FILE_LABEL = '选择文件'
export const PICK_FILE_HINT = '选择电脑上的 CSV 或 JSON 文件（Excel 另存为 CSV 即可，GBK 或 UTF-8 都行）。'

function readBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
    reader.onerror = () => reject(reader.error)
    reader.readAsArrayBuffer(file)
  })
}

export async function readPickedFile(file: File): Promise<PickResult> {
  const problem = importFileProblem(file, MAX_IMPORT_BYTES)
  if (problem) return { ok: false, cancelled: false, message: problem }
  try {
    const bytes = await readBytes(file)
    return { ok: true, file: { name: file.name, size: file.size, base64: bytesToBase64(bytes) } }
  } catch {
    return { ok: false, cancelled: false, message: `无法读取“${file.name}”，请重新选择` }
  }
}

export function pickImportFile(): Promise<PickResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.csv,.json,.txt,text/csv,application/json,text/plain'
    input.className = 'import-file-input'
    input.style.display = 'none'
    const done = (result: PickResult | Promise<PickResult>) => {
      input.remove()
      resolve(result)
    }
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      done(file ? readPickedFile(file) : { ok: false, cancelled: true })
    })
    input.addEventListener('cancel', () => done({ ok: false, cancelled: true }))
    document.body.appendChild(input)
    input.click()
  })
}
