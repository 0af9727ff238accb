import type { ExtractedDocument } from "../model";
import { InputError } from "../../errors";

// Placeholder until the pdf reader lands.
export async function readPdf(_bytes: Uint8Array): Promise<ExtractedDocument> {
  throw new InputError("internal", "pdf reader not implemented");
}
