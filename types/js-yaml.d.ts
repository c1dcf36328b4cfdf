/** The one function of js-yaml 4 the tests use (to read electron-builder.yml as electron-builder does). */
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
