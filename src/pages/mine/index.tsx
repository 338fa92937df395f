import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect } from 'react'
import { choiceProps } from '../../components/a11y'
import { DevIdentitySwitch } from '../../components/DevIdentitySwitch'
import { FavouritePlaces } from '../../components/FavouritePlaces'
import { MySuggestionList } from '../../components/MySuggestionList'
import { PageShell } from '../../components/PageShell'
import { ProgressNotices } from '../../components/ProgressNotices'
import { StaffEntry } from '../../components/StaffEntry'
import { Button } from '../../components/ui/Button'
import { CardRow } from '../../components/ui/Card'
import { isStaff } from '../../domain/roles'
import { useMySuggestionsStore } from '../../stores/useMySuggestionsStore'
import { useSessionStore } from '../../stores/useSessionStore'
import { useCareMode, useSettingsStore } from '../../stores/useSettingsStore'
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
        <Button size='small' className='mine__retry' onClick={() => load()}>
          重试
        </Button>
      </View>
    )
  }
  // Nothing technical for a resident: the local backend says its data is made up, and staff see
  // the end of their number as 人员管理 lists it (to find themselves there).
  const about = [
    me?.backend === 'local' ? '本地开发环境（示例数据）' : null,
    me && isStaff(me.role) && me.idHint ? `编号 ${me.idHint}` : null
  ]
    .filter(Boolean)
    .join(' · ')
  return (
    <View className='mine__card'>
      <Text className='mine__role'>{me?.roleLabel}</Text>
      {me?.name ? <Text className='mine__name'>{me.name}</Text> : null}
      {about ? <Text className='muted mine__about'>{about}</Text> : null}
    </View>
  )
}

function CareModeSetting() {
  const on = useCareMode()
  const setCareMode = useSettingsStore((s) => s.setCareMode)
  return (
    // The whole row is the switch: a big target, and its state is said in words (开/关).
    <CardRow
      className='mine__care-switch'
      extra={choiceProps('switch', on, '关怀模式')}
      onClick={() => setCareMode(!on)}
      end={<Text className={`mine__toggle ${on ? 'mine__toggle--on' : ''}`}>{on ? '已开启' : '已关闭'}</Text>}
    >
      <Text>关怀模式</Text>
      <Text className='muted'>字更大、对比更强、按钮更大，适合长辈和小朋友</Text>
    </CardRow>
  )
}

export default function MinePage() {
  const load = useSessionStore((s) => s.load)
  const me = useSessionStore((s) => s.me)
  const loadSuggestions = useMySuggestionsStore((s) => s.load)
  useEffect(() => {
    void load()
  }, [load])
  // Whoever the cloud says I am (also after a developer identity switch) decides what is mine.
  useEffect(() => {
    void loadSuggestions()
  }, [loadSuggestions, me?.idHint])
  // Back on this tab (after sending a suggestion, switching identity…): refresh.
  useDidShow(() => {
    void load()
    void loadSuggestions()
  })

  return (
    <PageShell className='mine'>
      <IdentityCard />
      {/* Staff come here to work: 工作台 first, above the fold, not under 设置. */}
      {me && me.role !== 'citizen' ? (
        <View className='mine__links mine__workbench'>
          <StaffEntry
            roleLabel={me.roleLabel}
            noticeTemplateId={me.staffNoticeTemplateId}
            arrangesVisits={me.staff?.can.arrangeVisits === true}
          />
        </View>
      ) : null}
      <Text className='section-title'>我的建议</Text>
      <ProgressNotices />
      <MySuggestionList
        onOpen={(id) => Taro.navigateTo({ url: `/pkg-suggest/detail/index?id=${id}` })}
        onFixFiles={(id) => Taro.navigateTo({ url: `/pkg-suggest/missing/index?id=${id}` })}
      />
      <Text className='section-title'>我收藏的地点</Text>
      <FavouritePlaces />
      <Text className='section-title'>设置</Text>
      <View className='mine__links'>
        <CareModeSetting />
      </View>
      <View className='mine__links'>
        <CardRow className='mine__link' onClick={() => Taro.navigateTo({ url: '/pkg-suggest/board/index' })} end='›'>
          <Text>建议公示栏：看看大家的建议变成了什么</Text>
        </CardRow>
        <CardRow
          className='mine__link mine__activities'
          onClick={() => Taro.navigateTo({ url: '/pkg-activities/mine/index' })}
          end='›'
        >
          <Text>我的活动：报名过的活动和候补情况</Text>
        </CardRow>
        <CardRow
          className='mine__link mine__visits'
          onClick={() => Taro.navigateTo({ url: '/pkg-places/visit/index' })}
          end='›'
        >
          <Text>参观预约：预约参观托育机构和工作人员的答复</Text>
        </CardRow>
        <CardRow
          className='mine__link mine__offices'
          onClick={() => Taro.navigateTo({ url: '/pkg-places/offices/index' })}
          end='›'
        >
          <Text>联系我的社区：社区和街道的地址、电话和办公时间</Text>
        </CardRow>
        <CardRow
          className='mine__link mine__council'
          onClick={() => Taro.navigateTo({ url: '/pkg-polls/council/index' })}
          end='›'
        >
          <Text>儿童议事会：小代表选建议，区里公开答复</Text>
        </CardRow>
        <CardRow
          className='mine__link mine__corrections'
          onClick={() => Taro.navigateTo({ url: '/pkg-places/corrections/index' })}
          end='›'
        >
          <Text>我的纠错：报告过的地点信息问题和处理结果</Text>
        </CardRow>
        <CardRow
          className='mine__link mine__my-data'
          onClick={() => Taro.navigateTo({ url: '/pkg-suggest/my-data/index' })}
          end='›'
        >
          <Text>我的数据：查看、导出或一次删除和我有关的全部信息</Text>
        </CardRow>
        <CardRow className='mine__link' onClick={() => Taro.navigateTo({ url: '/pkg-info/about/index' })} end='›'>
          <Text>关于与隐私</Text>
        </CardRow>
        {me && me.role === 'citizen' ? (
          <CardRow
            className='mine__link mine__join-staff'
            onClick={() => Taro.navigateTo({ url: '/pkg-staff/join/index' })}
            end='›'
          >
            <Text>我是工作人员：输入邀请码</Text>
          </CardRow>
        ) : null}
      </View>
      <DevIdentitySwitch />
    </PageShell>
  )
}
