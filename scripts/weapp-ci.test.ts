/** upload:weapp and preview:weapp send only a production build that names its cloud environment. */
import { buildRecordProblem } from './weapp-ci'

describe('which build may be uploaded', () => {
  it('a production build with its cloud environment', () => {
    expect(buildRecordProblem({ mode: 'production', watch: false, cloudEnv: true })).toBeNull()
  })

  it('not the tests’ check build, a watch build, one without a cloud environment, or an unknown one', () => {
    for (const record of [
      { mode: 'check', watch: false, cloudEnv: false },
      { mode: 'production', watch: true, cloudEnv: true },
      { mode: 'production', watch: false, cloudEnv: false },
      null
    ])
      expect(buildRecordProblem(record)).toContain('npm run build:weapp')
  })
})
