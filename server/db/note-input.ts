/** A note's text: trimmed, 1 to 10 000 characters. */
import { z } from "zod";

export const MAX_NOTE_CHARS = 10_000;

export const noteInputSchema = z.object({
  body: z.string().trim().min(1, "Write something first.").max(MAX_NOTE_CHARS, `A note may have at most ${MAX_NOTE_CHARS} characters.`),
});
