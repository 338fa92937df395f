// Browser development builds: switch the demo identity the local backend sees. Absent from
// WeChat builds (index.weapp.tsx renders nothing) and hidden unless TARO_APP_DEV_TOOLS=true.
import { Text, View } from '@tarojs/components'
import { DEV_IDENTITIES, type DevIdentity } from '../../domain/roles'
import { useSessionStore } from '../../stores/useSessionStore'
import { Button } from '../ui/Button'
import './index.scss'

export function DevIdentitySwitch() {
  const available = useSessionStore((s) => s.devToolsAvailable)
  const current = useSessionStore((s) => s.devIdentity) ?? 'citizen'
  const switchIdentity = useSessionStore((s) => s.switchIdentity)
  if (!available) return null
  return (
    <View className='dev-switch' ariaLabel='开发者工具：切换身份'>
      <Text className='dev-switch__title'>开发者工具 · 切换身份（仅本地）</Text>
      <View className='dev-switch__options'>
        {(Object.keys(DEV_IDENTITIES) as DevIdentity[]).map((key) => (
          <Button
            key={key}
            size='small'
            className={`dev-switch__option ${key === current ? 'dev-switch__option--active' : ''}`}
            onClick={() => switchIdentity(key)}
          >
            {key === current ? `✓ ${DEV_IDENTITIES[key].label}` : DEV_IDENTITIES[key].label}
          </Button>
        ))}
      </View>
    </View>
  )
}
