// Node-only entry for the companion mock server. The library's browser entry never imports this folder.
export { createMockServer, MAX_BODY_BYTES } from './createMockServer';
export { DEFAULT_ALLOWED_ORIGINS } from './corsPolicy';
export { parseStoreData, emptyStore, STORE_FORMAT } from './storeData';
export { StoreFileError } from './storeFile';
export { wallTimeToInstant, formatInTimeZone, EASTERN_TIME_ZONE } from './zonedTime';
export type { MockServer, MockServerOptions } from './createMockServer';
export type { AdminToken } from './adminTokens';
export type { AdminState, OutageView, WindowView, WindowPhase } from './adminState';
export type { AuditEntry, StoreData, StoredOutage, StoredWindow } from './storeData';
