import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { SqliteRepository } from '../server/adapters/sqlite'
import type { PlaceDoc } from '../src/domain/places/model'
import { pinyinKey } from '../src/domain/places/pinyin'
import { runImportCommand } from './import-places'

const ROOT = resolve(__dirname, '..')
const SAMPLE = join(ROOT, 'scripts/fixtures/places-sample.csv')
const SAMPLE_GBK = join(ROOT, 'scripts/fixtures/places-sample-gbk.csv')
// The CLI check spawns tsx; give it room on a loaded two-core machine.
jest.setTimeout(30000)

describe('scripts/import-places.ts', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'yimi-import-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const stored = () => {
    const repo = new SqliteRepository(join(dir, 'cloud.sqlite'))
    const all = repo.collection<PlaceDoc>('places').find({})
    return all.finally(() => repo.close())
  }

  it('imports the sample into a fresh database and prints the report in Chinese', async () => {
    const { code, output } = await runImportCommand([SAMPLE, '--data', dir], new Date('2026-11-28T02:00:00Z'))
    expect(code).toBe(2)
    const lines = output.split('\n')
    expect(lines[0]).toBe('导入完成：共 9 行，新增 3，更新 0，未变 0，拒绝 6')
    expect(output).toContain('第 2 行 示例托育中心（导入一）（新增，cc-52500103TY0000001Y）')
    expect(output).toContain('第 5 行 （无名称）：缺少机构名称（institution_name）')
    expect(output).toContain('第 6 行 示例托育中心（坐标在区外）：坐标（29.559, 106.452）不在渝中区范围内')
    expect(output).toContain('第 7 行 示例托育中心（电话有误）：电话“12345”格式不对')
    expect(output).toContain('第 8 行 示例托育中心（时间有误）：营业时间格式有误')
    expect(output).toContain('第 9 行 示例托育中心（代码重复）：统一社会信用代码与第 2 行重复')
    const places = await stored()
    expect(places.map((p) => p._id).sort()).toEqual([
      'cc-52500103TY0000001Y',
      'cc-52500103TY00000022',
      'cc-52500103TY00000035'
    ])
    expect(places.every((p) => p.demo === true)).toBe(true)
    // Each with its name in pinyin, for the phone's name search (示例托育中心 → shilituoyuzhongxin).
    expect(places.map((p) => p.pinyin)).toEqual(places.map((p) => pinyinKey(`${p.name} ${p.alias ?? ''}`)))
    expect(places.find((p) => p._id === 'cc-52500103TY0000001Y')?.pinyin).toContain('shilituoyuzhongxin')
  })

  it('reads a GBK export (Excel on Chinese Windows) and names the encoding', async () => {
    const { output } = await runImportCommand([SAMPLE_GBK, '--data', dir, '--dry-run'])
    const lines = output.split('\n')
    expect(lines[0]).toBe('试运行（未写入）：共 9 行，新增 3，更新 0，未变 0，拒绝 6')
    expect(lines[1]).toBe('文件编码：GBK')
    expect(output).toContain('第 2 行 示例托育中心（导入一）（新增，cc-52500103TY0000001Y）')
  })

  it('updates on a second run, and a dry run writes nothing', async () => {
    const dry = await runImportCommand([SAMPLE, '--data', dir, '--dry-run'])
    expect(dry.output).toMatch(/^试运行（未写入）：共 9 行，新增 3/)
    expect(await stored()).toEqual([])
    await runImportCommand([SAMPLE, '--data', dir])
    const again = await runImportCommand([SAMPLE, '--data', dir, '--source', '第二次导入'])
    expect(again.output.split('\n')[0]).toBe('导入完成：共 9 行，新增 0，更新 3，未变 0，拒绝 6')
    expect((await stored()).every((p) => p.source === '第二次导入')).toBe(true)
  })

  it('exits 0 when every row is good, 1 for a missing or unreadable file', async () => {
    const good = join(dir, 'good.json')
    writeFileSync(
      good,
      JSON.stringify([
        { institution_name: '示例托育（JSON）', credit_code: '52500103TY00003010', lat: 29.56, lng: 106.57, demo: true }
      ])
    )
    expect((await runImportCommand([good, '--data', dir])).code).toBe(0)
    expect(await runImportCommand([])).toMatchObject({ code: 1, output: expect.stringContaining('用法') })
    expect(await runImportCommand([join(dir, 'missing.csv'), '--data', dir])).toMatchObject({
      code: 1,
      output: expect.stringContaining('无法读取文件')
    })
    const broken = join(dir, 'broken.json')
    writeFileSync(broken, '[{"institution_name": ')
    expect(await runImportCommand([broken, '--data', dir])).toMatchObject({
      code: 1,
      output: expect.stringContaining('JSON 格式有误')
    })
  })

  it('runs from the command line with tsx', () => {
    let status = 0
    let stdout = ''
    try {
      stdout = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/import-places.ts', SAMPLE, '--data', dir], {
        cwd: ROOT,
        encoding: 'utf8'
      })
    } catch (e) {
      const err = e as { status: number; stdout: string }
      status = err.status
      stdout = err.stdout
    }
    expect(status).toBe(2)
    expect(stdout).toContain('新增 3')
  })
})
