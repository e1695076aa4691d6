/**
 * The previewer's controls: the preview width, and the theme, which also
 * goes into the embed code (`?theme=dark` for a host with a dark page).
 */
const form = document.querySelector<HTMLFormElement>('form.embed-controls');
if (form) {
  form.hidden = false;
  const frames = [...document.querySelectorAll<HTMLIFrameElement>('.embed-preview iframe')];
  const apply = () => {
    const width = (form.elements.namedItem('width') as HTMLSelectElement).value;
    const theme = (form.elements.namedItem('theme') as HTMLSelectElement).value;
    const query = theme ? `?theme=${theme}` : '';
    for (const frame of frames) {
      frame.parentElement!.style.maxWidth = width ? `${width}px` : '';
      const src = `${frame.dataset.src ?? ''}${query}`;
      if (frame.getAttribute('src') !== src) frame.setAttribute('src', src);
      const code = frame.closest('.embed-entry')?.querySelector<HTMLTextAreaElement>('.embed-code');
      const absolute = frame.dataset.absolute;
      if (code && absolute) code.value = code.defaultValue.replace(`src="${absolute}"`, `src="${absolute}${query}"`);
    }
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
}
