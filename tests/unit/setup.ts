// Unit-test setup: an in-memory IndexedDB for Dexie.
import 'fake-indexeddb/auto';
