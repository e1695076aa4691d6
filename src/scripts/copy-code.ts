/**
 * Copy buttons for embed codes. Without JavaScript the buttons stay hidden
 * and the code is selected by hand; with it, one click copies the code, or,
 * where the clipboard is out of reach (a page served without HTTPS), selects
 * it, and a status line says which.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-code')) {
  const code = document.getElementById(button.dataset.copy ?? '');
  const status = button.parentElement?.querySelector<HTMLElement>('.copy-status');
  if (!(code instanceof HTMLTextAreaElement) || !status) continue;
  button.parentElement!.hidden = false;
  button.addEventListener('click', async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(code.value);
      status.textContent = button.dataset.copied ?? '';
    } catch {
      code.focus();
      code.select();
      status.textContent = button.dataset.failed ?? '';
    }
  });
}
