// 工作工具: every staff page beside the inbox, grouped by what it is for, each with one line on what
// it does; only those the caller's role may use. The inbox's own row keeps the daily ones.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Card, CardRow } from '../../components/ui/Card'
import { useStaffMe } from '../../stores/useSessionStore'
import { StaffOnly } from '../components/StaffOnly'
import { toolGroupsFor, toolUrl } from './tools'
import './index.scss'

const REFUSAL = '这里是工作人员的工具。如果你在社区、街道或区里的部门工作，请联系区级管理员开通账号。'

export default function StaffToolsPage() {
  const me = useStaffMe()
  return (
    <StaffOnly className='staff-tools' me={me} may='list' refusal={REFUSAL}>
      {me ? (
        <Text className='muted staff-tools__who'>
          {me.roleLabel}
          {me.name ? ` · ${me.name}` : ''}
        </Text>
      ) : null}
      {toolGroupsFor(me?.can ?? {}).map((group) => (
        <Card key={group.title} title={group.title} className='staff-tools__group'>
          {group.tools.map((tool) => (
            <CardRow
              key={tool.page}
              className='staff-tools__link'
              end='›'
              onClick={() => Taro.navigateTo({ url: toolUrl(tool) })}
            >
              <View className='staff-tools__text'>
                <Text className='staff-tools__label'>{tool.label}</Text>
                <Text className='muted staff-tools__hint'>{tool.hint}</Text>
              </View>
            </CardRow>
          ))}
        </Card>
      ))}
    </StaffOnly>
  )
}
