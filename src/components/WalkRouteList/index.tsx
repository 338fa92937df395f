// 儿童友好步行路线 under the map: each route drawn on it, by name, with its length, what it is and
// where it comes from (the day it was checked); a tap frames it on the map. Nothing when no route
// has been entered.
import { Text, View } from '@tarojs/components'
import { lengthLabel, routeLengthM, type PublicWalkRoute } from '../../domain/places/walk-routes'
import { Card } from '../ui/Card'
import './index.scss'

interface Props {
  routes: readonly PublicWalkRoute[]
  /** A route tapped: the map frames it. */
  onShow: (route: PublicWalkRoute) => void
}

export function WalkRouteList({ routes, onShow }: Props) {
  if (routes.length === 0) return null
  return (
    <Card className='walk-route-list' title='儿童友好步行路线'>
      <Text className='muted'>地图上的绿线，是区里核实过的适合孩子步行的路线。</Text>
      {routes.map((r) => (
        // The whole item is the target; its button says what a tap does, naming the route.
        <View key={r.id} className='walk-route-list__item' onClick={() => onShow(r)}>
          <Text className='walk-route-list__name'>
            {r.name} · 全长{lengthLabel(routeLengthM(r.points))}
          </Text>
          {r.description ? <Text className='walk-route-list__text'>{r.description}</Text> : null}
          <Text className='muted walk-route-list__source'>
            来源：{r.source}（{r.verifiedOn} 核实）
          </Text>
          <View className='walk-route-list__show' ariaRole='button' ariaLabel={`在地图上看 ${r.name}`}>
            在地图上看 ›
          </View>
        </View>
      ))}
    </Card>
  )
}
