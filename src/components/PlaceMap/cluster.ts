// Grid clustering for the browser plane, the same idea as WeChat's joinCluster: markers whose
// pixels fall in the same cell become one bubble with a count, and a tap on it zooms in.
export interface PlacedPoint {
  id: number
  x: number
  y: number
}

export interface Cluster {
  ids: number[]
  /** Mean pixel position of the members. */
  x: number
  y: number
}

export function clusterByGrid(points: readonly PlacedPoint[], cellPx: number): Cluster[] {
  const cells = new Map<string, Cluster>()
  for (const p of points) {
    const key = `${Math.floor(p.x / cellPx)}:${Math.floor(p.y / cellPx)}`
    const c = cells.get(key)
    if (c) {
      c.x = (c.x * c.ids.length + p.x) / (c.ids.length + 1)
      c.y = (c.y * c.ids.length + p.y) / (c.ids.length + 1)
      c.ids.push(p.id)
    } else cells.set(key, { ids: [p.id], x: p.x, y: p.y })
  }
  return [...cells.values()]
}
