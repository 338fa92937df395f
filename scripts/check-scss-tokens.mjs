// Every colour comes from the design tokens: a colour written into a style file (hex, rgb(a),
// hsl(a) and the other colour functions, or a named colour such as `white`) cannot follow dark
// mode or 关怀模式, which only switch the CSS variables set in src/components/ui/tokens.scss.
// Run by `npm run lint` and by the lint step of `npm test`:
//   node scripts/check-scss-tokens.mjs [folder]    (default: src)
// Prints each colour literal found outside the tokens file with its place and exits 1.
// `transparent` and `currentColor` are not colours of the theme and stay allowed.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

// The repository root: this file's folder's parent.
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..')
const TOKENS = join('components', 'ui', 'tokens.scss')

// CSS Color Module 4 named colours (without transparent and currentcolor).
const NAMED = `aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue
blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan
darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen
darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey
darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite
forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink
indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral
lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen
lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen magenta
maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue
mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin
navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen
paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red
rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue
slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white
whitesmoke yellow yellowgreen`.split(/\s+/)

const HEX = /#[0-9a-f]{3,8}(?![\w-])/gi
const FUNCTION = /(?<![\w-])(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix)\(/gi
const NAMED_WORD = new RegExp(`(?<![\\w$-])(${NAMED.join('|')})(?![\\w-])`, 'gi')

/** Comments, strings and url()s blanked out, keeping every line break so line numbers hold. */
function blankNonCode(text) {
  return text.replace(/\/\*[\s\S]*?\*\/|(?<![:\w])\/\/[^\n]*|"[^"\n]*"|'[^'\n]*'|url\([^)]*\)/g, (m) =>
    m.replace(/[^\n]/g, ' ')
  )
}

/** The colour literals in one SCSS text: [{ line, literal }]. */
export function colourLiterals(text) {
  // `#{$x}` interpolation is not a block: blank it before splitting into statements.
  const code = blankNonCode(text).replace(/#\{[^}]*\}/g, (m) => 'x'.repeat(m.length))
  const found = []
  let start = 0
  for (const match of code.matchAll(/[;{}]/g)) {
    const statement = code.slice(start, match.index)
    const offset = start
    start = match.index + 1
    // A statement ended by `{` is a selector or an at-rule head: class names such as `--green` are fine.
    if (match[0] === '{') continue
    const colon = statement.indexOf(':')
    if (colon < 0) continue
    // The value only: variable names and custom properties may say a colour's name.
    const value = statement.slice(colon + 1).replace(/\$[\w-]+|--[\w-]+/g, (m) => ' '.repeat(m.length))
    for (const re of [HEX, FUNCTION, NAMED_WORD]) {
      for (const hit of value.matchAll(re)) {
        const at = offset + colon + 1 + hit.index
        found.push({ line: code.slice(0, at).split('\n').length, literal: hit[0].replace(/\($/, '(…)') })
      }
    }
  }
  return found.sort((a, b) => a.line - b.line)
}

function scssFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : scssFiles(path)
    return e.name.endsWith('.scss') ? [path] : []
  })
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? join(ROOT, 'src'))
  const problems = scssFiles(dir)
    .filter((file) => !relative(dir, file).endsWith(TOKENS))
    .flatMap((file) =>
      colourLiterals(readFileSync(file, 'utf8')).map(
        ({ line, literal }) => `${relative(ROOT, file).split(sep).join('/')}:${line}  ${literal}`
      )
    )
  if (problems.length) {
    console.error(
      `Colour literals outside src/${TOKENS.split(sep).join('/')} (dark mode and 关怀模式 cannot switch them;` +
        ` use a var(--color-…) token, adding one there with its dark and care values):\n  ${problems.join('\n  ')}`
    )
    process.exit(1)
  }
}
