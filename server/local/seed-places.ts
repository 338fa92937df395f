// Places for the local backend's first start (filled in by the places work): the confirmed
// places from the facts file, plus a demo set of childcare centres marked demo: true.
import type { Repository } from '../runtime/repository'

export async function seedPlaces(_repo: Repository): Promise<void> {}
