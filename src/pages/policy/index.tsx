import { ComingSoon } from '../../components/ComingSoon'
import { PageShell } from '../../components/PageShell'

export default function PolicyPage() {
  return (
    <PageShell>
      <ComingSoon
        title='儿童友好城市三年行动计划'
        lead='《重庆市渝中区儿童友好城市建设三年行动计划（2024—2026年）》的官方解读。'
        items={['5 大方面、11 个领域、46 项任务', '2026 年的目标和倒计时', '核心政策问答，可搜索', '“给小朋友”版本的回答']}
      />
    </PageShell>
  )
}
