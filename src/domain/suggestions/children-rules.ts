// 儿童个人信息保护规则: what the app collects from children under 14, why, how long, who is
// responsible and how a guardian deletes it (《儿童个人信息网络保护规定》第八条 asks for rules of
// their own). Built from the rules the code follows — the consent texts, the retention table, the
// child form's fields — so the page cannot promise what the code does not do.
import { SIGNUP_RETENTION_DAYS } from '../activities/retention'
import { VISIT_RETENTION_DAYS } from '../places/visit-retention'
import { CONSENT_TEXT, VOICE_CONSENT_TEXT } from './consent'
import { councilSentence, pollAnswerSentence, retentionSentence } from './retention-text'

export interface RulesSection {
  title: string
  body: string
}

export function childrenRules(): RulesSection[] {
  return [
    {
      title: '这份规则管什么',
      body: '“渝中 · 一米高度”让小朋友也能给城市提建议。这份规则专门说明我们怎样对待不满 14 周岁儿童的个人信息，写给孩子的家长（监护人）看。'
    },
    {
      title: '从孩子那里收集什么',
      body:
        '小朋友提建议时，只保存：选的主题、写下的话或画的画、选的街道和年龄段；家长同意后，还有孩子说的话（录音，最长 60 秒）。' +
        '我们不问孩子的姓名、电话和学校；小朋友提建议时没有拍照或上传照片，也不读取手机的位置。' +
        '家长想收到回复时，由家长填写自己的称呼和手机号码（家长先同意）。孩子回答“解决了吗”时写的话或画的画也会保存。' +
        '小朋友参加快问快答时，只记下选了哪一项、是小朋友在投票，不问姓名和年龄。' +
        '孩子担任儿童议事会小代表，要先由监护人同意、街道工作人员登记：只登记昵称（不用真名）和年龄段，以及监护人的手机号码（联系小代表只通过监护人）；孩子在议事中选了哪些建议只有自己看得到，公开的只有每条建议被选的次数。' +
        `家长替孩子报名活动、预约参观托育机构时，由家长填写孩子的年龄（预约参观只问大致年龄）和家长自己的称呼、手机号码，不问孩子的姓名；活动结束 ${SIGNUP_RETENTION_DAYS} 天后、预约答复或撤回 ${VISIT_RETENTION_DAYS} 天后删除。`
    },
    {
      title: '为什么收集',
      body: `只为让街道、社区和区里的工作人员看到、处理并回复孩子的建议。${VOICE_CONSENT_TEXT.why}联系方式${CONSENT_TEXT.why}不用于其他目的，不用于商业用途，不提供给其他单位或个人。`
    },
    {
      title: '什么时候请家长同意',
      body: '孩子选择“说出来”录音之前，以及留家长的联系方式之前，都会先请家长阅读说明并点同意；说明改了，会请家长重新同意。不同意也可以提建议：写下来或画出来都可以。'
    },
    {
      title: '什么会公开',
      body: '孩子的建议要先由街道或区里的管理员读过、去掉姓名、学校、门牌和电话等个人信息，点了“公开”后，才会出现在公示栏上，写明区里办到了哪一步（这样公示之前提交的，仍等被采纳或办结后才公示）。录音从不公开；联系方式从不公开。'
    },
    {
      title: '保存多久',
      body: `录音：${retentionSentence('voice')}家长的联系方式：${retentionSentence('contact')}画：${retentionSentence('images')}${pollAnswerSentence()}${councilSentence()}到期由系统自动删除。`
    },
    {
      title: '家长怎样查看和删除',
      body: '在“我的 → 我的数据”里，可以看到和这个微信账号关联的全部数据，保存一份到手机，或者确认一次就全部删除（录音和画连同文件一起删除，不能恢复）。在“我的 → 我的建议”里，也可以撤回一条建议或删除其中的个人信息。'
    }
  ]
}
