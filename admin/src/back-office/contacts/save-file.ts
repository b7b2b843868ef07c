import type { DownloadedFile } from '../../lib/contacts-client';

/** Hands a downloaded file to the browser to save under its own name. */
export function saveFile(file: DownloadedFile): void {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // the download has its own copy once started; give slow browsers a moment
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
