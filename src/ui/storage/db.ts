// The database lives beside the workers that write it (src/worker/idb); the page's way in.
export * from '../../worker/idb/db';
