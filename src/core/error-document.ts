// The one test of whether a document is an error document (an input that could not be read):
// the pipeline, the export, the batch summaries, the worker and the UI all ask it here.
import type { ErrorDocument, ReportDocument } from './types';

export function isErrorDocument(d: ReportDocument | ErrorDocument): d is ErrorDocument {
  return 'error' in d;
}
