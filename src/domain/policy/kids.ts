/**
 * 给小朋友: the five answers retold for children aged 7–10. Written for the app, not part of the
 * official text: short sentences, no jargon, nothing promised that the answer does not say.
 * Numbers are the answer's own, except 4.5 托位 per 1,000 people, retold as 9 per 2,000 so a child
 * does not need decimals (kids.test.ts checks the ratio against the extracted target).
 */

export interface KidsAnswer {
  /** Same id as the Q&A item it retells (q1 … q5) */
  id: string
  /** The question in a child's words */
  question: string
  /** Short sentences, each ending in 。 or ! */
  text: string
}

/** One or two lines on what the plan is, for the top of the children's view. */
export const kidsPlanSummary: string[] = [
  '这是渝中区从2024年到2026年的三年计划。',
  '它要从一米高度,用小朋友的眼睛看城市。让渝中对小朋友更友好。'
]

export const kidsAnswers: KidsAnswer[] = [
  {
    id: 'q1',
    question: '为什么要写这份计划?',
    text:
      '国家想打造100个儿童友好城市,给大家做榜样。' +
      '2022年6月,第一批名单公布了。' +
      '渝中区和其他13个城市一起上了名单。' +
      '所以,渝中区写了这份计划。' +
      '它写清楚要做成什么样、谁来做、要做哪些事。'
  },
  {
    id: 'q2',
    question: '城市里给小朋友的地方会怎么变?',
    text:
      '城市做规划时,要把小朋友放在心上。' +
      '街道社区、学校、医院、公园、景区各不一样。' +
      '每一类地方都要定出专门的建设标准或指南。' +
      '老城区改造时,也要想着小朋友。' +
      '会研究把儿童活动场地和设施写进改造规定里。' +
      '还会想办法让负责改造的人更愿意这样做。'
  },
  {
    id: 'q3',
    question: '上学和看病会变得更好吗?',
    text:
      '上学和看病,是小朋友最重要的两件事。' +
      '计划从6个方面安排了要做的事。' +
      '到2026年,每个社区都要有照看小宝宝的托育机构。' +
      '每2000人,至少给3岁以下宝宝留9个托育名额。' +
      '上幼儿园的比例要保持100%。' +
      '有残疾的小朋友,100个里要有97个能上学。'
  },
  {
    id: 'q4',
    question: '这份计划和渝中有什么关系?',
    text:
      '这份计划想得远,也做得细。' +
      '渝中是老城区,计划结合了渝中自己的特点。' +
      '它要靠科技创新,让给小朋友的好东西、好服务更多。' +
      '也让一家人更愿意来渝中逛逛、买东西。' +
      '计划一共有5大方面、11个领域、46项重点任务。' +
      '建设儿童友好城市,也会给渝中带来新机会。'
  },
  {
    id: 'q5',
    question: '怎么保证说到做到?',
    text:
      '区里的主要领导当组长,带着大家一起做。' +
      '很多部门一起合作,社会上的人也来帮忙。' +
      '需要的钱,会努力向国家争取支持。' +
      '区里每年的预算,也会给这件事留出钱。' +
      '经济发展了,花在儿童身上的钱也跟着增加。' +
      '各部门还要定出自己的详细办法。' +
      '区督查办会定期检查,督促大家按时完成。'
  }
]

export function kidsAnswerFor(id: string): KidsAnswer | undefined {
  return kidsAnswers.find((a) => a.id === id)
}

/** Splits a kid text into sentences (kept with their end mark), for display and length checks. */
export function kidsSentences(text: string): string[] {
  return text.match(/[^。!?!?]+[。!?!?]?/g) ?? []
}
