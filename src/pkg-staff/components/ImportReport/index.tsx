// A places import report (dry run or done): the counts, the encoding the file was read in, the
// rows that would be / were written, the ones accepted with a note, and every rejected row with
// its reasons, so the district admin can fix the file before confirming.
import { Text, View } from '@tarojs/components'
import type { ImportReport } from '../../../domain/places/api'
import { ENCODING_LABELS } from '../../../domain/places/encoding'
import { Card } from '../../../components/ui/Card'
import { StatusTag } from '../../../components/ui/StatusTag'
import './index.scss'

export function ImportReportView({ report }: { report: ImportReport }) {
  const verb = report.dryRun ? '将' : '已'
  const written = report.changes.filter((c) => c.outcome !== 'unchanged')
  const noted = report.changes.filter((c) => c.notes?.length)
  return (
    <View className='import-report'>
      <Card title={report.dryRun ? '试运行结果（还没有写入）' : '导入完成'}>
        <Text className='import-report__summary'>
          共 {report.total} 行：{verb}新增 {report.added}，{verb}更新 {report.updated}，未变 {report.unchanged}，拒绝{' '}
          {report.rejected.length}
        </Text>
        {report.encoding ? (
          <Text className='import-report__encoding'>文件编码：{ENCODING_LABELS[report.encoding]}</Text>
        ) : null}
        {report.warnings.map((w) => (
          <Text key={w} className='import-report__warning'>
            提示：{w}
          </Text>
        ))}
      </Card>
      {written.length ? (
        <Card title={report.dryRun ? '将写入' : '已写入'} className='import-report__changes'>
          {written.map((c) => (
            <View key={c.row} className='import-report__row'>
              <StatusTag
                label={c.outcome === 'added' ? '新增' : '更新'}
                tone={c.outcome === 'added' ? 'good' : 'active'}
              />
              <Text className='import-report__name'>
                第 {c.row} 行 {c.name}
              </Text>
            </View>
          ))}
        </Card>
      ) : null}
      {noted.length ? (
        <Card title='请核对（已接受）' tone='yellow' className='import-report__notes'>
          {noted.map((c) => (
            <View key={c.row} className='import-report__row import-report__row--stacked'>
              <Text className='import-report__name'>
                第 {c.row} 行 {c.name}
              </Text>
              {c.notes?.map((n) => (
                <Text key={n} className='import-report__reason'>
                  {n}
                </Text>
              ))}
            </View>
          ))}
        </Card>
      ) : null}
      {report.rejected.length ? (
        <Card title={`拒绝的行（${report.rejected.length}）`} tone='warm' className='import-report__rejected'>
          <Text className='import-report__hint'>这些行不会写入，请在文件中改好后重新导入。</Text>
          {report.rejected.map((r) => (
            <View key={r.row} className='import-report__row import-report__row--stacked'>
              <Text className='import-report__name'>
                第 {r.row} 行 {r.name ?? '（无名称）'}
              </Text>
              {r.reasons.map((reason) => (
                <Text key={reason} className='import-report__reason'>
                  · {reason}
                </Text>
              ))}
            </View>
          ))}
        </Card>
      ) : null}
    </View>
  )
}
