// The deployment files: what tcb and WeChat DevTools read, checked without Tencent Cloud.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { checkDeployFiles, renderFunctions } from './deploy-functions'
import { CLOUDBASERC, FUNCTIONS_DIR, checkFunctionConfig, readFunctionConfig } from './functions-config'

const folders = readdirSync(FUNCTIONS_DIR).filter((n) => statSync(join(FUNCTIONS_DIR, n)).isDirectory())
const rc = JSON.parse(readFileSync(CLOUDBASERC, 'utf8')) as {
  envId: string
  functionRoot: string
  functions: Array<{ name: string; envVariables?: Record<string, string> }>
}

describe('deployment files', () => {
  it.each(folders)('%s has a config.json that tcb and DevTools accept', (name) => {
    expect(checkFunctionConfig(name, readFunctionConfig(name))).toEqual([])
  })

  it('cloudbaserc.json lists every function folder and matches their config.json', () => {
    expect(rc.functions.map((f) => f.name).sort()).toEqual([...folders].sort())
    expect(rc.functionRoot).toBe('./cloudfunctions')
    expect(rc.envId).toBe('{{env.CLOUDBASE_ENV_ID}}')
    expect(checkDeployFiles()).toEqual([])
  })

  it('purge has its daily timer at 03:30', () => {
    expect(readFunctionConfig('purge').triggers).toEqual([
      { name: 'purgePersonalData', type: 'timer', config: '0 30 3 * * * *' }
    ])
  })

  it('the functions that read SUBSCRIBE_TEMPLATE_REPLY get it from the deploying shell, or not at all', () => {
    const withVar = rc.functions.filter((f) => f.envVariables?.SUBSCRIBE_TEMPLATE_REPLY).map((f) => f.name)
    // places: a 纠错's outcome goes to its reporter with the reply template.
    expect(withVar.sort()).toEqual(['places', 'staff', 'user'])
    const unset = renderFunctions({}, ['staff'])
    expect(unset.functions[0].envVariables).toEqual({})
    expect(unset.notes.join()).toContain('SUBSCRIBE_TEMPLATE_REPLY')
    expect(renderFunctions({ SUBSCRIBE_TEMPLATE_REPLY: 'tpl' }, ['user']).functions[0].envVariables).toEqual({
      SUBSCRIBE_TEMPLATE_REPLY: 'tpl'
    })
  })
})
