// Runs the repository contract against both implementations: SQLite (local backend, tests) and
// the CloudBase adapter over the in-memory fake of CloudBase's documented behaviour.
import { CloudBaseRepository } from './cloudbase'
import { fakeCloudBase } from '../../tests/fakes/cloudbase-fake'
import { repositoryContract } from '../../tests/server/repository.contract'
import { tempRepo } from '../../tests/server/test-repo'

repositoryContract('SQLite', () => tempRepo())

repositoryContract('CloudBase adapter over the CloudBase fake', () => ({
  repo: new CloudBaseRepository(fakeCloudBase()),
  cleanup: () => undefined
}))
