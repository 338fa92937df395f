import { Text } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { ComingSoon } from '../../components/ComingSoon'
import { PageShell } from '../../components/PageShell'
import { useIntentStore } from '../../stores/useIntentStore'

const CATEGORY_LABELS = { childcare: '托育机构' } as const

export default function MapPage() {
  const [category, setCategory] = useState<keyof typeof CATEGORY_LABELS | null>(null)
  useDidShow(() => {
    const wanted = useIntentStore.getState().takeMapCategory()
    if (wanted) setCategory(wanted)
  })

  return (
    <PageShell>
      {category ? <Text className='section-title map__filter'>已选择：{CATEGORY_LABELS[category]}</Text> : null}
      <ComingSoon
        title='附近的儿童服务'
        lead='在地图上按距离找托育机构、儿童医院和公园，一键拨号和导航。'
        items={['按距离排序的列表', '托育筛选：托育类型、月龄、普惠、备案', '营业时间与“现在开门”', '对一个地方提建议']}
      />
    </PageShell>
  )
}
