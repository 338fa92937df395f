// A gated staff page: asked who the caller is, it shows the page only to a role that may use it,
// and to anyone else who can, in words, with nothing of the page to fill in.
import { Text } from '@tarojs/components'
import TestUtils from '@tarojs/test-utils-react'
import { staffMe } from '../../../../tests/fixtures/staff'
import { waitUntil } from '../../../../tests/setup/wait'
import type { StaffMe } from '../../../domain/staff/api'
import { StaffOnly } from './index'

function Harness({ me }: { me: StaffMe | null }) {
  return (
    <StaffOnly className='harness' me={me} may='importPlaces' refusal='只有区级管理员可以导入地点数据。'>
      <Text className='harness__form'>导入表单</Text>
    </StaffOnly>
  )
}

async function shown(me: StaffMe | null) {
  const u = new TestUtils()
  await u.mount(Harness, { props: { me } })
  await waitUntil(() => document.querySelector('.harness'), 'the page frame')
  return {
    form: document.querySelector('.harness__form'),
    refusal: document.querySelector('.staff-only__refusal')?.textContent ?? null,
    loading: document.body.textContent?.includes('正在加载') ?? false
  }
}

describe('a gated staff page', () => {
  it('waits for who the caller is before showing anything of the page', async () => {
    expect(await shown(null)).toEqual({ form: null, refusal: null, loading: true })
  })

  it('tells a role without the action who can, and shows none of the page', async () => {
    expect(await shown(staffMe('street_admin'))).toEqual({
      form: null,
      refusal: '只有区级管理员可以导入地点数据。',
      loading: false
    })
  })

  it('shows the page to a role with the action', async () => {
    const seen = await shown(staffMe('district_admin'))
    expect(seen.form?.textContent).toBe('导入表单')
    expect(seen.refusal).toBeNull()
  })
})
