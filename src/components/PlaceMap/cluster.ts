// Grid clustering for the browser plane, the same idea as WeChat's joinCluster: markers whose
// pixels fall in the same cell become one bubble with a count, and a tap on it zooms in.
export interface PlacedPoint {
  id: number
  x: number
  y: number
  /** How many places the point stands for (a group from markersForViewport); 1 by default. */
  count?: number
}

export interface Cluster {
  ids: number[]
  /** Places in it: the members' counts added up. */
  count: number
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
      c.count += p.count ?? 1
    } else cells.set(key, { ids: [p.id], count: p.count ?? 1, x: p.x, y: p.y })
  }
  return [...cells.values()]
}
