// WeChat: an exported report is written to the user data folder, then sent to a chat (to open on
// a computer): openDocument cannot open CSV or JSON, shareFileMessage can send any file.
import Taro from '@tarojs/taro'

export async function saveExport(file: { filename: string; mimeType: string; content: string }): Promise<string> {
  const path = `${Taro.env.USER_DATA_PATH}/${file.filename}`
  Taro.getFileSystemManager().writeFileSync(path, file.content, 'utf8')
  try {
    await Taro.shareFileMessage({ filePath: path, fileName: file.filename })
    return '已发送到聊天'
  } catch {
    return '文件已保存在小程序内'
  }
}
