// Calling a place: WeChat shows its own confirmation sheet; the browser follows a tel: link.
import Taro from '@tarojs/taro'

/** Dials a number (the platform asks the user first); false when the call could not start. */
export async function callPhone(phoneNumber: string): Promise<boolean> {
  try {
    // Only digits, +, - and the extension's hyphen are meaningful to the dialler.
    await Taro.makePhoneCall({ phoneNumber: phoneNumber.replace(/[^\d+-]/g, '') })
    return true
  } catch {
    return false // cancelled
  }
}
