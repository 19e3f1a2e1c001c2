// The port an extension page holds open while it waits for the worker's answer (popup/api.ts).
// Apart from messages.ts, so the popup does not load zod for one string.
export const WATCH_PORT = 'faultline-watch';
