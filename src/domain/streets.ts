// Yuzhong's 11 streets (街道) with their official division codes, and the communities that could
// be confirmed (partial and unofficial; the pickers offer "其他/不确定"). Source:
// data/sources/yuzhong-facts.md. Street centres are not published; pages that need one use
// the centre of the places in that street, or the district centre.

export interface Community {
  /** Full 12-digit code: street code + the community's 3 digits. */
  code: string
  name: string
}

export interface Street {
  code: string
  name: string
  communities: Community[]
}

const RAW: Array<[string, string, Array<[string, string]>]> = [
  [
    '500103001',
    '七星岗',
    [
      ['003', '华一坡'],
      ['006', '临华路'],
      ['011', '领事巷'],
      ['013', '兴隆街'],
      ['014', '归元寺'],
      ['015', '金汤街'],
      ['016', '抗建堂'],
      ['017', '捍卫路']
    ]
  ],
  [
    '500103003',
    '解放碑',
    [
      ['016', '莲花池'],
      ['017', '公园路'],
      ['018', '自力巷'],
      ['019', '大井巷'],
      ['020', '临江门'],
      ['021', '较场口'],
      ['022', '邹容路'],
      ['023', '沧白路'],
      ['024', '罗汉寺']
    ]
  ],
  [
    '500103004',
    '两路口',
    [
      ['002', '中山二路'],
      ['003', '枇杷山正街'],
      ['010', '重庆村'],
      ['011', '桂花园新村'],
      ['012', '铁路坡'],
      ['013', '国际村'],
      ['014', '王家坡']
    ]
  ],
  [
    '500103005',
    '上清寺',
    [
      ['008', '桂花园'],
      ['009', '春森路'],
      ['010', '新都巷'],
      ['011', '学田湾'],
      ['012', '上大田塆'],
      ['013', '上清寺路'],
      ['014', '曾家岩']
    ]
  ],
  [
    '500103007',
    '菜园坝',
    [
      ['001', '渝铁村'],
      ['003', '珊瑚湾'],
      ['009', '平安街'],
      ['010', '交通街'],
      ['011', '石板坡']
    ]
  ],
  [
    '500103008',
    '南纪门',
    [
      ['009', '解放西路'],
      ['010', '凉亭子'],
      ['011', '厚慈街'],
      ['012', '凯旋路'],
      ['013', '邮政局巷']
    ]
  ],
  [
    '500103010',
    '朝天门',
    [
      ['006', '陕西路'],
      ['007', '朝千路'],
      ['008', '棉花街'],
      ['010', '二府衙'],
      ['012', '巴县衙门']
    ]
  ],
  [
    '500103011',
    '大溪沟',
    [
      ['013', '建设路'],
      ['018', '张家花园'],
      ['019', '双钢路'],
      ['020', '胜利路']
    ]
  ],
  [
    '500103012',
    '大坪',
    [
      ['011', '马家堡'],
      ['012', '浮图关'],
      ['013', '肖家湾'],
      ['016', '大黄路'],
      ['017', '袁家岗'],
      ['018', '七牌坊'],
      ['019', '大坪正街'],
      ['020', '天灯堡']
    ]
  ],
  ['500103013', '化龙桥', []],
  [
    '500103014',
    '石油路',
    [
      ['001', '煤建新村'],
      ['005', '金银湾'],
      ['006', '民乐村'],
      ['010', '新影村'],
      ['011', '彭家花园']
    ]
  ]
]

export const STREETS: readonly Street[] = RAW.map(([code, name, communities]) => ({
  code,
  name,
  communities: communities.map(([suffix, communityName]) => ({ code: code + suffix, name: communityName }))
}))

const BY_CODE = new Map(STREETS.map((s) => [s.code, s]))

export function findStreet(code: string): Street | undefined {
  return BY_CODE.get(code)
}

export function findCommunity(code: string): { street: Street; community: Community } | undefined {
  const street = BY_CODE.get(code.slice(0, 9))
  const community = street?.communities.find((c) => c.code === code)
  return street && community ? { street, community } : undefined
}

/** District facts used where a page needs a fallback centre (GCJ-02 is close enough at this scale). */
export const DISTRICT = {
  name: '渝中区',
  code: '500103',
  centre: { latitude: 29.5559, longitude: 106.565 },
  areaKm2: 23.24,
  population2020: 588717
} as const
