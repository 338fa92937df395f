// npm run backup / restore (scripts/backup-lib.ts): back up, wipe, restore, compare — on SQLite and
// on the CloudBase adapter over the CloudBase fake; a damaged or partial backup, or a target that
// holds data, is refused with a Chinese message and nothing is written.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BackupRefused, backUp, backupFolderName, restore } from '../../scripts/backup-lib'
import { seedDemoData } from '../../server/local/seed'
import { seedStaffDemo } from '../../server/local/seed-staff'
import { CloudBaseRepository } from '../../server/adapters/cloudbase'
import { fakeCloudBase } from '../fakes/cloudbase-fake'
import type { Repository } from '../../server/adapters/repository'
import { SqliteRepository } from '../../server/adapters/sqlite'
import { filesIn, snapshot } from './crash/state'

const AT = new Date('2026-12-06T03:04:05.000Z')

const backends: Array<[string, () => { repo: Repository; close(): void }]> = [
  [
    'SQLite',
    () => {
      const repo = new SqliteRepository(':memory:')
      return { repo, close: () => repo.close() }
    }
  ],
  [
    'the CloudBase adapter over the CloudBase fake',
    () => ({ repo: new CloudBaseRepository(fakeCloudBase()), close: () => undefined })
  ]
]

describe.each(backends)('backup and restore: %s', (_label, open) => {
  let root: string
  let source: ReturnType<typeof open>
  let target: ReturnType<typeof open>
  const files = () => join(root, 'files')
  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'yimi-backup-'))
    source = open()
    target = open()
    await seedDemoData(source.repo, AT)
    await seedStaffDemo(source.repo, AT)
    await source.repo.collection('app_events').put({ _id: 'nested', data: { a: [1, { b: null }], t: true } } as never)
    mkdirSync(files())
    writeFileSync(join(files(), 'photo-0001.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]))
    writeFileSync(join(files(), 'voice-0001.mp3'), 'ID3 recording')
  })
  afterEach(() => {
    source.close()
    target.close()
    rmSync(root, { recursive: true, force: true })
  })

  it('restores every collection and file exactly (back up, wipe, restore, compare)', async () => {
    const dir = join(root, 'backups', backupFolderName(AT))
    const manifest = await backUp(source.repo, files(), dir, AT)
    expect(backupFolderName(AT)).toBe('2026-12-06T03-04-05.000Z')
    expect(manifest.collections.places.count).toBeGreaterThan(0)
    expect(Object.keys(manifest.files)).toEqual(['photo-0001.jpg', 'voice-0001.mp3'])
    const restoredFiles = join(root, 'restored-files')
    await restore(target.repo, restoredFiles, dir)
    expect(await snapshot(target.repo)).toEqual(await snapshot(source.repo))
    expect(filesIn(restoredFiles)).toEqual(filesIn(files()))
  })

  const refusedWithNothingWritten = async (dir: string, message: RegExp) => {
    const restoredFiles = join(root, 'restored-files')
    await expect(restore(target.repo, restoredFiles, dir)).rejects.toThrow(message)
    await expect(restore(target.repo, restoredFiles, dir)).rejects.toBeInstanceOf(BackupRefused)
    for (const docs of Object.values(await snapshot(target.repo))) expect(docs).toEqual([])
    expect(filesIn(restoredFiles)).toEqual({})
  }

  it('refuses a backup cut short (no manifest), a missing collection, a changed or missing file', async () => {
    const dir = join(root, 'b')
    await backUp(source.repo, files(), dir, AT)

    writeFileSync(join(dir, 'collections', 'places.jsonl'), '{"_id":"x"}\n', { flag: 'a' })
    await refusedWithNothingWritten(dir, /备份不完整或已损坏，没有恢复任何数据：collections\/places.jsonl 的校验值不符/)

    rmSync(dir, { recursive: true })
    await backUp(source.repo, files(), dir, AT)
    writeFileSync(join(dir, 'files', 'voice-0001.mp3'), 'changed')
    await refusedWithNothingWritten(dir, /文件 voice-0001.mp3 的校验值不符/)
    unlinkSync(join(dir, 'files', 'voice-0001.mp3'))
    await refusedWithNothingWritten(dir, /缺少图片或录音文件 voice-0001.mp3/)

    rmSync(dir, { recursive: true })
    await backUp(source.repo, files(), dir, AT)
    unlinkSync(join(dir, 'collections', 'staff.jsonl'))
    await refusedWithNothingWritten(dir, /缺少文件 collections\/staff.jsonl/)
    unlinkSync(join(dir, 'manifest.json'))
    await refusedWithNothingWritten(dir, /缺少 manifest.json/)
  })

  it('refuses to restore over data, and a backup into a folder that exists', async () => {
    const dir = join(root, 'b')
    await backUp(source.repo, files(), dir, AT)
    await expect(backUp(source.repo, files(), dir, AT)).rejects.toThrow(/备份目录已存在/)
    await expect(restore(source.repo, join(root, 'empty'), dir)).rejects.toThrow(
      /目标数据库或文件夹里已经有数据，没有恢复任何数据/
    )
    expect(readdirSync(dir).sort()).toEqual(['collections', 'files', 'manifest.json'])
  })
})
