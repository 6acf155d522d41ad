// Public face of insertion (a contract path): insertIntoEditor and its content/result types, implemented in insert.ts.
export { insertIntoEditor } from './insert';
export type { InsertContent, InsertMethod, InsertResult, EditorKind } from './types';
export { insertResultSchema, insertContentSchema } from './types';
