/** Where a piece of server data is on its way to a screen: the one status every loader reports. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'
