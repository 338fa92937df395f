// The WeChat privacy declarations in one place: the kinds of personal information the code
// touches (公众平台 → 用户隐私保护指引), the interfaces it calls for each, and why. app.config.ts
// takes requiredPrivateInfos and the location prompt's text from here; tests compare it with the
// README's table and with what the built package calls (tests/weapp/declarations.test.ts).
//
// WeChat's rules (each an official page):
// - Only kinds declared in the guide may be used; an interface of an undeclared kind is disabled,
//   and a declared one waits for the user's agreement. The table of kinds and interfaces:
//   https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/miniprogram-intro.html
// - requiredPrivateInfos lists the location interfaces the code calls, exactly: an undeclared one
//   fails, a declared one nothing calls is refused at code review (61040).
//   https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html#requiredPrivateInfos
// - permission.scope.userLocation.desc is shown in the location prompt, at most 30 characters.
//   https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html#permission

/**
 * One interface as the tables name it: `getLocation` (wx.getLocation), `RecorderManager.start`
 * (a method of what an API returns), `authorize:scope.record` (wx.authorize with that scope), or
 * `open-type:chooseAvatar` (a button's open-type).
 */
export type PrivacyInterface = string

export interface WechatPrivacyKind {
  /** The kind as the guide and the console name it. */
  name: string
  interfaces: readonly PrivacyInterface[]
}

/**
 * WeChat's table: every kind of information the guide names, and the interfaces of each. Of the
 * components in it only the button open-types are listed (<camera>, <live-pusher>, <voip-room>,
 * <input type="nickname">: the app renders none of them).
 */
export const WECHAT_PRIVACY_KINDS = {
  UserInfo: {
    name: '用户信息（微信昵称、头像）',
    interfaces: ['open-type:chooseAvatar', 'getUserInfo', 'getUserProfile']
  },
  Location: {
    name: '位置信息',
    interfaces: [
      'authorize:scope.userLocation',
      'authorize:scope.userLocationBackground',
      'authorize:scope.userFuzzyLocation',
      'getLocation',
      'startLocationUpdate',
      'startLocationUpdateBackground',
      'getFuzzyLocation',
      'MapContext.moveToLocation'
    ]
  },
  ChooseLocation: { name: '选择的位置信息', interfaces: ['choosePoi', 'chooseLocation'] },
  Address: { name: '地址', interfaces: ['chooseAddress'] },
  Invoice: { name: '发票信息', interfaces: ['chooseInvoiceTitle', 'chooseInvoice'] },
  RunData: { name: '微信运动步数', interfaces: ['authorize:scope.werun', 'getWeRunData'] },
  PhoneNumber: { name: '手机号', interfaces: ['open-type:getPhoneNumber', 'open-type:getRealtimePhoneNumber'] },
  LicensePlate: { name: '车牌号', interfaces: ['chooseLicensePlate'] },
  Album: { name: '选中的照片或视频信息', interfaces: ['chooseImage', 'chooseMedia', 'chooseVideo'] },
  MessageFile: { name: '选中的文件', interfaces: ['chooseMessageFile'] },
  Record: {
    name: '麦克风',
    interfaces: ['authorize:scope.record', 'startRecord', 'RecorderManager.start', 'joinVoIPChat']
  },
  Camera: { name: '摄像头', interfaces: ['authorize:scope.camera', 'createVKSession'] },
  BlueTooth: {
    name: '蓝牙',
    interfaces: ['authorize:scope.bluetooth', 'openBluetoothAdapter', 'createBLEPeripheralServer']
  },
  AlbumWriteOnly: {
    name: '相册（仅写入）权限',
    interfaces: ['authorize:scope.writePhotosAlbum', 'saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum']
  },
  Contact: { name: '通讯录（仅写入）权限', interfaces: ['authorize:scope.addPhoneContact', 'addPhoneContact'] },
  CalendarWriteOnly: {
    name: '日历（仅写入）权限',
    interfaces: ['authorize:scope.addPhoneCalendar', 'addPhoneRepeatCalendar', 'addPhoneCalendar']
  },
  Accelerometer: { name: '加速传感器', interfaces: ['startAccelerometer'] },
  Compass: { name: '磁场传感器', interfaces: ['startCompass'] },
  DeviceMotion: { name: '方向传感器', interfaces: ['startDeviceMotionListening'] },
  Gyroscope: { name: '陀螺仪传感器', interfaces: ['startGyroscope'] },
  Clipboard: { name: '剪切板', interfaces: ['setClipboardData', 'getClipboardData'] }
} as const satisfies Record<string, WechatPrivacyKind>

