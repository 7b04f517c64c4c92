// opencc-js ships its dictionaries as ES modules exporting "a b|c d" strings, without types.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
