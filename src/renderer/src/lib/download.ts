/** Saves text as a file through the browser's download (works in Electron and browser mode). */
export function downloadText(name: string, content: string | Uint8Array, type = 'text/plain;charset=utf-8'): void {
  const blob = new Blob([content as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
