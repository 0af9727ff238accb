import type { ExtractedDocument } from "../model";
import { InputError } from "../../errors";

// Placeholder until the doc reader lands.
export async function readDoc(_bytes: Uint8Array): Promise<ExtractedDocument> {
  throw new InputError("internal", "doc reader not implemented");
}
