// Text from a HAR is the page's (or an attacker's) text, and the CLI prints it to a terminal, which
// obeys control sequences: OSC 52 writes the clipboard (`ESC ] 52 ; c ; … BEL`), CSI clears the
// screen or moves the cursor, a C1 byte such as U+009B is a CSI on its own in many terminals, `\r`
// overwrites what was printed, and bidi controls (U+202E…) make text read in another order than it
// is. Each such character is written as its `\uXXXX` escape instead: visible, and unambiguous.
//
// The same escape serves JSON. In JSON.stringify's output every one of these characters can only be
// inside a string (the structure is ASCII, and C0 controls in strings are already escaped; DEL, C1
// and bidi controls are left raw), and inside a JSON string `\u009b` is the same value as the raw
// character. So the CLI's output can be made safe without knowing whether it is JSON.

/** C0 controls but tab and newline, DEL, C1 controls, and the bidi marks, embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same, plus the line breaks and tabs that would let one value forge a row or a line of its own. */
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Any text for a terminal: lines and tabs stay, every other control character is escaped. */
export const terminalText = (text: string): string => text.replace(UNSAFE, escape);

/** JSON for a terminal: the same escape, so still valid JSON that parses to the same values. */
export const terminalSafeJson: (json: string) => string = terminalText;

/** One value inside a table cell or a line: nothing in it can start a line of its own. */
export const terminalLine = (text: string): string => text.replace(UNSAFE_IN_LINE, escape);

export interface TextOut {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Wraps the CLI's output so that nothing it prints, whichever command, reaches the terminal raw. */
export function terminalOutput(sink: TextOut): TextOut {
  return { out: (text) => sink.out(terminalText(text)), err: (text) => sink.err(terminalText(text)) };
}
