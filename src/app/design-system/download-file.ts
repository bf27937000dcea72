/** Hands a file to the browser's own download, so the data leaves the device only by this explicit act. */
export function downloadFile(name: string, content: string | Uint8Array<ArrayBuffer>, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
