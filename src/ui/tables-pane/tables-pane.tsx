// PLACEHOLDER (owned by the inspector work): the three tables beside the source.
export function TablesPane() {
  return <section aria-label="表格" />;
}
