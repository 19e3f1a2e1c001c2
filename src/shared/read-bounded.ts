// Reads at most `maxChars` of a response's text and cancels the rest: a hostile or huge answer
// costs no more than a small one. Works with the browser's fetch and Node's alike.
export async function readBoundedText(response: Response, maxChars: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (text.length < maxChars) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel().catch(() => undefined);
  return text.slice(0, maxChars);
}
