// WeChat's logic layer has no idle callback: the next turn, after the setData calls in flight.
import type { WhenIdle } from './when-idle-types'

export const whenIdle: WhenIdle = (task) => {
  setTimeout(task, 0)
}
