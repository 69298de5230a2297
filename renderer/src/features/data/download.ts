/** Saving text as a file from the page: a Blob, an object URL and a click on an `<a download>`. */
export function downloadTextFile(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; the URL is not needed afterwards.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Characters Windows, macOS or Linux refuse in a file name (control characters included, on purpose). */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]+/g;

/** `<household-name>.datapool.json`, with what no file system accepts replaced. */
export function scenarioFileName(householdName: string): string {
  const base = householdName.replace(UNSAFE, '-').replace(/^[\s.]+|[\s.]+$/g, '') || 'household';
  return `${base}.datapool.json`;
}

/** The name a household imported from `fileName` gets when the file names none. */
export function householdNameOfFile(fileName: string): string {
  return fileName
    .replace(/\.datapool\.json$/i, '')
    .replace(/\.json$/i, '')
    .trim();
}
