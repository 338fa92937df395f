// 地点导入: a district admin picks the registry listing (CSV/JSON, from a chat on the phone or a
// file in the browser), sees a dry run (would add / update / unchanged / reject with reasons, and
// the encoding read), confirms, and sees what was written. The same import code as the script
// (places.import); the server refuses everyone but district admins anyway.
import { Text } from '@tarojs/components'
import { useState } from 'react'
import { ImportReportView } from '../components/ImportReport'
import { Button, ButtonRow } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { ErrorState } from '../../components/ui/ErrorState'
import { Field } from '../../components/ui/Field'
import { Loading } from '../../components/ui/Loading'
import type { ImportReport } from '../../domain/places/api'
import { importFormatOf } from '../../domain/places/encoding'
import { useCalls } from '../../data/use-calls'
import { placeCalls } from '../../data/places'
import { PICK_FILE_HINT, PICK_FILE_LABEL, pickImportFile, type PickedFile } from '../../services/import-file'
import { useStaffMe } from '../../stores/useSessionStore'
import { StaffOnly } from '../components/StaffOnly'
import './index.scss'

type Step =
  | { kind: 'pick' }
  | { kind: 'checked'; file: PickedFile; report: ImportReport }
  | { kind: 'done'; file: PickedFile; report: ImportReport }

export default function PlacesImportPage() {
  const me = useStaffMe()
  const calls = useCalls(placeCalls)
  const { busy } = calls
  const [step, setStep] = useState<Step>({ kind: 'pick' })
  const [source, setSource] = useState('')
  const [error, setError] = useState<string | null>(null)

  const send = async (file: PickedFile, dryRun: boolean) => {
    setError(null)
    const r = await calls.importPlaces({
      base64: file.base64,
      format: importFormatOf(file.name),
      source: source.trim() || undefined,
      dryRun
    })
    if (!r.ok) return setError(r.error.message)
    setStep({ kind: dryRun ? 'checked' : 'done', file, report: r.data })
  }

  // The picker opens first, in the tap itself (no await before it).
  const pick = () => {
    const picking = pickImportFile()
    setError(null)
    void picking.then((picked) => {
      if (picked.ok) void send(picked.file, true)
      else if (!picked.cancelled) setError(picked.message)
    })
  }

  const writes = step.kind === 'checked' ? step.report.added + step.report.updated : 0
  return (
    <StaffOnly
      className='places-import'
      me={me}
      may='importPlaces'
      refusal='只有区级管理员可以导入地点数据。如需更新托育机构名录，请联系区级管理员。'
    >
      {step.kind === 'pick' ? (
        <Card title='导入托育机构备案名录' className='places-import__intro'>
          <Text className='places-import__text'>
            支持 CSV 和 JSON，编码可以是 UTF-8、UTF-16 或 GBK（Excel 直接另存的
            CSV）。先试运行：看清会新增、更新和拒绝哪些行，确认后才写入。
          </Text>
          <Text className='places-import__text muted'>{PICK_FILE_HINT}</Text>
          <Field
            label='来源说明（可选）'
            className='places-import__source'
            value={source}
            maxLength={200}
            placeholder='如：全国托育机构备案信息（2026年11月导出）'
            onInput={setSource}
          />
          <Button variant='primary' block className='places-import__pick' busy={busy} onClick={pick}>
            {PICK_FILE_LABEL}
          </Button>
        </Card>
      ) : (
        <Text className='places-import__file muted'>
          文件：{step.file.name}（{Math.max(1, Math.round(step.file.size / 1024))} KB）
        </Text>
      )}
      {busy ? <Loading text={step.kind === 'checked' ? '正在导入…' : '正在检查文件…'} /> : null}
      {error ? <ErrorState message={error} /> : null}
      {step.kind !== 'pick' ? <ImportReportView report={step.report} /> : null}
      {step.kind === 'checked' ? (
        <ButtonRow className='places-import__actions'>
          <Button className='places-import__cancel' onClick={() => setStep({ kind: 'pick' })}>
            换一个文件
          </Button>
          <Button
            variant='primary'
            className='places-import__confirm'
            busy={busy}
            disabled={writes === 0}
            onClick={() => void send(step.file, false)}
          >
            {writes ? `确认导入（${writes} 条）` : '没有要写入的行'}
          </Button>
        </ButtonRow>
      ) : null}
      {step.kind === 'done' ? (
        <Button block className='places-import__again' onClick={() => setStep({ kind: 'pick' })}>
          再导入一个文件
        </Button>
      ) : null}
    </StaffOnly>
  )
}
