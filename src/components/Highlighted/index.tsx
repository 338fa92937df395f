import { Text } from '@tarojs/components'
import type { HighlightSegment } from '../../domain/policy/search'
import './index.scss'

interface Props {
  segments: HighlightSegment[]
  className?: string
}

/** Text with search hits marked (bold and underlined, so colour is not the only signal). */
export function Highlighted({ segments, className }: Props) {
  return (
    <Text className={className}>
      {segments.map((s, i) =>
        s.hit ? (
          <Text key={i} className='highlighted__hit'>
            {s.text}
          </Text>
        ) : (
          s.text
        )
      )}
    </Text>
  )
}
