import Taro from '@tarojs/taro'

/** Calls back whenever the phone gets a connection again. */
export function onNetworkBack(listener: () => void): () => void {
  const handler = (r: { isConnected: boolean }) => r.isConnected && listener()
  Taro.onNetworkStatusChange(handler)
  return () => Taro.offNetworkStatusChange(handler)
}
