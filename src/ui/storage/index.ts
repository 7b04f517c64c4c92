// The persistence module: one IndexedDB database with versioned object stores (see db.ts).
export type { WorkspaceRecord, InputRecord, ReportRecord, RowRecord, ReviewRecord, SingleSession, ViewSession, UnreadableMember } from './db';
export { DB_NAME, DB_VERSION, openGoujiDb, closeGoujiDb } from './db';
export { loadWorkspace, saveWorkspace, replaceWorkspace, putInput, getInput, listInputKeys, putResult, putRow, getReport, listRows, nextReadSize, clearWorkspace } from './workspace';
export { getReview, putReview, deleteReview, listReviews, workspaceReviewKey, reportReviewKey, getReportReview, putReportReview, textFingerprint } from './reviews';
export { getSession, putSession, deleteSession } from './session';
export { requestPersistence, readUsage, quotaWarning, isQuotaError, QUOTA_WARNING_RATIO, type StorageUsage } from './quota';
