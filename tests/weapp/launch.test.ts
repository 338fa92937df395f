/**
 * The launch does no work the first screen does not need before that screen: who the user is
 * (user.whoami) and the 我的 badge (suggestions.listMine) are asked only after the first page's
 * first setData, and then they are asked.
 */
import { teardownApp, until } from './harness'
import { recordLaunch } from './launch-order'

jest.setTimeout(20000)

const quiet = (name: string) =>
  name === 'user'
    ? { ok: true, data: { idHint: '…abcd', role: 'citizen', roleLabel: '居民', scope: {}, backend: 'wechat' } }
    : { ok: true, data: { items: [] } }

describe('the launch', () => {
  afterEach(teardownApp)

  it.each(['pages/home/index', 'pages/map/index'])(
    'asks the cloud nothing for the launch before %s has rendered, and afterwards does',
    async (route) => {
      const launch = await recordLaunch(route, quiet)
      const before = launch.calls.slice(0, launch.beforeFirstScreen)
      expect(before).not.toContain('user.whoami')
      expect(before).not.toContain('suggestions.listMine')
      await until(
        () => launch.calls.includes('user.whoami') && launch.calls.includes('suggestions.listMine'),
        'the launch work after the first screen'
      )
    }
  )
})
