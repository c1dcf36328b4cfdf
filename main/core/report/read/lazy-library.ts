/**
 * A library loaded when first needed, by `import()`: its exports, however it was loaded. Under Node a
 * package that is an ES module gives them as the module's names (linkedom), a CommonJS package as its
 * default (@mozilla/readability); in the desktop app each reader library is a CommonJS bundle of its own
 * (scripts/build-electron.ts), whose names Node cannot see, so they are under its default too.
 */
export function exportsOf<T extends object>(loaded: T | { readonly default: T }): T {
  return 'default' in loaded && typeof loaded.default === 'object' && loaded.default !== null ? loaded.default : (loaded as T);
}
