// The browser's large cache: split over keys of at most CHUNK_CHARS, read back whole, and a
// half-written cache reads as none.
import Taro from '@tarojs/taro'
import { CHUNK_CHARS, readLargeCache, writeLargeCache } from './files'

describe('large cache (browser)', () => {
  beforeEach(() => Taro.clearStorageSync())

  it('splits a value larger than one key over several and reads it back', () => {
    const text = 'x'.repeat(CHUNK_CHARS * 2 + 5)
    expect(writeLargeCache('places', text)).toBe(true)
    expect(Taro.getStorageSync('places#chunks')).toBe('3')
    expect(readLargeCache('places')).toBe(text)
    // A smaller value later frees the chunks it no longer needs.
    expect(writeLargeCache('places', 'short')).toBe(true)
    expect(readLargeCache('places')).toBe('short')
    expect(Taro.getStorageSync('places#1')).toBe('')
  })

  it('a missing chunk means no cache', () => {
    writeLargeCache('places', 'y'.repeat(CHUNK_CHARS + 1))
    Taro.removeStorageSync('places#1')
    expect(readLargeCache('places')).toBeNull()
    expect(readLargeCache('never-written')).toBeNull()
  })
})
