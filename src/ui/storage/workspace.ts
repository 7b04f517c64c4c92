// The workspace's stores, written by the pool workers and read by the page (src/worker/idb).
export * from '../../worker/idb/workspace';
