// A one-time invitation code typed in (src/domain/invite-code.ts: case, spaces and the hyphen do
// not matter) and the button that sends it; the caller's page says what the code is for and shows
// the server's refusal beside the field. `block` names the field and button classes (block__code,
// block__send).
import { useState } from 'react'
import { Button } from '../ui/Button'
import { Field } from '../ui/Field'

interface Props {
  block: string
  buttonLabel: string
  busy: boolean
  error?: string
  onSubmit: (code: string) => void
}

export function InviteCodeForm({ block, buttonLabel, busy, error, onSubmit }: Props) {
  const [code, setCode] = useState('')
  return (
    <>
      <Field
        label='邀请码'
        className={`${block}__code`}
        placeholder='如 ABCD-EFGH'
        maxLength={12}
        value={code}
        error={error}
        onInput={setCode}
        confirmType='done'
        onConfirm={() => onSubmit(code)}
      />
      <Button variant='primary' block className={`${block}__send`} busy={busy} onClick={() => onSubmit(code)}>
        {buttonLabel}
      </Button>
    </>
  )
}
