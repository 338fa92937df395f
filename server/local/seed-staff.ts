// Demo reply templates for the local backend (the demo staff are in seed.ts). Marked demo and
// titled 示例: the district writes its own before launch.
import type { ReplyTemplate } from '../../src/domain/staff/templates'
import type { Repository } from '../adapters/repository'

export const DEMO_TEMPLATES: Array<Omit<ReplyTemplate, 'updatedAt'>> = [
  {
    _id: 'demo-tpl-received',
    title: '示例 · 已收到',
    text: '您好，{社区}已收到您关于“{标题}”的建议，我们会在 5 个工作日内了解情况并答复您。感谢您对儿童友好城市建设的关心。',
    textForChildren: '你好！{社区}的叔叔阿姨收到你的建议啦，我们会认真去看一看，过几天告诉你结果。谢谢你！',
    topics: [],
    active: true,
    updatedBy: '示例区级管理员',
    demo: true
  },
  {
    _id: 'demo-tpl-adopted',
    title: '示例 · 建议被采纳',
    text: '您好，您关于“{标题}”的建议已被采纳，{街道}将结合儿童友好城市建设安排实施，进展会在这里更新。',
    textForChildren: '好消息！你的建议被采纳啦。大人们会按你说的去改一改，做好了会告诉你。',
    topics: [],
    active: true,
    updatedBy: '示例区级管理员',
    demo: true
  },
  {
    _id: 'demo-tpl-park',
    title: '示例 · 公园设施',
    text: '您好，关于公园和绿地设施的建议，{街道}已转交相关部门现场查看，涉及维修的将尽快处理。',
    textForChildren: '谢谢你帮我们发现公园里的问题！我们已经请负责公园的叔叔阿姨去看看。',
    topics: ['parks_green', 'play'],
    active: true,
    updatedBy: '示例区级管理员',
    demo: true
  }
]

export async function seedStaffDemo(repo: Repository, now = new Date()): Promise<void> {
  const updatedAt = now.toISOString()
  for (const t of DEMO_TEMPLATES) await repo.collection<ReplyTemplate>('reply_templates').put({ ...t, updatedAt })
}
