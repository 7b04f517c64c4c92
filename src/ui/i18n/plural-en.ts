// English singular forms of the messages that count something ("1 warning", not "1 warnings").
// translate() takes one of these when Intl.PluralRules says the count is 'one'; the count is
// the message's {n}, else its {total}. Chinese has no singular (every count is 'other'), so its
// table is complete without one. Each form keeps its message's placeholders (i18n.test.ts).
import type { MessageKey } from './zh';

export const enSingular: Partial<Record<MessageKey, string>> = {
  lines: '{n} line',
  batchCorrectedCells: '{n} cell corrected in the inspector: this row counts as corrected',
  checksFailed: '{n} failed check',
  garblesFound: '{n} garble',
  bytes: '{n} byte',
  issueCount: '{n} issue',
  ilZeros: '{n} more is 0',
  ilBlankRules: '{n} rule cannot be checked',
  countFailed: '{n} failed rule',
  countUncertain: '{n} rule left open by blanks',
  countWarnings: '{n} warning',
  countNotes: '{n} reading note',
  countGarbles: '{n} garbled or odd character',
  countDuplicates: '{n} duplicated block',
  batchToWorkspace: 'Batch workspace ({n} report)',
  batchWorkers: '{n} parsing worker',
  batchCancelled: 'Cancelled: {done} / {total} report inspected, results kept.',
  batchDone: 'Done: {total} report in {time}.',
  batchRows: '{shown} / {total} report',
  batchChartsIndicator: 'Distribution of the {name} ({n} report with a value)',
  clearWorkspaceBody: 'This deletes the inputs, results and review notes of {n} report stored on this device. It cannot be undone.',
};
