/** `data/<name>.json?with-quotes`: the whole dataset file, quotes included (see scripts/build.mjs). */
declare module '*.json?with-quotes' {
  const data: unknown;
  export default data;
}
