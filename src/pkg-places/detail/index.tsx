// Place detail (filled in by the places pages work).
import { Text } from '@tarojs/components'
import { PageShell } from '../../components/PageShell'

export default function PlaceDetailPage() {
  return (
    <PageShell>
      <Text>地点详情</Text>
    </PageShell>
  )
}
