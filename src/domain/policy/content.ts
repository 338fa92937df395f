/**
 * 《重庆市渝中区儿童友好城市建设三年行动计划(2024-2026年)》政策解读 — the district's official
 * interpretation, word for word, as typed data.
 *
 * Every string below is copied verbatim from the published interpretation (punctuation included:
 * the source text uses half-width , ( ) : ; ? and content.test.ts proves each string against it).
 * Web-page chrome (打印 / 纠错 / 分享到 / 扫一扫在手机打开当前页 and the 文件下载: / 政策原文: labels)
 * is not content and is left out.
 *
 * The types are the contract for newer versions served from the cloud: check them with
 * validatePolicyDocument() before use.
 */

/** Ids the app links to (routes, facts, search results); keep them stable across versions. */
export const POLICY_SECTION_IDS = ['background', 'purpose', 'content', 'qa', 'expert'] as const
export type PolicySectionId = (typeof POLICY_SECTION_IDS)[number]

/** The metadata table at the top of the page. Empty strings are real: the page leaves them blank. */
export interface PolicyMeta {
  /** 索引号 */
  indexNumber: string
  /** 发布机构 */
  publisher: string
  /** 主题分类 */
  topic: string
  /** 成文日期, YYYY-MM-DD */
  writtenDate: string
  /** 发布日期, YYYY-MM-DD */
  publishDate: string
  /** 体裁分类 */
  genre: string
  /** 发文字号 (blank for this interpretation) */
  docNumber: string
  /** 有效性 (blank for this interpretation) */
  validity: string
}

/** A numbered part inside a section, e.g. (一)工作举措. */
export interface PolicySubsection {
  id: string
  /** Chinese ordinal as printed: '一' renders as (一) */
  number: string
  title: string
  paragraphs: string[]
}

/** A top-level part 一 … 五. The qa and expert sections keep their text in PolicyDocument.qa / .expert. */
export interface PolicySection {
  id: PolicySectionId
  /** Chinese ordinal as printed: '一' renders as 一、 */
  number: string
  title: string
  paragraphs: string[]
  subsections: PolicySubsection[]
}

export interface PolicyQA {
  /** q1 … q5 */
  id: string
  /** Chinese ordinal as printed: '一' renders as (一) */
  number: string
  question: string
  answer: string[]
}

export interface PolicyExpertView {
  speaker: string
  text: string
}

/** The action plan itself (政策原文), which this document interprets. */
export interface PolicyOriginalDocument {
  /** Title of the notice as linked from the interpretation page */
  title: string
  /** 文号 of the original plan; not printed in the interpretation (source: district site) */
  docNumber: string
  url: string
}

export interface PolicyDocument {
  /** Content version; bump when any text changes so caches can tell versions apart */
  version: string
  /** Date this content version was prepared, YYYY-MM-DD */
  updatedAt: string
  meta: PolicyMeta
  title: string
  intro: string
  sections: PolicySection[]
  qa: PolicyQA[]
  expert: PolicyExpertView
  original: PolicyOriginalDocument
  interpretationUrl: string
  /** Name of the .doc offered for download on the page; a reference only, no download URL is known */
  attachmentName: string
}

