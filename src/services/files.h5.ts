// Browser: an exported report downloads as a file.
export async function saveExport(file: { filename: string; mimeType: string; content: string }): Promise<string> {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }))
  const a = document.createElement('a')
  a.href = url
  a.download = file.filename
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return '已下载'
}
