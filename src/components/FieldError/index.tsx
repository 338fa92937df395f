import { Text } from '@tarojs/components'
import type { FieldError as Err } from '../../domain/suggestions/validate'
import './index.scss'

/** The message for one form field, shown next to it (never by colour alone: it has an icon). */
export function FieldError({ errors, field }: { errors: Err[]; field: string }) {
  const message = errors.find((e) => e.field === field)?.message
  return message ? <Text className='field-error'>⚠ {message}</Text> : null
}