export const policyDocument: PolicyDocument = {
  version: '2024-04-02.1',
  updatedAt: '2026-11-28',
  meta: {
    indexNumber: '11500103009283772K/2024-00013',
    publisher: '渝中区政府办公室',
    topic: '其他',
    writtenDate: '2024-03-14',
    publishDate: '2024-04-02',
    genre: '政策解读',
    docNumber: '',
    validity: ''
  },
  // The page heading shows a line-break space after 建设; the title is stored without it.
  title: '《重庆市渝中区儿童友好城市建设三年行动计划(2024-2026年)》政策解读',
  intro:
    '近日,重庆市渝中区人民政府办公室印发《重庆市渝中区儿童友好城市建设三年行动计划(2024-2026年)》(以下简称《行动计划》),为方便公众全面了解该政策,现作如下解读。',
  sections: [
    {
      id: 'background',
      number: '一',
      title: '政策出台背景',
      paragraphs: [
        '国家“十四五”规划《纲要》指出“开展100个儿童友好城市示范,加强校外活动场所、社区儿童之家建设和公共空间适儿化改造,完善儿童公共服务设施”,从国家层面明确了创建儿童友好城市的战略目标和总体要求。国家发改委等23个部门于2021年9月联合印发《关于推进儿童友好城市建设的指导意见》。重庆市发改委等27个部门于2022年4月联合印发《重庆市儿童友好城市建设实施方案》,明确“到2025年,在全市1-2个区开展国家儿童友好城市建设试点,建设培育2-3个市级儿童友好城市,打造一批示范性儿童友好街区、社区、学校、医院、公园等,儿童友好理念深入人心,儿童友好城市建设试点形成一批可复制可推广经验。到2035年,儿童友好成为全市高质量发展的重要标识,儿童友好理念成为全社会共识和全民自觉,全市50%左右的区县开展儿童友好城市建设,儿童友好发展水平达到全国领先水平。”2022年6月,国家发改委办公厅、国务院妇儿工委办发布《关于印发第一批建设国家儿童友好城市名单的通知》,渝中区同全国范围内其他13个城市一道,被列入第一批名单。渝中区发改委、区妇儿工委办在充分征求相关区级部门、单位意见建议的基础上,牵头制定了《行动计划》。'
      ],
      subsections: []
    },
    {
      id: 'purpose',
      number: '二',
      title: '政策出台的目的',
      paragraphs: [
        '坚持以人民为中心的发展理念,实施儿童优先发展战略,从儿童视角出发,以儿童需求为导向,坚持“从一米高度看城市”,将儿童优先理念贯穿于经济社会发展全过程和各方面,结合渝中独特的区位优势、人口结构、文化资源及产业布局等基础条件,以建成高质量发展高品质生活新范例为统领,以建成国家儿童友好城市示范为目标,进一步完善儿童政策体系、提升儿童成长空间、优化儿童公共服务、改善儿童发展环境和构建儿童产业体系,使儿童友好成为全社会的共同理念、行动、责任和事业,实现“儿童友好,渝中更美好”发展愿景。'
      ],
      subsections: []
    },
    {
      id: 'content',
      number: '三',
      title: '主要内容',
      paragraphs: [],
      subsections: [
        {
          id: 'measures',
          number: '一',
          title: '工作举措',
          paragraphs: [
            '《行动计划》从5大方面部署了重点工作:一是“推进社会政策友好,践行儿童友好理念”,包含4个领域、5项具体举措;二是“推进成长空间友好,提升城市空间品质及服务效能”,包含2个领域、11项具体举措;三是“推进公共服务友好,整合全社会资源增进儿童福祉”,包含2个领域、12项具体举措;四是“推进发展环境友好,优化儿童健康成长社会环境”,包含2个领域、15项具体举措;五是“推进儿童产业友好,满足儿童多元发展需要”,包含1个领域、3项具体举措。'
          ]
        },
        {
          id: 'safeguards',
          number: '二',
          title: '组织保障',
          paragraphs: [
            '《行动计划》还明确了加强组织保障、强化资金保障、建立工作机制、开展示范推广、强化宣传交流等5项实施路径。'
          ]
        }
      ]
    },
    { id: 'qa', number: '四', title: '核心政策问答', paragraphs: [], subsections: [] },
    { id: 'expert', number: '五', title: '专家视角', paragraphs: [], subsections: [] }
  ],
  qa: [
    {
      id: 'q1',
      number: '一',
      question: '为什么要制定《重庆市渝中区儿童友好城市建设三年行动计划(2024-2026年)》?',
      answer: [
        '国家“十四五”规划《纲要》指出“开展100个儿童友好城市示范,加强校外活动场所、社区儿童之家建设和公共空间适儿化改造,完善儿童公共服务设施”,从国家层面明确了创建儿童友好城市的战略目标和总体要求。国家发改委等23个部门于2021年9月联合印发《关于推进儿童友好城市建设的指导意见》,重庆市发改委等27个部门于2022年4月联合印发《重庆市儿童友好城市建设实施方案》,2022年6月,国家发改委办公厅、国务院妇儿工委办发布《关于印发第一批建设国家儿童友好城市名单的通知》,渝中区同全国范围内其他13个城市一道,被列入第一批名单。综上,渝中区发改委、区妇儿工委办在充分征求相关区级部门、单位意见建议的基础上,牵头制定了《行动计划》,旨在确定建设目标、明确工作分工、落实建设任务。'
      ]
    },
    {
      id: 'q2',
      number: '二',
      question: '打造儿童友好的成长空间环境,必然是儿童友好城市建设的应有之义,在这方面《行动计划》是如何安排的?',
      answer: [
        '我们将强化城市规划建设管控引导力度,把儿童友好贯穿于国土空间规划,分街区社区、教育设施、医院、公园、景区等不同领域,针对性制定各领域的相关建设标准或指引。同时,在城市更新中践行儿童友好城市理念,研究将儿童活动场地、设施的配建规模、标准、建设指引等内容纳入各类城市更新改造政策,并研究相关政策措施,调动各城市更新改造主体积极性。'
      ]
    },
    {
      id: 'q3',
      number: '三',
      question:
        '除了城市的硬件建设,儿童享受的教育、医疗等公共服务是否完善,也是检验儿童友好的另一个重要方面,《行动计划》在这方面的目标是什么?',
      answer: [
        '教育和医疗,作为儿童公共服务的最重要内容,《行动计划》从婴幼儿照护服务发展、基础教育优质均衡发展、体教融合发展、扩大儿童优质医疗资源供给、出生缺陷综合防控、儿童青少年健康管理6个方面提出了相应的工作任务、明确了具体的工作目标。比如,到2026年,每个社区均有提供全日托、半日托、计时托、临时托等婴幼儿托育服务的机构,实现婴幼儿托育服务机构社区全覆盖,全区每千人口拥有3岁以下婴幼儿托位数不少于4.5个;到2026年,渝中区学前教育三年毛入园率保持100%,公办园在园幼儿占比超过55%,普惠性幼儿园覆盖率超过88%,二级以上幼儿园占比超过80%,义务阶段毛入学率达到100%,残疾儿童入学率达到97%。'
      ]
    },
    {
      id: 'q4',
      number: '四',
      question: '《行动计划》如何结合渝中实际、彰显渝中特色、推动渝中发展?',
      answer: [
        '《行动计划》编制坚持“从大处看,在小处落”,将儿童友好城市建设放置于成渝地区双城经济圈建设、共建“一带一路”、建设国际消费中心城市和中西部国际交往中心等重大战略机遇中,充分结合渝中老城区、建成区特点,深入挖掘渝中经济社会发展特色,以科技创新为支撑,以优化全区儿童产业结构、增加儿童产品及服务供给、提升家庭型消费吸引力为目标,形成围绕政策体系、成长空间、公共服务、发展环境和儿童产业5大方面、11个领域、46项重点工作任务,并以建设儿童友好城市为契机,创造渝中发展新机遇。'
      ]
    },
    {
      id: 'q5',
      number: '五',
      question: '如何确保《行动计划》提出的各项工作任务落实落地?',
      answer: [
        '《行动计划》文本明确了落地实施的组织领导、资金保障等举措。组织领导方面,明确了在区委、区政府主要领导任组长的儿童友好城市建设领导小组的领导下,建立起区发改委、区妇儿工委办牵头协调,多部门合作共建,社会力量广泛参与的工作机制。在资金保障方面,要求积极争取中央预算投资支持,将相关工作经费列入区财政年度预算,确保儿童事业财政经费投入与经济发展和财政收入同步增长。同时,还要求各部门根据职责分工及《行动计划》要求,研究制定本部门参与儿童友好城市建设的细化方案和配套措施,确保目标落实、任务落细及项目落地,区督查办定期开展儿童发展各领域调研督导,督促责任部门保障建设进度,确保各项工作任务按期推进。'
      ]
    }
  ],
  expert: {
    speaker: '区妇儿工委办主要负责人',
    text: '党的十八大以来,习近平总书记高度关注儿童成长,深刻指出:“各级党委和政府、全社会都要关心关爱少年儿童,为少年儿童茁壮成长创造有利条件”。《行动计划》深入贯彻习近平总书记关于儿童工作的重要指示批示精神,提出要推进儿童友好理念融入城市规划建设,坚持“从1米高度看城市”,通过5大方面、11个领域、46项具体举措,进一步完善儿童政策体系、提升儿童成长空间、优化儿童公共服务、改善儿童发展环境和构建儿童产业体系,使儿童友好成为全社会的共同理念、行动、责任和事业,实现“儿童友好,渝中更美好”发展愿景。'
  },
  original: {
    title: '重庆市渝中区人民政府办公室关于印发《渝中区儿童友好城市建设三年行动计划(2024-2026年)》的通知',
    docNumber: '渝中府办〔2024〕7号',
    url: 'http://www.cqyz.gov.cn/zwgk_229/zcwj/qtwj/202404/t20240401_13096932.html'
  },
  interpretationUrl: 'http://www.cqyz.gov.cn/zwgk_229/zcjd/twjd/202404/t20240402_13099854.html',
  attachmentName: '《重庆市渝中区儿童友好城市建设三年行动计划(2024-2026)》政策解读.doc'
}

/** Section by id; throws for an unknown id because ids are a fixed contract. */
export function getPolicySection(doc: PolicyDocument, id: PolicySectionId): PolicySection {
  const section = doc.sections.find((s) => s.id === id)
  if (!section) throw new Error(`policy section not found: ${id}`)
  return section
}

/**
 * The document as the lines a reader sees, in page order, headings numbered as printed.
 * Used for a plain-text view and to prove the data matches the published page line by line.
 */
export function policyTextLines(doc: PolicyDocument): string[] {
  const lines: string[] = [doc.title, doc.intro]
  for (const section of doc.sections) {
    lines.push(`${section.number}、${section.title}`, ...section.paragraphs)
    for (const sub of section.subsections) {
      // The page prints a subsection heading and its first paragraph on one line: (一)工作举措。…
      const [first = '', ...rest] = sub.paragraphs
      lines.push(`(${sub.number})${sub.title}。${first}`, ...rest)
    }
    if (section.id === 'qa') {
      for (const item of doc.qa) lines.push(`(${item.number})${item.question}`, ...item.answer)
    }
    if (section.id === 'expert') lines.push(`${doc.expert.speaker}:${doc.expert.text}`)
  }
  lines.push(doc.attachmentName, doc.original.title)
  return lines
}
