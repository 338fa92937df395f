// WGS-84 ↔ GCJ-02, the published offset algorithm (the same one gcoord implements), written out
// so that neither the mini-program's main package nor a cloud function carries a whole
// projection library for two formulas. Outside China GCJ-02 equals WGS-84.
const A = 6378245.0
const EE = 0.006693421622965943
const PI = Math.PI

function outOfChina(lat: number, lng: number): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271
}

function offset(lat: number, lng: number): [dLat: number, dLng: number] {
  const x = lng - 105
  const y = lat - 35
  const wave = ((20 * Math.sin(6 * x * PI) + 20 * Math.sin(2 * x * PI)) * 2) / 3
  let dLat = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x)) + wave
  dLat += ((20 * Math.sin(y * PI) + 40 * Math.sin((y / 3) * PI)) * 2) / 3
  dLat += ((160 * Math.sin((y / 12) * PI) + 320 * Math.sin((y * PI) / 30)) * 2) / 3
  let dLng = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x)) + wave
  dLng += ((20 * Math.sin(x * PI) + 40 * Math.sin((x / 3) * PI)) * 2) / 3
  dLng += ((150 * Math.sin((x / 12) * PI) + 300 * Math.sin((x / 30) * PI)) * 2) / 3
  const rad = (lat / 180) * PI
  const magic = 1 - EE * Math.sin(rad) ** 2
  const sqrtMagic = Math.sqrt(magic)
  return [
    (dLat * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * PI),
    (dLng * 180) / ((A / sqrtMagic) * Math.cos(rad) * PI)
  ]
}

/** [lat, lng] in WGS-84 → GCJ-02. */
export function wgs84ToGcj02(lat: number, lng: number): [number, number] {
  if (outOfChina(lat, lng)) return [lat, lng]
  const [dLat, dLng] = offset(lat, lng)
  return [lat + dLat, lng + dLng]
}

/**
 * [lat, lng] in GCJ-02 → WGS-84. The offset has no closed inverse; a few fixed-point steps
 * bring the forward transform of the answer back to the input to well under a millimetre.
 */
export function gcj02ToWgs84(lat: number, lng: number): [number, number] {
  if (outOfChina(lat, lng)) return [lat, lng]
  let wLat = lat
  let wLng = lng
  for (let i = 0; i < 10; i++) {
    const [gLat, gLng] = wgs84ToGcj02(wLat, wLng)
    const eLat = gLat - lat
    const eLng = gLng - lng
    wLat -= eLat
    wLng -= eLng
    if (Math.abs(eLat) < 1e-10 && Math.abs(eLng) < 1e-10) break
  }
  return [wLat, wLng]
}
