// Saves an export through the page itself (a blob link with `download`): it works the same in the
// extension's page and in the web build from file://, and asks for no permission.
export function saveFile(fileName: string, data: Uint8Array | string): void {
  const blob = new Blob([data as BlobPart], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
