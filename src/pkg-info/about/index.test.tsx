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
    // Every kind of personal data the app keeps is named where it says what it collects.
    expect(document.body.textContent).toContain('报名活动、预约参观托育机构时，请家长填写称呼、手机号码和孩子的年龄')
    expect(document.body.textContent).toContain('确认照片里没有能认出来的孩子后才公开')
  })
})