export type PrivacyKindKey = keyof typeof WECHAT_PRIVACY_KINDS

/** The location interfaces requiredPrivateInfos may list (app.json's reference). */
export const REQUIRED_PRIVATE_INFO_APIS = [
  'getFuzzyLocation',
  'getLocation',
  'onLocationChange',
  'startLocationUpdate',
  'startLocationUpdateBackground',
  'chooseLocation',
  'choosePoi',
  'chooseAddress'
] as const

export interface DeclaredPrivacyKind {
  kind: PrivacyKindKey
  /** The interfaces of this kind the code calls, exactly. */
  calls: readonly PrivacyInterface[]
  /** What the guide says the information is for (“开发者……，用于……”): only what is true. */
  purpose: string
}

/** What this app declares in its privacy guide. */
export const DECLARED_PRIVACY: readonly DeclaredPrivacyKind[] = [
  {
    kind: 'Location',
    calls: ['getLocation', 'MapContext.moveToLocation'],
    purpose:
      '在“找地方”按距离排列你附近的托育机构、儿童医院和公园，并在地图上标出你的位置（只在手机上使用，不上传）；写建议时你点了“使用我的位置”，位置随建议发给处理的工作人员，不公开，按保存期限删除；工作人员维护地点信息时点了“使用我的位置”，这个位置成为该地点公开的位置。都只在点了“使用我的位置”后获取'
  },
  {
    kind: 'ChooseLocation',
    calls: ['chooseLocation'],
    purpose:
      '写建议时在地图上选出问题所在的位置；选好的位置随建议发给处理的工作人员，不公开，按保存期限删除。工作人员维护地点信息时在地图上选出地点的位置，作为该地点的位置公开'
  },
  {
    kind: 'Album',
    calls: ['chooseImage'],
    purpose: '给建议附上照片；上传前在手机上重新绘制，去掉拍摄位置和设备信息，只有你和处理建议的工作人员能看到，不公开'
  },
  {
    kind: 'MessageFile',
    calls: ['chooseMessageFile'],
    purpose: '区级管理员从聊天中选择地点登记表（CSV、JSON 或 TXT 文件）导入地点信息；只读取这个文件，文件本身不保存'
  },
  {
    kind: 'Record',
    // scope.record is asked for from the tap that opens 说出来 (services/recorder prepareMicrophone).
    calls: ['authorize:scope.record', 'RecorderManager.start'],
    purpose:
      '小朋友“说出来”时录下建议：只在按住按钮（或点了开始）时录音，最长 60 秒；录音只给处理建议的工作人员听，从不公开'
  },
  {
    kind: 'CalendarWriteOnly',
    calls: ['addPhoneCalendar'],
    purpose: '把你报名的活动加到手机日历，活动前一天提醒你；只写入这一条日程，不读取日历'
  },
  {
    kind: 'Clipboard',
    calls: ['setClipboardData'],
    purpose: '复制地点的地址或政策原文的网址；只写入剪切板，不读取'
  }
]

/** The location prompt's text (permission.scope.userLocation.desc, at most 30 characters). */
export const LOCATION_PROMPT = '用于按距离排列附近的儿童服务、给建议或地点附上位置'

/** The kind an interface belongs to in WeChat's table; undefined for an interface of no kind. */
export function privacyKindOf(api: PrivacyInterface): PrivacyKindKey | undefined {
  return (Object.keys(WECHAT_PRIVACY_KINDS) as PrivacyKindKey[]).find((k) =>
    (WECHAT_PRIVACY_KINDS[k].interfaces as readonly string[]).includes(api)
  )
}

/** app.json's requiredPrivateInfos: the location interfaces the code calls. */
export const requiredPrivateInfos = DECLARED_PRIVACY.flatMap((d) => d.calls).filter(
  (api): api is (typeof REQUIRED_PRIVATE_INFO_APIS)[number] =>
    (REQUIRED_PRIVATE_INFO_APIS as readonly string[]).includes(api)
)

/** app.json's permission: the prompt text of each scope that has one. */
export const permission = { 'scope.userLocation': { desc: LOCATION_PROMPT } }
