import type { ExtractedDocument } from "../model";
import { InputError } from "../../errors";

// Placeholder until the docx reader lands.
export async function readDocx(_bytes: Uint8Array): Promise<ExtractedDocument> {
  throw new InputError("internal", "docx reader not implemented");
}
