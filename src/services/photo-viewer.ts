// Photos full screen (WeChat's viewer; Taro's overlay in the browser). Its own module: a page that
// only shows photos (a place's) does not carry the picking and uploading of services/media.
import Taro from '@tarojs/taro'

/** Shows `urls` full screen, from the one tapped. */
export function previewPhotos(urls: string[], index: number): void {
  void Taro.previewImage({ urls, current: urls[index] }).catch(() => undefined)
}
