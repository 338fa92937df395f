// Reporting for the caller's area (the server scopes it), and exports of the current inbox filter.
import { Text, View } from '@tarojs/components'
import { Button } from '../../components/ui/Button'
import { useEffect, useState } from 'react'
import { BarChart } from '../../components/BarChart'
import { LoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { DeadlineCard } from '../components/DeadlineCard'
import { SatisfactionCard } from '../components/SatisfactionCard'
import { useCalls } from '../../data/use-calls'
import { staffCalls, useStaffReport } from '../../data/staff'
import { discardExport, exportActionLabel, prepareExport, shareExport, type PreparedExport } from '../../services/files'
import { toast } from '../../services/feedback'
import { useStaffStore } from '../../stores/useStaffStore'
import './index.scss'
import { EXPORT_MAX_ROWS } from '../../domain/staff/limits'

const percent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`)

export default function StaffReportPage() {
  const filter = useStaffStore((s) => s.filter)
  const query = useStaffReport(filter)
  const report = query.data
  const calls = useCalls(staffCalls)
  const { busy: exporting } = calls

  const [ready, setReady] = useState<(PreparedExport & { summary: string }) | null>(null)
  // An export not handed over leaves with the page (or with the next export).
  useEffect(
    () => () => {
      if (ready) discardExport(ready)
    },
    [ready]
  )

  // Two taps: WeChat sends a file to a chat only from a tap, and the file must exist by then.
  const exportAs = async (format: 'csv' | 'open311') => {
    setReady(null)
    const r = await calls.exportRows({ filter, format, limit: EXPORT_MAX_ROWS })
    if (!r.ok) return toast(r.error.message)
    const summary = `${r.data.rows} 条${r.data.truncated ? '（超出上限，请缩小筛选范围）' : ''}`
    setReady({ ...prepareExport(r.data), summary })
  }
  const share = () => {
    if (!ready) return
    const { summary } = ready
    void shareExport(ready).then((outcome) => toast(`${outcome}：${summary}`))
  }

  return (
    <PageShell className='staff-report'>
      <LoadState
        status={query.status}
        error={query.error}
        onRetry={query.reload}
        empty={!report}
        loadingText='正在统计…'
      />
      {report ? (
        <View>
          <View className='staff-report__kpis'>
            <View className='staff-report__kpi'>
              <Text className='staff-report__value'>{report.total}</Text>
              <Text className='muted'>建议总数</Text>
            </View>
            <View className='staff-report__kpi'>
              <Text className='staff-report__value'>{percent(report.adoptionRate)}</Text>
              <Text className='muted'>采纳率</Text>
            </View>
            <View className='staff-report__kpi'>
              <Text className='staff-report__value'>{percent(report.completionRate)}</Text>
              <Text className='muted'>办结率</Text>
            </View>
            <View className='staff-report__kpi'>
              <Text className='staff-report__value'>
                {report.medianFirstResponseHours === null ? '—' : `${report.medianFirstResponseHours.toFixed(1)}h`}
              </Text>
              <Text className='muted'>首次响应中位数</Text>
            </View>
          </View>
          <DeadlineCard report={report.deadlines} />
          <SatisfactionCard satisfaction={report.satisfaction} />
          <BarChart title='按状态' rows={report.byStatus} />
          <BarChart title='按类别' rows={report.byTopic} />
          <BarChart title='按年龄段' rows={report.byAgeGroup} />
          <BarChart title='按街道' rows={report.byStreet} />
          <BarChart
            title='按周（提交）'
            rows={report.byWeek.map((w) => ({ label: w.week.slice(5), count: w.submitted }))}
          />
          {report.truncated ? <Text className='muted'>数据较多，统计只包含最新的部分。</Text> : null}
        </View>
      ) : null}
      <View className='staff-report__exports'>
        <Button block busy={exporting} onClick={() => exportAs('csv')}>
          导出 CSV（Excel 可打开）
        </Button>
        <Button block busy={exporting} onClick={() => exportAs('open311')}>
          导出 Open311 JSON
        </Button>
        {ready ? (
          <View className='staff-report__ready' ariaRole='alert'>
            <Text>
              已生成 {ready.filename}（{ready.summary}）
            </Text>
            <Button className='staff-report__share' variant='primary' onClick={share}>
              {exportActionLabel()}
            </Button>
          </View>
        ) : null}
      </View>
    </PageShell>
  )
}
