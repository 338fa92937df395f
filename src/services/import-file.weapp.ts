// WeChat: a registry export reaches the phone as a file in a chat (the clerk sends it from the
// computer to themselves), so it is picked with chooseMessageFile. Call pickImportFile
// synchronously in the tap handler (no await before it): pickers are expected from a tap.
import Taro from '@tarojs/taro'
import { MAX_IMPORT_BYTES } from '../domain/places/api'
import { importFileProblem } from '../domain/places/encoding'
import type { PickResult } from './import-file-types'

export type { PickedFile, PickResult } from './import-file-types'

/** Where the file comes from, for the button and the hint next to it. */
export const PICK_FILE_LABEL = '从聊天中选择文件'
export const PICK_FILE_HINT = '先把 CSV 或 JSON 文件发到微信聊天（如“文件传输助手”），再从这里选择。'

function readBase64(path: string): Promise<string> {
  return new Promise((resolve, reject) =>
    Taro.getFileSystemManager().readFile({
      filePath: path,
      encoding: 'base64',
      success: (r) => resolve(String(r.data)),
      fail: (e) => reject(new Error(e.errMsg))
    })
  )
}

export function pickImportFile(): Promise<PickResult> {
  const picked = Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv', 'json', 'txt'] })
  return picked.then(
    async ({ tempFiles }) => {
      const file = tempFiles[0]
      if (!file) return { ok: false, cancelled: true }
      const problem = importFileProblem(file, MAX_IMPORT_BYTES)
      if (problem) return { ok: false, cancelled: false, message: problem }
      try {
        return { ok: true, file: { name: file.name, size: file.size, base64: await readBase64(file.path) } }
      } catch {
        return { ok: false, cancelled: false, message: `无法读取“${file.name}”，请重新发送到聊天后再选择` }
      }
    },
    () => ({ ok: false, cancelled: true })
  )
}
