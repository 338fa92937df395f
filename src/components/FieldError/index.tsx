import { Text } from '@tarojs/components'
import type { FieldError as Err } from '../../domain/suggestions/validate'
import './index.scss'

/** The message for one field, for a ui/Field's `error`. */
export function messageFor(errors: Err[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message
}

/** The message for one form field, shown next to it (never by colour alone: it has an icon). */
export function FieldError({ errors, field }: { errors: Err[]; field: string }) {
  const message = messageFor(errors, field)
  return message ? <Text className='field-error'>⚠ {message}</Text> : null
}
