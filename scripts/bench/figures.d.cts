export type GoalOp = '<=' | '<' | '>=' | '=='
export interface FigureInput {
  id: string
  section: string
  label: string
  value: number
  unit?: string
  goal: { op: GoalOp; value: number }
  basis?: string
  tolerance?: number
}
export interface Figure extends Required<Omit<FigureInput, 'basis'>> {
  basis: string | null
  met: boolean
}
export declare function figure(input: FigureInput): Figure
export declare function line(f: Figure, width?: number): string
export declare function compare(
  f: Figure,
  previous: { value: number } | undefined
): { previous: number | null; worse: number; regressed: boolean }
export declare function format(value: number, unit: string): string
export declare function goalText(f: Figure): string
export declare function notMeasured(
  saved: Record<string, { section: string; label: string }>,
  measured: ReadonlyArray<Pick<Figure, 'id' | 'section'>>
): Array<{ id: string; section: string; label: string }>
