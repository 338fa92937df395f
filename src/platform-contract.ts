// Platform pairs (x.weapp.ts(x) for WeChat, x.h5.ts(x) for the browser, picked by Taro at build
// time) share one contract each, in the pair's `-types` file: what callers may use, written as
// function-typed properties so that parameters are checked both ways. That file names both files
// of the pair with Implements, so tsc fails there as soon as either drifts from the contract; the
// callers are checked against both (tsconfig.json resolves .h5, tsconfig.weapp.json .weapp).

/** Compiles only when `Module` (a `typeof import('./x.weapp')`) offers everything `Contract` names. */
export type Implements<Contract, Module extends Contract> = [Contract, Module]
