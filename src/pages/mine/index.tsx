import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect } from 'react'
import { DevIdentitySwitch } from '../../components/DevIdentitySwitch'
import { PageShell } from '../../components/PageShell'
import { useSessionStore } from '../../stores/useSessionStore'
import './index.scss'

function IdentityCard() {
  const { status, me, error, load } = useSessionStore()
  if (status === 'idle' || (status === 'loading' && !me)) {
    return (
      <View className='mine__card mine__card--loading'>
        <Text>正在连接服务…</Text>
      </View>
    )
  }
  if (status === 'error' && error) {
    return (
      <View className='mine__card mine__card--error' ariaRole='alert'>
        <Text className='mine__error'>{error.message}</Text>
        <Button className='mine__retry' onClick={() => load()}>
          重试
        </Button>
      </View>
    )
  }
  return (
    <View className='mine__card'>
      <Text className='mine__role'>{me?.roleLabel}</Text>
      {me?.name ? <Text className='mine__name'>{me.name}</Text> : null}
      <Text className='muted'>
        {me?.backend === 'local' ? '已连接本地云开发环境' : '已连接微信云开发'}
        {me?.idHint ? ` · 编号 ${me.idHint}` : ''}
      </Text>
    </View>
  )
}

export default function MinePage() {
  const load = useSessionStore((s) => s.load)
  useEffect(() => {
    void load()
  }, [load])
  // Back on this tab (e.g. after switching identity or role change): refresh.
  useDidShow(() => {
    void load()
  })

  return (
    <PageShell className='mine'>
      <IdentityCard />
      <Text className='section-title'>我的建议</Text>
      <Text className='muted'>提交建议后，可以在这里看到处理进度和回复。</Text>
      <View className='mine__links'>
        <View className='mine__link' ariaRole='button' ariaLabel='关于与隐私' onClick={() => Taro.navigateTo({ url: '/pkg-info/about/index' })}>
          <Text>关于与隐私</Text>
          <Text>›</Text>
        </View>
      </View>
      <DevIdentitySwitch />
    </PageShell>
  )
}
