// The one button: primary (the step forward), secondary (a choice beside it), text (a quiet link).
// Busy and disabled keep the label visible; a busy button ignores taps so nothing is sent twice.
import { Button as TaroButton, View, type ButtonProps as TaroButtonProps } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

export interface ButtonProps {
  children: ReactNode
  variant?: 'primary' | 'secondary' | 'text'
  size?: 'normal' | 'small'
  /** Full width (otherwise as wide as its label, or its share of a ButtonRow). */
  block?: boolean
  busy?: boolean
  disabled?: boolean
  className?: string
  id?: string
  /** Spoken name where the label alone is ambiguous in a list; must contain the visible label. */
  ariaLabel?: string
  /** WeChat's open abilities (e.g. agreePrivacyAuthorization), with the matching callback. */
  openType?: TaroButtonProps['openType']
  onAgreePrivacyAuthorization?: () => void
  onClick?: () => void
  /** Press and hold (hold to talk): the finger goes down, and comes up or slides away. */
  onPressStart?: () => void
  onPressEnd?: () => void
}

export function Button({
  children,
  variant = 'secondary',
  size = 'normal',
  block = false,
  busy = false,
  disabled = false,
  className = '',
  id,
  ariaLabel,
  openType,
  onAgreePrivacyAuthorization,
  onClick,
  onPressStart,
  onPressEnd
}: ButtonProps) {
  const cls = [
    'ui-button',
    `ui-button--${variant}`,
    size === 'small' ? 'ui-button--small' : '',
    block ? 'ui-button--block' : '',
    disabled || busy ? 'ui-button--disabled' : '',
    className
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <TaroButton
      id={id}
      className={cls}
      ariaLabel={ariaLabel}
      disabled={disabled}
      loading={busy}
      openType={openType}
      onAgreePrivacyAuthorization={onAgreePrivacyAuthorization}
      onClick={() => {
        if (!disabled && !busy) onClick?.()
      }}
      {...(onPressStart || onPressEnd
        ? {
            onTouchStart: () => !disabled && !busy && onPressStart?.(),
            onTouchEnd: () => onPressEnd?.(),
            onTouchCancel: () => onPressEnd?.()
          }
        : {})}
    >
      {children}
    </TaroButton>
  )
}

/** Buttons side by side: equal width, same height, tops aligned. */
export function ButtonRow({ children, className = '' }: { children: ReactNode; className?: string }) {
  return <View className={`ui-button-row ${className}`}>{children}</View>
}
