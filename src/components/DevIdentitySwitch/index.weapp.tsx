// WeChat builds never offer an identity switch.
export function DevIdentitySwitch() {
  return null
}
