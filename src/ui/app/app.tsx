// PLACEHOLDER shell (owned by the UI shell work).
export function App() {
  return <main><h1>勾稽 Gouji</h1></main>;
}
