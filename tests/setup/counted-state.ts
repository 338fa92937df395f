// React 18 ignores (silently) a state update after unmount, so a hook's own "nothing set after
// unmount" guard is seen through the setters it calls: with react mocked by countingReact(),
// every useState setter call is counted in stateUpdates.
//   jest.mock('react', () => jest.requireActual('<path>/tests/setup/counted-state').countingReact())
export const stateUpdates = { count: 0 }

export function countingReact() {
  const actual = jest.requireActual('react')
  return {
    ...actual,
    useState: (initial: unknown) => {
      const [value, set] = actual.useState(initial)
      return [
        value,
        (next: unknown) => {
          stateUpdates.count++
          set(next)
        }
      ]
    }
  }
}
