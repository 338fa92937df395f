// Test support: WeChat cloud storage as a cloud function reaches it through wx-server-sdk, in
// memory. It follows the documented calls the project uses, and refuses what they refuse:
// - deleteFile: at most 50 ids a call; one result per id, status 0 and errMsg 'ok' when deleted
//   https://developers.weixin.qq.com/minigame/en/dev/wxcloud/reference-server-api/storage/deleteFile.html
//   (what it answers for a file that is not there is not documented: here a non-zero status with
//   "file not exist", which the adapter counts as gone, as it does for the real one)
// - downloadFile: { fileID } → { fileContent: Buffer }; fails with errCode / errMsg otherwise
//   https://developers.weixin.qq.com/miniprogram/en/dev/wxcloud/reference-server-api/storage/downloadFile.html
// - uploadFile: { cloudPath, fileContent } → { fileID }; the same path is overwritten
//   https://developers.weixin.qq.com/minigame/dev/wxcloud/reference-sdk-api/storage/uploadFile/server.uploadFile.md
// - getTempFileURL: at most 50 ids a call, one result per id
//   https://developers.weixin.qq.com/minigame/dev/wxcloud/reference-sdk-api/storage/Cloud.getTempFileURL.html
// File ids look like the real ones: cloud://<env>.<bucket>/<path>.

export interface FakeWxStorage {
  readonly env: string
  /** fileID → content. */
  readonly files: Map<string, Buffer>
  idOf(cloudPath: string): string
  /** What the phone's wx.cloud.uploadFile does: the file lands at its path. */
  clientUpload(cloudPath: string, content: Buffer): string
  deleteFile(options: {
    fileList: string[]
  }): Promise<{ fileList: Array<{ fileID: string; status: number; errMsg: string }> }>
  downloadFile(options: { fileID: string }): Promise<{ fileContent: Buffer; statusCode: number }>
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string; statusCode: number }>
  getTempFileURL(options: {
    fileList: Array<{ fileID: string; maxAge: number }>
  }): Promise<{ fileList: Array<{ fileID: string; tempFileURL: string; status: number }> }>
  /** Calls that failed on purpose from now on (a flaky network), by call name. */
  failing: Set<'deleteFile' | 'downloadFile' | 'uploadFile'>
}

const MAX_PER_CALL = 50

export function fakeWxStorage(env = 'prod-1a2b'): FakeWxStorage {
  const files = new Map<string, Buffer>()
  const bucket = `${Buffer.from(env.slice(0, 2)).toString('hex')}-${env}-1300000000`
  const idOf = (cloudPath: string) => `cloud://${env}.${bucket}/${cloudPath}`
  const failing = new Set<'deleteFile' | 'downloadFile' | 'uploadFile'>()
  const refuse = (api: string, msg: string) =>
    Object.assign(new Error(`${api}:fail ${msg}`), { errCode: -1, errMsg: `${api}:fail ${msg}` })
  return {
    env,
    files,
    failing,
    idOf,
    clientUpload(cloudPath, content) {
      files.set(idOf(cloudPath), Buffer.from(content))
      return idOf(cloudPath)
    },
    async deleteFile({ fileList }) {
      if (failing.has('deleteFile')) throw refuse('deleteFile', 'network error')
      if (fileList.length > MAX_PER_CALL) throw refuse('deleteFile', 'fileList length exceeds 50')
      return {
        fileList: fileList.map((fileID) =>
          files.delete(fileID) ? { fileID, status: 0, errMsg: 'ok' } : { fileID, status: -1, errMsg: 'file not exist' }
        )
      }
    },
    async downloadFile({ fileID }) {
      if (failing.has('downloadFile')) throw refuse('downloadFile', 'network error')
      const content = files.get(fileID)
      if (!content) throw refuse('downloadFile', 'file not exist')
      return { fileContent: Buffer.from(content), statusCode: 200 }
    },
    async uploadFile({ cloudPath, fileContent }) {
      if (failing.has('uploadFile')) throw refuse('uploadFile', 'network error')
      files.set(idOf(cloudPath), Buffer.from(fileContent))
      return { fileID: idOf(cloudPath), statusCode: 200 }
    },
    async getTempFileURL({ fileList }) {
      if (fileList.length > MAX_PER_CALL) throw refuse('getTempFileURL', 'fileList length exceeds 50')
      return {
        fileList: fileList.map(({ fileID }) =>
          files.has(fileID)
            ? {
                fileID,
                tempFileURL: `https://${bucket}.tcb.qcloud.la/${fileID.split('/').slice(3).join('/')}`,
                status: 0
              }
            : { fileID, tempFileURL: '', status: -1 }
        )
      }
    }
  }
}
