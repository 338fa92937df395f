import TestUtils from '@tarojs/test-utils-react'
import { retentionParagraph } from '../../domain/suggestions/retention-text'
import AboutPage from './index'

describe('关于与隐私', () => {
  it('states the retention periods of the table', async () => {
    const u = new TestUtils()
    await u.mount(AboutPage, {})
    await u.queries.waitForQueryByText('保存多久')
    expect(document.body.textContent).toContain(retentionParagraph())
    expect(document.body.textContent).toContain('“我的”→“我的数据”')
    expect(document.body.textContent).toContain('服务器收到后还会再去掉其中的拍摄位置')
  })
})
