// Reporting for the caller's area (the server scopes it), and exports of the current inbox filter.
import { Button, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { BarChart } from '../../components/BarChart'
import { PageShell } from '../../components/PageShell'
import type { CloudError } from '../../domain/errors'
import type { StaffReport } from '../../domain/staff/api'
import { callCloud } from '../../services/cloud'
import { saveExport } from '../../services/files'
import { toast } from '../../services/media'
import { useStaffStore } from '../../stores/useStaffStore'
import './index.scss'

const percent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`)

export default function StaffReportPage() {
  const filter = useStaffStore((s) => s.filter)
  const [report, setReport] = useState<StaffReport | null>(null)
  const [error, setError] = useState<CloudError | null>(null)
  const [exporting, setExporting] = useState(false)

  useEffect(() => {
    void callCloud('staff', { action: 'report', filter }).then((r) => (r.ok ? setReport(r.data) : setError(r.error)))
  }, [filter])

  const exportAs = async (format: 'csv' | 'open311') => {
    setExporting(true)
    const r = await callCloud('staff', { action: 'export', filter, format, limit: 5000 })
    setExporting(false)
    if (!r.ok) return setError(r.error)
    toast(`${await saveExport(r.data)}：${r.data.rows} 条${r.data.truncated ? '（超出上限，请缩小筛选范围）' : ''}`)
  }

  return (
    <PageShell className='staff-report'>
      {error ? (
        <View ariaRole='alert'>
          <Text className='muted'>{error.message}</Text>
        </View>
      ) : null}
      {!report && !error ? <Text className='muted'>正在统计…</Text> : null}
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
        <Button loading={exporting} onClick={() => exportAs('csv')}>
          导出 CSV（Excel 可打开）
        </Button>
        <Button loading={exporting} onClick={() => exportAs('open311')}>
          导出 Open311 JSON
        </Button>
      </View>
    </PageShell>
  )
}
