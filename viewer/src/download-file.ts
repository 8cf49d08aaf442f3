/**
 * Saving a file from the browser
 * ==============================
 *
 * An object URL and a temporary `<a download>`; the URL is revoked once the
 * click has been handled.
 */

export function downloadFile(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
