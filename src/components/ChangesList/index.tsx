// 有什么变化: adopted suggestions from the public board (when loaded) and the district's own
// examples, each with its date and source: the list a district admin published (policy.news)
// once it loads and passes the same check, the bundled one until then and offline.
import { Text, View } from '@tarojs/components'
import { citizenSource } from '../../domain/citizen-text'
import { chooseNews, DISTRICT_EXAMPLES, formatExampleDate } from '../../domain/news'
import { suggestionTitle } from '../../domain/suggestions/model'
import { authorStatusLabel } from '../../domain/suggestions/rules'
import { useNews } from '../../data/news'
import { useBoardPreviewStore } from '../../stores/useBoardPreviewStore'
import { LoadState } from '../LoadState'
import './index.scss'

export function ChangesList({ onOpenBoard }: { onOpenBoard: () => void }) {
  const { items, status } = useBoardPreviewStore()
  const news = useNews()
  const examples = chooseNews(DISTRICT_EXAMPLES, news.data?.items)
  return (
    <View className='changes' ariaRole='list'>
      {/* Offline is silent here: the bundled examples below are already on screen. */}
      <LoadState status={status === 'loading' ? 'loading' : 'ready'} empty={items.length === 0} skeleton />
      {items.map((s) => (
        <View key={s.id} className='changes__item changes__item--board' ariaRole='listitem' onClick={onOpenBoard}>
          <Text className='changes__tag'>居民建议 · {authorStatusLabel(s.status)}</Text>
          <Text className='changes__title'>{suggestionTitle(s)}</Text>
          {s.reply ? <Text className='changes__text'>{s.reply}</Text> : null}
        </View>
      ))}
      {examples.map((e) => (
        <View key={e.id} className='changes__item' ariaRole='listitem'>
          <Text className='changes__tag'>{e.date ? formatExampleDate(e.date) : '渝中实践'}</Text>
          <Text className='changes__title'>{e.title}</Text>
          <Text className='changes__text'>{e.text}</Text>
          <Text className='changes__source'>来源：{citizenSource(e.source)}</Text>
        </View>
      ))}
    </View>
  )
}
