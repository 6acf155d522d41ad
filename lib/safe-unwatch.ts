// Wraps a storage unwatch function so that calling it after an extension reload (context invalidated) does not throw.
export function safeUnwatch(unwatch: () => void): () => void {
  return () => {
    // After an extension reload the old content script's storage API throws « Extension context invalidated »: its listeners died with it.
    try {
      unwatch();
    } catch {
      // Nothing left to unsubscribe.
    }
  };
}
