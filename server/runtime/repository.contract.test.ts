// Runs the repository contract against both implementations: SQLite (local backend, tests) and
// the CloudBase adapter over the in-memory fake of CloudBase's documented behaviour.
import { CloudBaseRepository } from './cloudbase'
import { fakeCloudBase } from './cloudbase-fake'
import { repositoryContract } from './repository.contract'
import { tempRepo } from './test-repo'

repositoryContract('SQLite', () => tempRepo())

repositoryContract('CloudBase adapter over the CloudBase fake', () => ({
  repo: new CloudBaseRepository(fakeCloudBase()),
  cleanup: () => undefined
}))
