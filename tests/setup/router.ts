// mount() renders a page outside Taro's router, so useRouter() would see no route: tests set one.
import { Current } from '@tarojs/runtime'

export function setRouterParams(params: Record<string, string> = {}, path = '/'): void {
  Current.router = {
    params,
    path,
    onReady: '',
    onHide: '',
    onShow: '',
    shareTicket: undefined,
    scene: undefined
  } as unknown as typeof Current.router
}
