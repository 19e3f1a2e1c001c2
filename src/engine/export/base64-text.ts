// Base64 that holds text: decoded strictly (valid UTF-8, no control bytes a text would not have),
// so a binary body or a random run that happens to decode is left alone.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The text a base64 (or base64url, unpadded) string decodes to, or undefined when it is not text. */
export function base64ToText(b64: string): string | undefined {
  const standard = b64.replace(/\s/g, '').replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (standard.length % 4 === 1) return undefined;
  let binary: string;
  try {
    binary = atob(standard + '='.repeat((4 - (standard.length % 4)) % 4));
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  try {
    const text = UTF8.decode(bytes);
    // Valid UTF-8 with NULs or other low controls is binary that happens to decode (a small image, a protobuf).
    return /[\u0000-\u0008\u000e-\u001f]/.test(text) ? undefined : text;
  } catch {
    return undefined;
  }
}
