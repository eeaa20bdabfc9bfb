// The hyphen package ships no types for its engine.
declare module "hyphen/hyphen.js" {
  function createHyphenator(patterns: unknown, options: { hyphenChar: string; minWordLength: number }): (text: string) => string;
  export default createHyphenator;
}
