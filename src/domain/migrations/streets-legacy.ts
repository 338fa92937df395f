// The community list the app used before the national division codes (63 communities, partial
// and unofficial, from data/sources/yuzhong-facts.md): code → short name, frozen. Records written
// then store these codes, and some of them mean another community now (解放碑 …017 was 公园路, is
// 邹容路), so old codes are mapped to new ones by name, never by code.
import { STREETS, findStreet } from '../streets'

export const LEGACY_COMMUNITY_NAMES: Readonly<Record<string, string>> = Object.freeze({
  '500103001003': '华一坡',
  '500103001006': '临华路',
  '500103001011': '领事巷',
  '500103001013': '兴隆街',
  '500103001014': '归元寺',
  '500103001015': '金汤街',
  '500103001016': '抗建堂',
  '500103001017': '捍卫路',
  '500103003016': '莲花池',
  '500103003017': '公园路',
  '500103003018': '自力巷',
  '500103003019': '大井巷',
  '500103003020': '临江门',
  '500103003021': '较场口',
  '500103003022': '邹容路',
  '500103003023': '沧白路',
  '500103003024': '罗汉寺',
  '500103004002': '中山二路',
  '500103004003': '枇杷山正街',
  '500103004010': '重庆村',
  '500103004011': '桂花园新村',
  '500103004012': '铁路坡',
  '500103004013': '国际村',
  '500103004014': '王家坡',
  '500103005008': '桂花园',
  '500103005009': '春森路',
  '500103005010': '新都巷',
  '500103005011': '学田湾',
  '500103005012': '上大田塆',
  '500103005013': '上清寺路',
  '500103005014': '曾家岩',
  '500103007001': '渝铁村',
  '500103007003': '珊瑚湾',
  '500103007009': '平安街',
  '500103007010': '交通街',
  '500103007011': '石板坡',
  '500103008009': '解放西路',
  '500103008010': '凉亭子',
  '500103008011': '厚慈街',
  '500103008012': '凯旋路',
  '500103008013': '邮政局巷',
  '500103010006': '陕西路',
  '500103010007': '朝千路',
  '500103010008': '棉花街',
  '500103010010': '二府衙',
  '500103010012': '巴县衙门',
  '500103011013': '建设路',
  '500103011018': '张家花园',
  '500103011019': '双钢路',
  '500103011020': '胜利路',
  '500103012011': '马家堡',
  '500103012012': '浮图关',
  '500103012013': '肖家湾',
  '500103012016': '大黄路',
  '500103012017': '袁家岗',
  '500103012018': '七牌坊',
  '500103012019': '大坪正街',
  '500103012020': '天灯堡',
  '500103014001': '煤建新村',
  '500103014005': '金银湾',
  '500103014006': '民乐村',
  '500103014010': '新影村',
  '500103014011': '彭家花园'
})

/**
 * The current code of the community an old code named: same name in the same street first, else
 * the only community of that name in the district; null when the code is unknown or the name is
 * not (or not unambiguously) in the national list.
 */
export function mapLegacyCommunityCode(oldCode: string): string | null {
  const name = LEGACY_COMMUNITY_NAMES[oldCode]
  if (!name) return null
  const sameStreet = findStreet(oldCode.slice(0, 9))?.communities.find((c) => c.name === name)
  if (sameStreet) return sameStreet.code
  const elsewhere = STREETS.flatMap((s) => s.communities).filter((c) => c.name === name)
  return elsewhere.length === 1 ? elsewhere[0].code : null
}

/** Old codes whose record must change: mapped to another code, or to none. */
export const CHANGED_LEGACY_CODES: readonly string[] = Object.freeze(
  Object.keys(LEGACY_COMMUNITY_NAMES).filter((code) => mapLegacyCommunityCode(code) !== code)
)

/** What an old code becomes on a record: the old code and name are kept beside it for the record. */
export interface CommunityRemap {
  /** The current code, or null: the community is no longer known (the record keeps its street). */
  community: string | null
  /** Set when the community now lies in another street. */
  street?: string
  legacyCommunity: { code: string; name: string }
}

/** Null when the record's community needs no change. */
export function remapRecordCommunity(record: { street?: string; community?: string }): CommunityRemap | null {
  const old = record.community
  if (!old || !CHANGED_LEGACY_CODES.includes(old)) return null
  const community = mapLegacyCommunityCode(old)
  const street = community && community.slice(0, 9) !== record.street ? community.slice(0, 9) : undefined
  return {
    community,
    ...(street ? { street } : {}),
    legacyCommunity: { code: old, name: LEGACY_COMMUNITY_NAMES[old] }
  }
}

/** A worker's communities with old codes mapped; unmatched ones dropped (an admin reassigns them). */
export function remapScopeCommunities(
  communities: readonly string[]
): { communities: string[]; dropped: string[] } | null {
  if (!communities.some((c) => CHANGED_LEGACY_CODES.includes(c))) return null
  const mapped = communities.map((c) => (CHANGED_LEGACY_CODES.includes(c) ? mapLegacyCommunityCode(c) : c))
  return {
    communities: [...new Set(mapped.filter((c): c is string => c !== null))],
    dropped: communities.filter((_, i) => mapped[i] === null)
  }
}
