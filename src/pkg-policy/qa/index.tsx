import { Text, View } from '@tarojs/components'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { PageShell } from '../../components/PageShell'
import { QaResultCard } from '../../components/QaResultCard'
import { Field } from '../../components/ui/Field'
import { MAX_QUERY_LENGTH } from '../../domain/policy/normalize'
import { searchPolicy } from '../../domain/policy/search'
import { usePolicySearchIndex } from '../../hooks/usePolicySearchIndex'
import './index.scss'

const SUGGESTIONS = ['托育', '资金', '一米', '公园', '幼儿园', '医院']

export default function PolicyQaPage() {
  const router = useRouter()
  const [query, setQuery] = useState(() => decodeURIComponent(router.params.q ?? ''))
  const index = usePolicySearchIndex()
  // The content is a few thousand characters: searching on every keystroke is instant.
  const results = useMemo(() => searchPolicy(query, { scope: 'qa' }, index), [query, index])

  useShareAppMessage(() => ({ title: '渝中区儿童友好城市行动计划：核心政策问答', path: '/pkg-policy/qa/index' }))

  const open = (id: string) =>
    Taro.navigateTo({ url: `/pkg-policy/qa-detail/index?id=${id}&q=${encodeURIComponent(query)}` })

  return (
    <PageShell className='qa'>
      <View className='qa__search'>
        <Field
          label='搜索政策问答'
          hideLabel
          className='qa__input'
          confirmType='search'
          value={query}
          maxLength={MAX_QUERY_LENGTH}
          placeholder='搜一搜：托育、资金、公园…'
          onInput={setQuery}
        />
        {query ? (
          <View className='qa__clear' ariaRole='button' ariaLabel='清空搜索' onClick={() => setQuery('')}>
            清空
          </View>
        ) : null}
      </View>

      {query ? <Text className='muted qa__count'>找到 {results.length} 个相关回答</Text> : null}

      {results.length === 0 ? (
        <View className='qa__empty'>
          <Text className='qa__empty-title'>没有找到和“{query}”有关的回答</Text>
          <Text className='muted'>换个词试试：</Text>
          <View className='qa__chips'>
            {SUGGESTIONS.map((s) => (
              <View key={s} className='qa__chip' ariaRole='button' ariaLabel={`搜索${s}`} onClick={() => setQuery(s)}>
                {s}
              </View>
            ))}
          </View>
        </View>
      ) : (
        <View className='qa__list'>
          {results.map((r) => (
            <QaResultCard key={r.item.id} result={r} onOpen={open} />
          ))}
        </View>
      )}
    </PageShell>
  )
}
