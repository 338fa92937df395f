import { PageShell } from '../../components/PageShell'
import { InfoSections } from '../InfoSections'
import { openChildrenRules } from '../../components/PrivacySheet/children-rules-link'
import { Button } from '../../components/ui/Button'
import './index.scss'
import { REPORTER_RETENTION_DAYS } from '../../domain/places/correction-words'
import { retentionParagraph } from '../../domain/suggestions/retention-text'

const SECTIONS = [
  {
    title: '这是什么',
    body: '“渝中 · 一米高度”是渝中区儿童友好城市建设的小程序：帮家长找到身边的儿童服务，让小朋友和居民对城市提出建议，并公开行动计划的内容。'
  },
  {
    title: '我们收集什么',
    body: `只收集完成功能所必需的信息：查找附近地点时使用你的位置（只在你同意后，且不保存）；提交建议时保存建议内容、图片和你选择的街道，以及你点了“使用我的位置”或在地图上选出的位置（可不附；只给处理建议的工作人员看，不公开）；照片在手机上重新绘制，服务器收到后还会再去掉其中的拍摄位置、时间和设备等信息（不改动画面）。小朋友选择“说出来”时，先请家长读说明并同意，然后只在按住按钮（或点了开始）时用麦克风录音，最长 60 秒；录音只给处理建议的工作人员听。小朋友提交建议时不需要填写姓名、电话或学校。报告地点信息有误（纠错）时，只保存你选的问题和补充说明，不需要姓名和电话；为了让你在“我的纠错”里看到结果，会记下你的微信账号标识，答复 ${REPORTER_RETENTION_DAYS} 天后删除。报名活动、预约参观托育机构时，请家长填写称呼、手机号码和孩子的年龄（不问孩子的姓名），只给组织活动或联系机构的工作人员看：他们看到的手机号隐去中间几位，查看完整号码会被记录。地点照片和活动封面由工作人员上传，确认照片里没有能认出来的孩子后才公开。`
  },
  {
    title: '保存多久',
    // Generated from the retention table: the page says what the purge does.
    body: retentionParagraph()
  },
  {
    title: '示例数据',
    body: '标有“示例”的机构和人员是开发演示用的数据，不是真实信息，请勿据此前往或拨打。'
  },
  {
    title: '什么会公开',
    body: '建议会出现在公示栏上，写明区里办到了哪一步（正在办、已采纳、已办结；不予采纳和撤回的不公示），还会列在提建议前“先看看有没有人提过”里；这样公示之前提交的建议，仍按当时的说明，等被采纳或办结后才公示。小朋友写的建议、家长替孩子写的建议，以及工作人员代录的建议，要先由街道或区里的管理员读过、去掉姓名、学校、门牌和电话等个人信息，点了“公开”后才会出现；给这些建议的每条回复也一样，管理员同意后才上公示栏。看起来像个人信息的内容（电话、身份证号、“我叫”后面的名字、学校、门牌）不会出现在公示栏、导出文件和消息通知里，除非管理员确认它不是个人信息并写明原因（会记录在案）。回复用模板时只写建议的类别，不会引用你写的话。录音从不公开，公示栏只会显示工作人员听写下来、同样审核过的文字；联系方式和准确位置从不公开；区里导出给其他部门的表格里，和孩子有关的建议只写到街道，文字要审核后才会导出。'
  },
  {
    title: '撤回与删除',
    body: '在“我的”→“我的建议”中打开一条建议：还没有办结的，可以点“撤回这条建议”，工作人员就不再处理它；任何时候都可以点“删除我的个人信息”，你写的文字、画、照片和录音（连同保存的文件）、联系方式和位置都会删除，工作人员回复和备注里引用你的话也会一起删掉，不能恢复，只留下主题、街道和处理进度。在“我的”→“我的数据”里，可以看到和你的微信账号关联的全部数据（建议、照片、画、录音、“我也想要”、纠错、“解决了吗”的回答、活动报名、参观预约），保存一份到手机，或者确认一次就全部删除。其他问题请通过所在社区联系我们。'
  }
]

export default function AboutPage() {
  return (
    <PageShell className='about'>
      <InfoSections sections={SECTIONS} />
      <Button className='about__children-rules' onClick={openChildrenRules}>
        《儿童个人信息保护规则》（给家长）
      </Button>
    </PageShell>
  )
}
