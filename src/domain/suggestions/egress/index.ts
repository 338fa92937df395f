// The only ways a suggestion's data leaves the system: one allow-list projection for each
// (fields.ts names them and the fields each may carry). Cloud functions answer through these.
export * from './approval'
export * from './author'
export * from './fields'
export * from './outbound'
export * from './public'
export * from './staff'
export * from './words'
