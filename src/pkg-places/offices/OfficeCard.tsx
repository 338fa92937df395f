// One office of the directory: what the street entered (address, phones to tap, office hours, a
// point to navigate to) with its source and date, or 暂无 for each fact nobody entered — never a
// guessed number.
import { Text, View } from '@tarojs/components'
import { headingProps } from '../../components/a11y'
import { Button, ButtonRow } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import type { PublicOffice } from '../../domain/places/offices'
import { NAVIGATION_AVAILABLE, openMapTo } from '../../services/open-location'
import { callPhone } from '../../services/phone'

export function OfficeCard({ office, mine }: { office: PublicOffice; mine: boolean }) {
  const loc = office.location
  return (
    <Card className={`office-card ${mine ? 'office-card--mine' : ''}`}>
      <Text className='office-card__name' {...headingProps(3)}>
        {office.name}
        {mine ? '（你选的社区）' : ''}
      </Text>
      {!office.entered ? (
        <Text className='muted office-card__none'>街道还没有录入这里的地址和电话，暂无。</Text>
      ) : (
        <>
          <Text className='office-card__line'>地址：{office.address ?? '暂无'}</Text>
          {office.hours.length ? (
            // The label once, beside a line a group of days (周一至周五 …, 周六、周日 休息).
            <View className='office-card__line office-card__hours'>
              <Text>办公时间：</Text>
              <View className='office-card__hours-lines'>
                {office.hours.map((line) => (
                  <Text key={line}>{line}</Text>
                ))}
              </View>
            </View>
          ) : (
            <Text className='office-card__line'>办公时间：暂无</Text>
          )}
          {office.hoursNote ? <Text className='muted office-card__line'>{office.hoursNote}</Text> : null}
          <ButtonRow>
            {office.phones.length ? (
              office.phones.map((phone) => (
                <Button key={phone} size='small' className='office-card__call' onClick={() => void callPhone(phone)}>
                  拨打 {phone}
                </Button>
              ))
            ) : (
              <Text className='office-card__line'>电话：暂无</Text>
            )}
            {loc ? (
              <Button
                size='small'
                className='office-card__navigate'
                onClick={() =>
                  void openMapTo({
                    latitude: loc.latitude,
                    longitude: loc.longitude,
                    name: office.name,
                    address: office.address ?? ''
                  })
                }
              >
                {NAVIGATION_AVAILABLE ? '导航' : '查看位置'}
              </Button>
            ) : null}
          </ButtonRow>
          <Text className='muted office-card__source'>
            信息来源：{office.source} · {office.verifiedOn} 核实
          </Text>
        </>
      )}
    </Card>
  )
}
