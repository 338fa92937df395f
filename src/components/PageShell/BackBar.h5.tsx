// Browser build: subpages get a visible 返回 (WeChat draws its own back arrow in the navigation
// bar; Taro's browser build draws none). A page opened directly has nothing to go back to, so it
// goes to the tab it belongs to. Also darkens Taro's browser tab bar in dark mode (h5.scss).
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import './h5.scss'

// The tab a subpackage's pages belong to; one not listed goes home (a subpackage added later still
// gets its 返回: the walk found 活动 and 快问快答 pages with no way back).
const HOME_TAB: Record<string, string> = {
  'pkg-policy': '/pages/policy/index',
  'pkg-places': '/pages/map/index',
  'pkg-suggest': '/pages/mine/index',
  'pkg-staff': '/pages/mine/index',
  'pkg-info': '/pages/mine/index',
  // 快问快答 and 儿童议事会 are opened from the 政策 tab.
  'pkg-polls': '/pages/policy/index'
}

export function BackBar() {
  const path = useRouter().path ?? ''
  const pkg = path.replace(/^\//, '').split('/')[0]
  // Tab pages (pages/…) have the tab bar instead.
  if (!pkg || pkg === 'pages') return null
  const tab = HOME_TAB[pkg] ?? '/pages/home/index'
  const back = () => {
    if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
    else void Taro.switchTab({ url: tab })
  }
  return (
    <View className='back-bar'>
      <View className='back-bar__button' ariaRole='button' onClick={back}>
        <Text className='back-bar__arrow'>‹</Text>
        <Text>返回</Text>
      </View>
    </View>
  )
}
