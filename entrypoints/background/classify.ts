// Background side of classification: runs the classifier over the pack in use.
export function registerClassifyHandlers(): void {}
