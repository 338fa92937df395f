// A panel that rises from the bottom over a dimmed page: a title, its content, and 关闭 (tapping
// the dimmed page closes it too). Used for choices that would crowd the first screen.
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { scrollRegionProps } from '../../a11y'
import { Button } from '../Button'
import './index.scss'

interface Props {
  open: boolean
  title: string
  onClose: () => void
  children: ReactNode
  /** Buttons pinned under the content (e.g. 重置 / 查看结果). */
  footer?: ReactNode
}

export function Sheet({ open, title, onClose, children, footer }: Props) {
  if (!open) return null
  return (
    <View className='ui-sheet'>
      <View className='ui-sheet__backdrop' onClick={onClose} />
      <View className='ui-sheet__panel' ariaRole='dialog' ariaLabel={title} aria-modal='true'>
        <View className='ui-sheet__head'>
          <Text className='ui-sheet__title'>{title}</Text>
          <Button variant='text' size='small' className='ui-sheet__close' onClick={onClose}>
            关闭
          </Button>
        </View>
        <View className='ui-sheet__body' {...scrollRegionProps()}>
          {children}
        </View>
        {footer ? <View className='ui-sheet__footer'>{footer}</View> : null}
      </View>
    </View>
  )
}
