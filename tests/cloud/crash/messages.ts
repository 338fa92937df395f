/**
 * WeChat's subscribeMessage.send takes no idempotency key: a call that dies after the send and
 * before the write recording it sends again on its retry. At least once, never lost; the local
 * notifier's record of a message stands for the message.
 */
export const MESSAGES_AT_LEAST_ONCE = {
  collection: 'notifications',
  where: () => true,
  why: 'a subscribe message sent by a call that died before recording it is sent again by the retry'
}
