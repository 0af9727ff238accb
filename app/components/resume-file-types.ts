/** The resume files the app reads (PDF, DOCX, legacy DOC), for file inputs and the checks made before sending. */
export const RESUME_EXTENSIONS = [".pdf", ".docx", ".doc"];

/** A file input's `accept`: the extensions and their media types. */
export const RESUME_ACCEPT = [
  ...RESUME_EXTENSIONS,
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/msword",
].join(",");
