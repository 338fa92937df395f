// 机构照片 on a place's page: the photos a district admin added (confirmed public, no child who
// could be recognised), a row that scrolls sideways; a tap opens them full screen.
import { Image, View } from '@tarojs/components'
import { imageProps, scrollRegionProps } from '../../components/a11y'
import { previewPhotos } from '../../services/photo-viewer'

export function Photos({ name, urls }: { name: string; urls: string[] }) {
  if (!urls.length) return null
  return (
    <View className='place-detail__photos' {...scrollRegionProps(`${name}的照片`)}>
      {urls.map((url, i) => (
        <Image
          key={url}
          className='place-detail__photo'
          src={url}
          mode='aspectFill'
          lazyLoad
          onClick={() => previewPhotos(urls, i)}
          {...imageProps(`${name}的照片 ${i + 1}`)}
        />
      ))}
    </View>
  )
}
