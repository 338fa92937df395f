// 联系我的社区: the community and street offices of a street — from 我的 (the street of the last
// suggestion, if any) or from a suggestion (its street and community, that community first). Each
// fact is the street's own, with where it came from and when it was checked.
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { LoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { StreetPicker } from '../../components/StreetPicker'
import { findStreet } from '../../domain/streets'
import { useOffices } from '../../data/places'
import { useSuggestDraftStore } from '../../stores/useSuggestDraftStore'
import { OfficeCard } from './OfficeCard'
import './index.scss'

export default function OfficesPage() {
  const { params } = useRouter()
  const remembered = useSuggestDraftStore.getState()
  const [street, setStreet] = useState<string | undefined>(() => {
    const asked = params.street ?? remembered.street
    return asked && findStreet(asked) ? asked : undefined
  })
  const community = params.community ?? (street === remembered.street ? remembered.community : undefined)
  const offices = useOffices(street ?? null)
  const list = offices.data?.offices ?? []
  // The street's own office first, then the chosen community, then the others.
  const ordered = [...list].sort(
    (a, b) =>
      Number(b.kind === 'street') - Number(a.kind === 'street') ||
      Number(b.code === community) - Number(a.code === community)
  )

  return (
    <PageShell className='offices'>
      <Text className='offices__intro'>
        社区居委会和街道办事处可以帮你办很多事：咨询、证明、活动，也可以当面说说你的建议。选一个街道看看。
      </Text>
      <StreetPicker street={street} onChange={(s) => setStreet(s)} />
      {street ? (
        <LoadState
          status={offices.status}
          error={offices.error}
          onRetry={offices.reload}
          empty={list.length === 0}
          emptyText='这个街道还没有可以联系的地方。'
        />
      ) : (
        <Text className='muted offices__pick'>先选你住的或孩子上学的街道。</Text>
      )}
      <View className='offices__list'>
        {ordered.map((o) => (
          <OfficeCard key={o.code} office={o} mine={o.code === community} />
        ))}
      </View>
    </PageShell>
  )
}
