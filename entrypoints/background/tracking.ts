// Background side of tracking: the log of solicitations in the Dexie database.
export function registerTrackingHandlers(): void {}
