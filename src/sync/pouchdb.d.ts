/**
 * The PouchDB modules as Jianbao loads them. Typed through src/sync/pouch.ts's PouchDatabase (a cast
 * at construction) rather than @types/pouchdb-*, whose global `Buffer` interface breaks Node's.
 */
declare module 'pouchdb-browser' {
  const PouchDB: new (name: string, options?: Record<string, unknown>) => unknown;
  export default PouchDB;
}

declare module 'pouchdb-core' {
  interface PouchStatic {
    new (name: string, options?: Record<string, unknown>): unknown;
    plugin(plugin: unknown): PouchStatic;
  }
  const PouchDB: PouchStatic;
  export default PouchDB;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
