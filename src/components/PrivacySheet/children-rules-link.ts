import Taro from '@tarojs/taro'

/** 儿童个人信息保护规则 (pkg-info/children): for a guardian to read before a child's data is kept. */
export const CHILDREN_RULES_PAGE = '/pkg-info/children/index'

export const openChildrenRules = () => void Taro.navigateTo({ url: CHILDREN_RULES_PAGE })
