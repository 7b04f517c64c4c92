// PLACEHOLDER (owned by the inspector work): failing checks and garbles, grouped.
export function IssuesList() {
  return <section aria-label="问题" />;
}
