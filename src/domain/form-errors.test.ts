import { cloudError } from './errors'
import { fieldErrorOf, FORM } from './form-errors'
import { placeFormField } from './places/place-edit'

describe('a server refusal on a form', () => {
  const has = (f: string) => ['guardianPhone', 'fees'].includes(f)

  it('goes beside the field it names when the form shows that field', () => {
    expect(fieldErrorOf(cloudError('VALIDATION', '手机号码格式不对', 'guardianPhone'), has)).toEqual({
      field: 'guardianPhone',
      message: '手机号码格式不对'
    })
  })

  it('is said for the whole form when it names no field, or one the form does not show', () => {
    expect(fieldErrorOf(cloudError('RATE_LIMITED'), has)).toEqual({ field: FORM, message: '操作太频繁了，请稍后再试' })
    expect(fieldErrorOf(cloudError('NOT_FOUND', '没有找到这家机构', 'placeId'), has)).toEqual({
      field: FORM,
      message: '没有找到这家机构'
    })
  })

  it('takes the form’s name for a server field', () => {
    expect(fieldErrorOf(cloudError('VALIDATION', '收费格式不对', 'update.fees'), has, placeFormField)).toEqual({
      field: 'fees',
      message: '收费格式不对'
    })
  })
})
