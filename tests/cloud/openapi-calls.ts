// Test support: which WeChat openapi each cloud function can call, read from its sources with
// TypeScript's type checker, to compare with what its config.json declares.
//
// A function calls an openapi in one of two ways:
// - directly: `<…>.openapi.<namespace>.<method>(…)` in any module the function's entry reaches;
// - through a service interface: server/adapters' WeChat adapters implement an interface method
//   (ContentChecker.checkText, Notifier.send, …) with an openapi call, and every function's entry
//   builds those adapters (server/adapters/wechat.ts). So the adapter's openapi counts for a
//   function only where the function's own modules call that interface method.
// Reachability is by module: a module the entry imports, directly or not, counts whole.
import { dirname, relative } from 'node:path'
import ts from 'typescript'

export interface OpenapiUse {
  /** <namespace>.<method>, as config.json's permissions.openapi names it. */
  api: string
  /** file:line of each call that needs it (relative to `root`). */
  sites: string[]
}

interface ModuleFacts {
  imports: string[]
  /** Direct openapi calls outside any interface implementation. */
  direct: Array<{ api: string; site: string }>
  /** Interface members implemented by an openapi call: member key → api. */
  implementations: Array<{ member: string; api: string }>
  /** Calls of interface members (key as in implementations), with their site. */
  memberCalls: Array<{ member: string; site: string }>
}

/** `…openapi.<ns>.<method>` as a callee: the api name, or null. */
function openapiName(callee: ts.Expression): string | null {
  if (!ts.isPropertyAccessExpression(callee)) return null
  const ns = callee.expression
  if (!ts.isPropertyAccessExpression(ns)) return null
  const holder = ns.expression
  const holderName = ts.isIdentifier(holder)
    ? holder.text
    : ts.isPropertyAccessExpression(holder)
      ? holder.name.text
      : null
  return holderName === 'openapi' ? `${ns.name.text}.${callee.name.text}` : null
}

/** The interface member a symbol is declared as, as "<file>#<Interface>.<member>"; null otherwise. */
function memberKey(symbol: ts.Symbol | undefined): string | null {
  const decl = symbol?.declarations?.[0]
  if (!decl || !ts.isInterfaceDeclaration(decl.parent)) return null
  return `${decl.getSourceFile().fileName}#${decl.parent.name.text}.${symbol!.name}`
}

/** The interface member an openapi call's enclosing object-literal method implements, if any. */
function implementedMember(node: ts.Node, checker: ts.TypeChecker): string | null {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    const isMethod =
      (ts.isMethodDeclaration(n) || ts.isPropertyAssignment(n) || ts.isGetAccessorDeclaration(n)) &&
      ts.isObjectLiteralExpression(n.parent)
    if (!isMethod) continue
    const literal = n.parent as ts.ObjectLiteralExpression
    const name = (n as ts.MethodDeclaration).name
    const type = checker.getContextualType(literal)
    if (!type || !ts.isIdentifier(name)) return null
    return memberKey(type.getProperty(name.text))
  }
  return null
}

function factsOf(file: ts.SourceFile, program: ts.Program, root: string): ModuleFacts {
  const checker = program.getTypeChecker()
  const facts: ModuleFacts = { imports: [], direct: [], implementations: [], memberCalls: [] }
  const site = (node: ts.Node) =>
    `${relative(root, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      const spec = (node.moduleSpecifier as ts.StringLiteral).text
      const resolved = ts.resolveModuleName(spec, file.fileName, program.getCompilerOptions(), ts.sys).resolvedModule
      if (resolved && !resolved.isExternalLibraryImport && !resolved.resolvedFileName.endsWith('.d.ts'))
        facts.imports.push(resolved.resolvedFileName)
    }
    if (ts.isCallExpression(node)) {
      const api = openapiName(node.expression)
      if (api) {
        const member = implementedMember(node, checker)
        if (member) facts.implementations.push({ member, api })
        else facts.direct.push({ api, site: site(node) })
      } else if (ts.isPropertyAccessExpression(node.expression)) {
        const member = memberKey(checker.getSymbolAtLocation(node.expression.name))
        if (member) facts.memberCalls.push({ member, site: site(node) })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return facts
}

/**
 * For each entry file (a cloud function's index.ts), the openapis its code can call, sorted by
 * name. `options` are the compiler options the sources build with.
 */
export function openapiCalls(
  entries: Record<string, string>,
  options: ts.CompilerOptions,
  root = dirname(Object.values(entries)[0])
): Record<string, OpenapiUse[]> {
  const program = ts.createProgram(Object.values(entries), { ...options, noEmit: true })
  const cache = new Map<string, ModuleFacts>()
  const facts = (fileName: string) => {
    let f = cache.get(fileName)
    if (!f) {
      const source = program.getSourceFile(fileName)
      f = source ? factsOf(source, program, root) : { imports: [], direct: [], implementations: [], memberCalls: [] }
      cache.set(fileName, f)
    }
    return f
  }
  const result: Record<string, OpenapiUse[]> = {}
  for (const [name, entry] of Object.entries(entries)) {
    const reached = new Set<string>([entry])
    for (const file of reached) for (const next of facts(file).imports) reached.add(next)
    const modules = [...reached].map(facts)
    const implementedBy = new Map(modules.flatMap((m) => m.implementations.map((i) => [i.member, i.api] as const)))
    const uses = new Map<string, string[]>()
    const add = (api: string, where: string) => uses.set(api, [...(uses.get(api) ?? []), where])
    for (const m of modules) {
      for (const d of m.direct) add(d.api, d.site)
      for (const c of m.memberCalls) {
        const api = implementedBy.get(c.member)
        if (api) add(api, c.site)
      }
    }
    result[name] = [...uses.entries()]
      .map(([api, sites]) => ({ api, sites: sites.sort() }))
      .sort((a, b) => a.api.localeCompare(b.api))
  }
  return result
}

/** The project's compiler options (tsconfig.json). */
export function projectCompilerOptions(tsconfigPath: string): ts.CompilerOptions {
  const read = ts.readConfigFile(tsconfigPath, ts.sys.readFile)
  return ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(tsconfigPath)).options
}
