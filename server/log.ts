/** Server log: JSON lines on stderr (stdout stays free for the CLI's --json output). */
import pino from "pino";

export const log = pino({ level: process.env.LOG_LEVEL ?? "info" }, pino.destination(2));
