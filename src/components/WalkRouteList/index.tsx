// 儿童友好步行路线 under the map: each route drawn on it, by name, with its length, what it is and
// where it comes from (the day it was checked). Nothing when no route has been entered.
import { Text, View } from '@tarojs/components'
import { lengthLabel, routeLengthM, type PublicWalkRoute } from '../../domain/places/walk-routes'
import { Card } from '../ui/Card'
import './index.scss'

export function WalkRouteList({ routes }: { routes: readonly PublicWalkRoute[] }) {
  if (routes.length === 0) return null
  return (
    <Card className='walk-route-list' title='儿童友好步行路线'>
      <Text className='muted'>地图上的绿线，是区里核实过的适合孩子步行的路线。</Text>
      {routes.map((r) => (
        <View key={r.id} className='walk-route-list__item'>
          <Text className='walk-route-list__name'>
            {r.name} · 全长{lengthLabel(routeLengthM(r.points))}
          </Text>
          {r.description ? <Text className='walk-route-list__text'>{r.description}</Text> : null}
          <Text className='muted walk-route-list__source'>
            来源：{r.source}（{r.verifiedOn} 核实）
          </Text>
        </View>
      ))}
    </Card>
  )
}
