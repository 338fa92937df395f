// A child in danger: words that suggest harm, abuse, self-harm or immediate danger, as children
// write them in Chinese. A match never blocks anything: the child is shown, at once, who can help
// (SAFETY_HELP), and the server flags the row urgent (never public) and tells the people who can
// act. A false alarm costs a worker a look; a miss can cost a child, so the patterns lean wide.
//
// Reviewed list: each entry is a phrase or a short pattern over the normalised text (below), not
// single characters, so ordinary suggestions (打篮球, 公园被关了) do not match. Held-out examples
// that were not used to write it live in safeguarding.examples.ts; the test runs every one.
//
// Normalising, as children write: NFKC (full-width letters, compatibility forms), a few traditional
// characters to simplified, everything that is not a letter or a digit dropped (spaces, dots,
// stars and emoji put between characters: 自 杀, 想.死), and a run of one character kept once
// (爸爸 → 爸, 救救我 → 救我), so one pattern covers each of those.

export const DANGER_KINDS = {
  self_harm: '可能伤害自己',
  abuse: '可能被伤害',
  sexual: '可能遭受性侵害',
  neglect: '可能无人照顾',
  bullying: '可能被欺凌',
  danger: '可能正处于危险中'
} as const
export type DangerKind = keyof typeof DANGER_KINDS

// Traditional forms of the characters the patterns use (a child on a Hong Kong or Taiwan keyboard).
const TRADITIONAL: Record<string, string> = {
  殺: '杀',
  傷: '伤',
  親: '亲',
  綁: '绑',
  錢: '钱',
  關: '关',
  鎖: '锁',
  蹤: '踪',
  脫: '脱',
  燙: '烫',
  媽: '妈',
  爺: '爷',
  師: '师',
  騙: '骗',
  負: '负',
  脅: '胁',
  淩: '凌',
  飯: '饭',
  給: '给',
  讓: '让',
  訴: '诉',
  別: '别',
  餓: '饿',
  趕: '赶',
  壞: '坏',
  搶: '抢',
  強: '强',
  姦: '奸',
  褻: '亵',
  樓: '楼',
  藥: '药',
  劃: '划',
  沒: '没',
  難: '难',
  過: '过',
  來: '来',
  著: '着',
  裡: '里',
  們: '们',
  誰: '谁',
  這: '这',
  廁: '厕',
  嚇: '吓',
  熱: '热',
  個: '个',
  幫: '帮',
  殘: '残',
  體: '体',
  間: '间',
  屍: '尸',
  兇: '凶'
}

// Letters and digits of any script stay; everything else (spaces, punctuation, symbols, emoji,
// invisible characters) goes.
const NOT_WORD = /[^\p{L}\p{N}]/gu

const TRADITIONAL_CHARACTER = new RegExp(`[${Object.keys(TRADITIONAL).join('')}]`, 'gu')
const REPEATED = /(.)\1+/gu

/** The text as the patterns read it (see the head of this file). */
export function normaliseForSafety(text: string): string {
  // String replaces rather than an array of characters: every submission passes here.
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(TRADITIONAL_CHARACTER, (c) => TRADITIONAL[c])
    .replace(NOT_WORD, '')
    .replace(REPEATED, '$1')
}

// Ordinary words that hold a character a pattern starts from: taken out before matching, so
// 打扫, 打篮球 or 关门 never read as 打 or 关. Each is harmless in every sense a child means it.
const ORDINARY =
  /打(扫|造|开|卡|球|篮球|排球|乒乓|羽毛球|网球|印|电话|车|扮|折|雷|算|听|游戏|针|疫苗|水|饭|气|招呼|雪仗|水仗|架子鼓|牌|麻将|工)|踢(球|足球|毽)|抽(烟|奖|屉|签|中)|(电|风)?扇子|风扇|电扇|关(门|灯|心|注|于|系|掉|闭|上)|锁(车|门)/gu

// Who might hurt a child (after normalising: 爸爸 is 爸). Optional in most patterns: a child often
// leaves it out (我被打了).
const WHO =
  '(?:爸|妈|爹|娘|继父|继母|后爸|后妈|叔|舅|姑|姨|爷|奶|哥|姐|老师|教练|同学|他|她|他们|她们|有人|大人|男的|女的|邻居|陌生人|坏人)'
const HURT = '(?:打|揍|踢|掐|扇|抽|烫|踹|捆|绑|虐|咬|勒|拿刀|刺|捅|用皮带|用衣架|用棍)'

