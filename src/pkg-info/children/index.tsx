// 儿童个人信息保护规则, for guardians: reached from the privacy sheet, the guardian's consent before
// 说出来 and before a contact, and the about page. The words come from src/domain (children-rules),
// which builds them from the rules the code follows.
import { Text, View } from '@tarojs/components'
import { headingProps } from '../../components/a11y'
import { PageShell } from '../../components/PageShell'
import { InfoSections } from '../InfoSections'
import { Button } from '../../components/ui/Button'
import { childrenRules } from '../../domain/suggestions/children-rules'
import { env } from '../../env'
import { openPrivacyContract } from '../../services/privacy'
import '../about/index.scss'

export default function ChildrenRulesPage() {
  return (
    <PageShell className='about children-rules'>
      <InfoSections sections={childrenRules()} />
      <View className='about__section'>
        <View {...headingProps(2)}>
          <Text className='section-title'>谁负责</Text>
        </View>
        <Text className='about__body'>
          {env.childPrivacyContact
            ? `儿童个人信息保护的负责人：${env.childPrivacyContact}。`
            : '小程序的运营者和联系方式写在微信的《隐私保护指引》里。'}
          有问题或想删除孩子的信息，也可以通过所在社区联系我们。
        </Text>
        <Button className='children-rules__guide' onClick={openPrivacyContract}>
          查看《隐私保护指引》
        </Button>
      </View>
    </PageShell>
  )
}
