/**
 * Types for the one `natural` submodule we use. Importing natural's index would load its whole
 * toolkit (and optional native dependencies); the Porter stemmer is a plain CommonJS file.
 */
declare module "natural/lib/natural/stemmers/porter_stemmer" {
  interface PorterStemmer {
    stem(token: string): string;
    /** Porter step 1a: plurals ("-sses", "-ies", "-s"). */
    step1a(token: string): string;
    /** Porter step 1b: "-eed", "-ed", "-ing", with the e/double-consonant repairs. */
    step1b(token: string): string;
    /** Porter step 1c: terminal "y" → "i" after a vowel-containing stem. */
    step1c(token: string): string;
    /** Porter step 5a: a final "e" dropped. */
    step5a(token: string): string;
  }
  const stemmer: PorterStemmer;
  export default stemmer;
}
