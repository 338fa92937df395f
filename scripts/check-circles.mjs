// `node scripts/check-circles.mjs`: fails when any import circle exists in the code (src/, server/,
// cloudfunctions/, scripts/). A circle makes load order decide whether a module sees its
// neighbour's declarations, and it is the first sign that a declaration lives in the wrong file:
// each one is cut by moving that declaration where it belongs (README, "Where do I put…").
//
// Type-only imports count too: none is needed, and a type that two modules import from each other
// has the same wrong home as a value would. Every file is read twice, as each build resolves
// `./x`: x.h5.ts first (the browser build, jest), then x.weapp.ts first (the WeChat build).
// import() counts as well: no such circle is needed either.
import { parseCircular, parseDependencyTree } from 'dpdm'
import { pathToFileURL } from 'node:url'

export const CHECKED = ['src/**/*.{ts,tsx}', 'server/**/*.ts', 'cloudfunctions/**/*.ts', 'scripts/**/*.{ts,mjs}']
const TAIL = ['.ts', '.tsx', '.mjs', '.js', '.json']
const PLATFORMS = { h5: ['.h5.ts', '.h5.tsx'], weapp: ['.weapp.ts', '.weapp.tsx'] }

// A circle read from its first file in name order, so each is told one way (paths relative to cwd).
const fromFirst = (circle) => {
  const start = circle.indexOf([...circle].sort()[0])
  return [...circle.slice(start), ...circle.slice(0, start)]
}

/** Every import circle among `globs` (relative to `cwd`), each as its files in order, once. */
export async function findCircles(cwd, globs = CHECKED) {
  const seen = new Map()
  for (const first of Object.values(PLATFORMS)) {
    const tree = await parseDependencyTree(globs, {
      cwd,
      context: cwd,
      extensions: [...first, ...TAIL],
      // The bundled cloudfunctions/<name>/index.js are build output, not code.
      exclude: /node_modules|cloudfunctions\/[^/]+\/index\.js$/,
      transform: false,
      skipDynamicImports: false
    })
    for (const circle of parseCircular(tree)) seen.set([...circle].sort().join(' '), fromFirst(circle))
  }
  return [...seen.values()]
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const circles = await findCircles(process.cwd())
  if (circles.length) {
    console.error(`${circles.length} import circle(s); cut each by moving one declaration to where it belongs:`)
    for (const c of circles) console.error(`  ${[...c, c[0]].join(' → ')}`)
    process.exit(1)
  }
  console.log('import circles: 0')
}
