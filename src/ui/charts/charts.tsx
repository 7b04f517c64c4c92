// PLACEHOLDER (owned by the inspector work): recharts of outcomes and applicants (lazy).
export function Charts() {
  return <section aria-label="图表" />;
}
