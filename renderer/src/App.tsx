/** Placeholder until the break player lands (renderer issue). */
export function App() {
  return (
    <main>
      <h1>Breakwise</h1>
      <p>Your break will appear here.</p>
    </main>
  );
}
