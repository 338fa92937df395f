// One figure of `npm run bench`: what was measured, its goal, and how much worse than the last
// saved run it may get before the bench calls it a regression. Each bench part calls figure();
// scripts/bench.mjs collects them (through the file named by BENCH_FIGURES), prints every one
// with its goal and ✔/✖ next to the figure kept in bench/results.json, and saves them with --save.
// CommonJS so the parts run by tsx, by jest and by plain node all load the same file.
const { appendFileSync } = require('node:fs')

const OPS = {
  '<=': (v, g) => v <= g,
  '<': (v, g) => v < g,
  '>=': (v, g) => v >= g,
  '==': (v, g) => v === g
}

/** How much worse than the saved figure still counts as noise, by unit, when a figure names none. */
const TOLERANCE = { KB: 0.01, nodes: 0.05, '': 0, score: 0.05 }
const DEFAULT_TOLERANCE = 0.5

function format(value, unit) {
  if (unit === 'KB') return `${value.toFixed(1)} KB`
  if (unit === '×') return `${value.toFixed(2)}×`
  if (unit === 'ms') return `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`
  if (unit === 'µs') return `${value.toFixed(1)} µs`
  if (unit === 's') return `${value.toFixed(2)} s`
  if (unit === '') return String(value)
  if (unit === 'B') return `${value.toLocaleString('en')} B`
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`
}

const goalText = (f) =>
  `${f.goal.op === '==' ? '=' : f.goal.op.replace('<=', '≤').replace('>=', '≥')} ${format(f.goal.value, f.unit)}`

/**
 * Records one figure and returns it with `met` (its goal holds). `goal.value` is the bound in the
 * figure's own unit; `basis` says where a relative goal comes from (e.g. "1.5× the bare app").
 */
function figure({ id, section, label, value, unit, goal, basis, tolerance }) {
  if (!id || !section || !label || typeof value !== 'number' || Number.isNaN(value)) {
    throw new Error(`bench figure ${id ?? label}: needs id, section, label and a numeric value (got ${value})`)
  }
  if (!goal || !OPS[goal.op] || typeof goal.value !== 'number') throw new Error(`bench figure ${id}: needs a goal`)
  const f = {
    id,
    section,
    label,
    value,
    unit: unit ?? '',
    goal,
    basis: basis ?? null,
    tolerance: tolerance ?? TOLERANCE[unit ?? ''] ?? DEFAULT_TOLERANCE,
    met: OPS[goal.op](value, goal.value)
  }
  if (process.env.BENCH_FIGURES) appendFileSync(process.env.BENCH_FIGURES, `${JSON.stringify(f)}\n`)
  return f
}

/** "label  value  goal ≤ x ✔" for a bench part's own output. */
function line(f, width = 34) {
  return `  ${f.met ? '✔' : '✖'} ${f.label.padEnd(width)} ${format(f.value, f.unit).padStart(12)}   goal ${goalText(f)}${f.basis ? ` (${f.basis})` : ''}`
}

/** Which way is better for a figure: its goal says (an upper bound: lower is better). */
const lowerIsBetter = (f) => f.goal.op === '<=' || f.goal.op === '<'

/**
 * The change from the saved figure: by how much (relative) it got worse, and whether that is past
 * its tolerance. Exact goals (==) regress on any change away from the goal.
 */
function compare(f, previous) {
  if (!previous || typeof previous.value !== 'number') return { previous: null, worse: 0, regressed: false }
  const before = previous.value
  if (f.goal.op === '==') {
    const regressed = f.value !== f.goal.value && f.value !== before
    return { previous: before, worse: regressed ? 1 : 0, regressed }
  }
  const delta = lowerIsBetter(f) ? f.value - before : before - f.value
  const worse = before === 0 ? (delta > 0 ? Infinity : 0) : delta / Math.abs(before)
  return { previous: before, worse, regressed: worse > f.tolerance }
}

/**
 * Saved figures of the sections that ran which this run did not measure (a figure renamed or
 * dropped): each said loudly, as a regression would be. `saved` is keyed by id.
 */
function notMeasured(saved, measured) {
  const ran = new Set(measured.map((f) => f.section))
  return Object.entries(saved).flatMap(([id, f]) =>
    ran.has(f.section) && !measured.some((m) => m.id === id) ? [{ id, ...f }] : []
  )
}

module.exports = { figure, line, compare, format, goalText, notMeasured }
