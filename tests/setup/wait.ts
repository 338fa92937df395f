/** Polls until the check passes (returns truthy), failing with the last page text after a timeout. */
export async function waitUntil(check: () => unknown, what: string, timeoutMs = 4000): Promise<void> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeoutMs)
      throw new Error(`timed out waiting for ${what}; page: ${document.body.textContent?.slice(0, 300)}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}
