// Structured input from a client (a policy version, imported rows) is walked by validators that
// recurse; a document nested thousands deep would overflow the stack (an INTERNAL error instead of
// a reason). Its depth and size are checked first, without recursion, with a reason in words.

export const JSON_LIMITS = { depth: 32, nodes: 100_000 } as const

/** Why the value is too deep or too large to read, or null when it is within the limits. */
export function jsonBoundsProblem(
  value: unknown,
  limits: { depth: number; nodes: number } = JSON_LIMITS
): string | null {
  const stack: Array<[unknown, number]> = [[value, 1]]
  let nodes = 0
  while (stack.length) {
    const [v, depth] = stack.pop()!
    nodes += 1
    if (nodes > limits.nodes) return `内容太大（最多 ${limits.nodes} 项），请分批提交`
    if (v === null || typeof v !== 'object') continue
    if (depth > limits.depth) return `内容的层数太多（最多 ${limits.depth} 层），请检查文件格式`
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1])
  }
  return null
}
