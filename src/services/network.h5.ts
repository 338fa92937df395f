// Browser: the online event says the network is back.
export function onNetworkBack(listener: () => void): () => void {
  window.addEventListener('online', listener)
  return () => window.removeEventListener('online', listener)
}