const PATTERNS: Record<DangerKind, RegExp[]> = {
  self_harm: [
    /自[杀刹沙残尽]/u,
    /不想[活或火]/u,
    /想死|去死|死了算|死掉算|死了就好|想消失|消失就好/u,
    /活着(没|没有)(意思|意义)|活着好累|活不下去|不如死/u,
    /割腕|割[碗婉]|割手|划手|割自己|划自己|伤害自己|弄伤自己|打自己|咬自己|掐自己/u,
    /跳楼|跳[搂篓]|跳河|跳江|跳桥|楼上跳|楼顶跳|想跳下去|跳下去算/u,
    /安眠药|吃很多药|吃好多药|喝农药/u,
    /没人(在乎|关心|爱)我|我是多余的/u
  ],
  abuse: [
    new RegExp(`${HURT}(了|过|着)?我`, 'u'),
    new RegExp(`被${WHO}?${HURT}`, 'u'),
    new RegExp(`${WHO}(天天|每天|经常|总是|又|老是|一直)?${HURT}`, 'u'),
    /家暴|虐待|往死里|打死我|打得我|打到我|打出血|打伤|浑身是伤|身上有伤|青一块|紫一块|淤青/u,
    /(关|锁)在(家|屋|房|厕所|柜|阳台|外面|门外)|(关|锁)起来|关进|不让我出门|不让我回家|赶出家|赶我出/u,
    /要杀我|杀了我|要打死|掐死|弄死我|砍我|砍人|拿刀砍/u
  ],
  sexual: [
    /摸我|亲我|脱我|脱(掉)?我的?(衣服|裤子)|让我脱|叫我脱|要我脱|脱裤子|脱衣服给/u,
    /隐私部位|私处|摸.{0,4}(下面|胸|屁股|身体)/u,
    /性侵|猥亵|强奸|强[坚尖]|非礼|耍流氓|看我洗澡|偷拍我/u,
    /(不让|不许|不准)我(告诉|说出去|跟别人说)|(叫|让|要)我(不要|别)(告诉|说出去|跟别人说)|不要告诉(别人|任何人|爸|妈|老师)|我们(两个|俩)?的秘密|秘密.{0,4}(不能|不许|不要|别)(说|告诉)/u
  ],
  neglect: [
    /不给我(吃|饭|喝)|没饭吃|没有饭吃|饿了?(好几|几|两|三)天|饿着我|一个人在家(好几|几|两|三)天|没人管我|没人照顾我|不要我了|把我丢|扔下我/u
  ],
  bullying: [/欺负|霸凌|勒索|威胁我|抢我的?(钱|东西)|要我(交|给)钱|收保护费|孤立我|打群架|围着我打|骂我|嘲笑我|恐吓/u],
  danger: [
    /救命|救我|快来救/u,
    /有人跟着我|一直跟着我|陌生人跟着|跟踪|尾随|被拐|拐走|拐卖|人贩子|抓走|绑架|骗我上车|骗走/u,
    /有刀|拿着刀|持刀|有枪|着火|失火|起火|被困|困在|出不去|流了?很多血|一直流血|快死了|不敢回家|走丢|迷路了|找不到(家|爸|妈)/u
  ]
}

/** The kinds of danger the words suggest, in DANGER_KINDS order; empty when none. */
export function findDanger(...texts: ReadonlyArray<string | undefined>): DangerKind[] {
  const words = texts
    .filter((t): t is string => Boolean(t))
    .map(normaliseForSafety)
    .join('|')
    .replace(ORDINARY, '·')
  if (!words) return []
  return (Object.keys(PATTERNS) as DangerKind[]).filter((kind) => PATTERNS[kind].some((p) => p.test(words)))
}

/** One line for staff (the urgent flag's reason): the kinds, never the child's words. */
export function dangerReason(kinds: readonly DangerKind[]): string {
  return `文字提示：${kinds.map((k) => DANGER_KINDS[k]).join('、')}`
}

/** Who a child can reach now. Numbers a parent would act on: both are national public services. */
export const SAFETY_NUMBERS = [
  { number: '12355', label: '12355 青少年服务台', say: '有人听你说，帮你想办法' },
  { number: '110', label: '110 报警', say: '有危险，马上打' }
] as const

/** What the child reads (and hears with 读给我听), in a child's words. */
export const SAFETY_HELP = {
  title: '你说的事很重要，我们想让你安全',
  tellAdult: '告诉一个你信任的大人：爸爸妈妈、老师，或者别的你信任的大人',
  numbers: '现在就可以打电话：',
  after: '你的话也会马上交给能帮忙的工作人员，不会公开。'
} as const
