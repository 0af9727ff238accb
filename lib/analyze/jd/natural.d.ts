/**
 * Types for the `natural` submodules this folder uses. Importing natural's index would load its
 * whole toolkit; these are plain CommonJS files. (The Porter stemmer's types live in
 * ../keywords/porter-stemmer.d.ts.)
 */
declare module "natural/lib/natural/tfidf/tfidf" {
  /** A document as natural stores it: term → frequency (plus its `__key`). */
  type TfIdfDocument = Record<string, number>;
  class TfIdf {
    /** `deserialized.documents` is adopted as the corpus (frequency maps built earlier). */
    constructor(deserialized?: { documents: TfIdfDocument[] });
    documents: TfIdfDocument[];
    /** Array input is taken as terms as they are: no tokenising, no stop words removed. */
    addDocument(document: string[], key?: unknown): void;
    /** 1 + ln(N / (1 + documents containing the term)). */
    idf(term: string, force?: boolean): number;
    tfidf(terms: string[], d: number): number;
  }
  export default TfIdf;
}

declare module "natural/lib/natural/util/stopwords" {
  export const words: string[];
}
