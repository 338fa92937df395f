// WeChat: the scene of this entry (getEnterOptionsSync, also after a return from the background)
// tells single-page mode apart
// (https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/share-timeline.html).
import Taro from '@tarojs/taro'
import { SINGLE_PAGE_SCENE, type SinglePageMode } from './launch-types'

export const isSinglePageMode: SinglePageMode = () => {
  try {
    return Taro.getEnterOptionsSync().scene === SINGLE_PAGE_SCENE
  } catch {
    return false
  }
}
