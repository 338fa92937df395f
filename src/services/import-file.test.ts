// The browser side of picking an import file (jsdom's File and FileReader).
import { MAX_IMPORT_BYTES } from '../domain/places/api'
import { pickImportFile, readPickedFile } from './import-file'

describe('readPickedFile (browser)', () => {
  it('reads the bytes as base64, untouched (a GBK file stays GBK for the server to detect)', async () => {
    const gbk = new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xca, 0xbe, 0xc0, 0xfd]) // "name\n示例" in GBK
    const result = await readPickedFile(new File([gbk], '名录.csv'))
    expect(result).toEqual({ ok: true, file: { name: '名录.csv', size: 9, base64: 'bmFtZQrKvsD9' } })
  })

  it.each([
    [new File(['x'], '名录.xlsx'), 'Excel 工作簿'],
    [new File([new Uint8Array(MAX_IMPORT_BYTES + 1)], '名录.csv'), '一次最多 64 KB']
  ])('refuses %p before reading it', async (file, message) => {
    const result = await readPickedFile(file)
    expect(result).toMatchObject({ ok: false, cancelled: false })
    expect(result.ok || result.cancelled ? '' : result.message).toContain(message)
  })
})

describe('pickImportFile (browser)', () => {
  it('opens a file input and answers with the chosen file, then removes the input', async () => {
    const clicked = jest.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
      this: HTMLInputElement
    ) {
      Object.defineProperty(this, 'files', { value: [new File(['name\n示例'], 'a.csv')] })
      this.dispatchEvent(new Event('change'))
    })
    const result = await pickImportFile()
    clicked.mockRestore()
    expect(result).toMatchObject({ ok: true, file: { name: 'a.csv' } })
    expect(document.querySelector('input[type=file]')).toBeNull()
  })

  it('answers cancelled when the dialog is closed without a file', async () => {
    const clicked = jest.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
      this: HTMLInputElement
    ) {
      this.dispatchEvent(new Event('cancel'))
    })
    expect(await pickImportFile()).toEqual({ ok: false, cancelled: true })
    clicked.mockRestore()
  })
})
