/** The notes database's name and latest version, apart from db.ts so that early-read.ts needs no Dexie. */
export const NOTES_DB_NAME = 'sourcelight';
/** The latest `db.version(n)` in db.ts (a test checks they agree). */
export const NOTES_DB_VERSION = 4;
/** Dexie opens version n as IndexedDB version 10n (it allows fractional versions). */
export const NOTES_IDB_VERSION = NOTES_DB_VERSION * 10;
