// Module-resolution hook for the smoke test: `electron` resolves to the recording double.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: new URL('./electronModule.ts', import.meta.url).href, shortCircuit: true };
  return nextResolve(specifier, context);
}
