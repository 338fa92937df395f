// Where a form says a server's refusal: beside the field it names when the form has that field,
// else once for the whole form (field FORM). One rule for every form, so a refusal about a field
// the page does not show (an id, a place) is never lost beside nothing.
import type { CloudError } from './errors'
import type { FieldError } from './suggestions/limits'

/** The field of an error said for the whole form, not beside one field. */
export const FORM = 'form'

export function fieldErrorOf(
  error: CloudError,
  /** Does the form show this field (as the form names it)? */
  formHas: (field: string) => boolean,
  /** The form's name for a server field (e.g. `update.fees` → `fees`). */
  shownAs: (field: string) => string = (field) => field
): FieldError {
  const field = error.field === undefined ? undefined : shownAs(error.field)
  return { field: field !== undefined && formHas(field) ? field : FORM, message: error.message }
}
