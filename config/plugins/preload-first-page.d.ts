import type { Compiler } from 'webpack'

export declare class PreloadFirstPage {
  constructor(options: { page: string })
  apply(compiler: Compiler): void
}
