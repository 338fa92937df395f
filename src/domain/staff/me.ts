// What the staff pages may show for a caller: role, area, capabilities and workflow steps (all
// off for a citizen). whoami carries it: the app's one identity source, asked once.
import { ROLE_LABELS, type Caller, type Role } from '../roles'
import type { StaffMe } from './api'
import { capabilities, scopeView } from './permissions'
import { TRANSITIONS } from './workflow'

/** `departmentName`: a department's staff see it as their area (the function looks it up). */
export function staffMe(caller: Caller, departmentName?: string): StaffMe {
  return {
    role: caller.role,
    roleLabel: ROLE_LABELS[caller.role],
    ...(caller.name ? { name: caller.name } : {}),
    scope: scopeView(caller, departmentName),
    can: capabilities(caller),
    transitions: TRANSITIONS.filter((t) => (t.roles as readonly Role[]).includes(caller.role)).map((t) => ({
      from: t.from,
      to: t.to,
      reasonRequired: Boolean(t.reasonRequired)
    }))
  }
}
