// A form's errors as a page holds them: those beside its fields, and one message for the whole
// form or page. A server's refusal goes where the form shows it (domain/form-errors), the same
// way on every form.
import { useCallback, useState } from 'react'
import type { CloudError } from '../domain/errors'
import { fieldErrorOf, FORM } from '../domain/form-errors'
import type { FieldError } from '../domain/suggestions/limits'

export function useFormErrors() {
  const [errors, setErrors] = useState<FieldError[]>([])
  const [error, setError] = useState<string | null>(null)
  /** A server's refusal: beside the field it names when `formHas` it, else the form's message. */
  const refuse = useCallback(
    (refusal: CloudError, formHas: (field: string) => boolean, shownAs?: (field: string) => string) => {
      const placed = fieldErrorOf(refusal, formHas, shownAs)
      if (placed.field === FORM) setError(placed.message)
      else setErrors([placed])
    },
    []
  )
  /** A new attempt's field errors (a local check's): they replace whatever was said before. */
  const showFieldErrors = useCallback((list: FieldError[]) => {
    setErrors(list)
    setError(null)
  }, [])
  /** Before a new attempt, or when the form starts again: nothing said any more. */
  const clear = useCallback(() => showFieldErrors([]), [showFieldErrors])
  return { errors, setErrors: showFieldErrors, error, setError, refuse, clear }
}
