/**
 * Every platform pair (x.weapp.ts(x) / x.h5.ts(x)) has one contract that names both files
 * (src/platform-contract.ts), and the WeChat typecheck (tsconfig.weapp.json) fails when the WeChat
 * file drifts from it. The drifted files exist only in memory: tsc reads them through a host.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import ts from 'typescript'

const ROOT = join(__dirname, '..')
const SRC = join(ROOT, 'src')

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? walk(p) : [p]
  })
const files = walk(SRC).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
const weappFiles = files.filter((f) => /\.weapp\.tsx?$/.test(f))
const contracts = files.filter((f) => /\bImplements<[\s\S]*typeof import\(/.test(readFileSync(f, 'utf8')))
const rel = (f: string) => relative(ROOT, f).split(sep).join('/')

/** The errors tsc reports in `roots` under tsconfig.weapp.json, with some files' text replaced. */
function weappErrors(roots: string[], replaced: Record<string, string>): ts.Diagnostic[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.weapp.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'))
      }
    }
  )
  if (!config) throw new Error('tsconfig.weapp.json did not parse')
  const host = ts.createCompilerHost(config.options)
  const { getSourceFile, readFile } = host
  host.readFile = (name) => replaced[name] ?? readFile(name)
  host.getSourceFile = (name, language, ...rest) =>
    name in replaced ? ts.createSourceFile(name, replaced[name], language) : getSourceFile(name, language, ...rest)
  const program = ts.createProgram(roots, config.options, host)
  return ts.getPreEmitDiagnostics(program).filter((d) => d.file && roots.includes(d.file.fileName))
}

jest.setTimeout(120_000)

describe('platform contracts', () => {
  it('every WeChat file has a browser twin and a contract that names both', () => {
    const missing = weappFiles.flatMap((weapp) => {
      const base = weapp.replace(/\.weapp\.tsx?$/, '')
      const name = `./${base.slice(dirname(base).length + 1)}`
      const twin = files.find((f) => f === `${base}.h5.ts` || f === `${base}.h5.tsx`)
      const contract = contracts.find((c) => {
        const text = readFileSync(c, 'utf8')
        return (
          dirname(c) === dirname(base) &&
          text.includes(`typeof import('${name}.weapp')`) &&
          text.includes(`typeof import('${name}.h5')`)
        )
      })
      return [...(twin ? [] : [`${rel(weapp)}: no .h5 twin`]), ...(contract ? [] : [`${rel(weapp)}: no contract`])]
    })
    expect(missing).toEqual([])
    expect(weappFiles.length).toBeGreaterThanOrEqual(19)
  })

  it('the WeChat typecheck fails when a WeChat file changes a signature of its contract', () => {
    const weapp = join(SRC, 'services/speech.weapp.ts')
    const contract = join(SRC, 'services/speech-types.ts')
    const text = readFileSync(weapp, 'utf8')
    const drifted = text.replace(
      'export async function speak(text: string)',
      'export async function speak(text: string, rate: number)'
    )
    expect(drifted).not.toBe(text)

    expect(weappErrors([contract], {}).map((d) => d.messageText)).toEqual([])
    const errors = weappErrors([contract], { [weapp]: drifted })
    expect(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n')).toMatch(
      /does not satisfy the constraint 'SpeechPlatform'[\s\S]*speak/
    )
  })

  it('every contract checks its WeChat file: one without the exports fails each of them', () => {
    const emptied = Object.fromEntries(weappFiles.map((f) => [f, 'export {}\n']))
    const failing = new Set(weappErrors(contracts, emptied).map((d) => rel(d.file!.fileName)))
    expect(contracts.map(rel).filter((c) => !failing.has(c))).toEqual([])
  })
})
