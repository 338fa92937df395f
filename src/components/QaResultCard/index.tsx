import { Text, View } from '@tarojs/components'
import { excerpt } from '../../domain/policy/excerpt'
import { toSegments, type SearchResult } from '../../domain/policy/search'
import { Highlighted } from '../Highlighted'
import './index.scss'

interface Props {
  result: SearchResult
  onOpen: (id: string) => void
}

/** One answer in the Q&A list: the question and the part of the answer that matched. */
export function QaResultCard({ result, onOpen }: Props) {
  const { item, titleRanges, paragraphRanges } = result
  // Show the first paragraph that matched, or the opening when only the question did.
  const at = Math.max(
    0,
    paragraphRanges.findIndex((r) => r.length > 0)
  )
  const snippet = excerpt(item.paragraphs[at] ?? '', paragraphRanges[at] ?? [], 64)
  return (
    <View className='qa-card' ariaRole='button' ariaLabel={item.title} onClick={() => onOpen(item.id)}>
      <Highlighted className='qa-card__question' segments={toSegments(item.title, titleRanges)} />
      <Highlighted className='qa-card__answer' segments={toSegments(snippet.text, snippet.ranges)} />
      <Text className='qa-card__more'>查看回答 ›</Text>
    </View>
  )
}
