import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { headingProps } from '../../a11y'
import './index.scss'

interface Props {
  children: ReactNode
  title?: string
  /** A tinted card: a reply (green), a child's note (yellow), a warning (warm). */
  tone?: 'surface' | 'green' | 'yellow' | 'warm'
  className?: string
  /** The whole card is one target; its visible text is its name. */
  onClick?: () => void
}

/** A surface with the app's padding and radius; list rows and detail sections alike. */
export function Card({ children, title, tone = 'surface', className = '', onClick }: Props) {
  return (
    <View
      className={`ui-card ui-card--${tone} ${className}`}
      ariaRole={onClick ? 'button' : undefined}
      onClick={onClick}
    >
      {title ? (
        <Text className='ui-card__title' {...headingProps(3)}>
          {title}
        </Text>
      ) : null}
      {children}
    </View>
  )
}

/** One row of a settings or links card: text on the left, a value or › on the right. */
export function CardRow({
  children,
  end,
  className = '',
  onClick,
  extra
}: {
  children: ReactNode
  end?: ReactNode
  className?: string
  onClick?: () => void
  /** ARIA that needs its DOM name (choiceProps for a switch row). */
  extra?: object
}) {
  return (
    <View
      className={`ui-card-row ${className}`}
      ariaRole={onClick && !extra ? 'button' : undefined}
      onClick={onClick}
      {...extra}
    >
      <View className='ui-card-row__main'>{children}</View>
      {end !== undefined ? <View className='ui-card-row__end'>{end}</View> : null}
    </View>
  )
}
