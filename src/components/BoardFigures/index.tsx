// The board's figures as a chart of plain views: per month (for the chosen street or the whole
// district) and per street, two bars a row — suggestions that came in and those adopted — each
// with its number written next to it, and the whole row said in words to a screen reader.
import { Text, View } from '@tarojs/components'
import type { FigureRow } from '../../domain/suggestions/board-figures'
import { figureSpeech } from '../../domain/suggestions/board-figures'
import { Card } from '../ui/Card'
import './index.scss'

interface Props {
  title: string
  rows: FigureRow[]
  emptyText: string
  className?: string
}

export function BoardFigures({ title, rows, emptyText, className = '' }: Props) {
  const max = Math.max(1, ...rows.map((r) => r.submitted))
  const width = (n: number) => `${Math.round((n / max) * 100)}%`
  return (
    <Card title={title} className={`board-figures ${className}`}>
      <View className='board-figures__legend'>
        <View className='board-figures__key board-figures__key--submitted' />
        <Text>提交</Text>
        <View className='board-figures__key board-figures__key--adopted' />
        <Text>采纳</Text>
      </View>
      {rows.length === 0 ? <Text className='muted'>{emptyText}</Text> : null}
      <View ariaRole='list'>
        {rows.map((r) => (
          <View key={r.key} className='board-figures__row' ariaRole='listitem' ariaLabel={figureSpeech(r)}>
            <Text className='board-figures__label'>{r.label}</Text>
            <View className='board-figures__bars'>
              <View className='board-figures__bar-line'>
                <View
                  className='board-figures__bar board-figures__bar--submitted'
                  style={{ width: width(r.submitted) }}
                />
                <Text className='board-figures__count'>提交 {r.submitted}</Text>
              </View>
              <View className='board-figures__bar-line'>
                <View className='board-figures__bar board-figures__bar--adopted' style={{ width: width(r.adopted) }} />
                <Text className='board-figures__count'>采纳 {r.adopted}</Text>
              </View>
            </View>
          </View>
        ))}
      </View>
    </Card>
  )
}
