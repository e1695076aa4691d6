/**
 * The scrolly enhancement. Without it every step shows its own figure
 * inline; with it the figures move into the sticky graphic and the one for
 * the active step is shown. All state comes from `activeStep`, recomputed
 * from the steps' positions, never accumulated from events.
 *
 * A figure's source links and data table stay in its step: the sticky
 * graphic comes before every step in the document, so anything focusable
 * left in it would be out of the keyboard's reach for all but the first step.
 */
import { activeStep, figureVisibility } from '../lib/story/scrolly-state.ts';

/** Moves the figure's links and data table out of the figure, so they stay in its step (just before the share controls) when the figure moves. */
function keepInStep(figure: HTMLElement): void {
  const interactive = [...figure.querySelectorAll<HTMLElement>('.chart-source, .chart-table')];
  if (interactive.length === 0) return;
  const holder = document.createElement('div');
  holder.className = 'step-chart-links';
  holder.append(...interactive);
  figure.after(holder);
}

function enhance(root: HTMLElement): void {
  const graphic = root.querySelector<HTMLElement>('.scrolly-graphic');
  const steps = [...root.querySelectorAll<HTMLElement>('.step')];
  const figures = steps.map((step) => step.querySelector<HTMLElement>('.step-figure'));
  if (!graphic || steps.length === 0 || figures.some((f) => f === null)) return;
  // story.css lays the scrolly out under `(scripting: enabled)`; a browser that does not know the
  // feature keeps the plain column, figures inline, so the script leaves them where they are.
  if (!matchMedia('(scripting: enabled)').matches) return;
  for (const figure of figures) keepInStep(figure!);
  for (const figure of figures) graphic.append(figure!);
  root.dataset.scrolly = 'on';

  let current = -1;
  const show = (active: number) => {
    if (active === current) return;
    current = active;
    figureVisibility(figures.length, active).forEach((visible, i) => { figures[i]!.hidden = !visible; });
    steps.forEach((step, i) => step.toggleAttribute('data-active', i === active));
    fitGraphic();
  };
  // A chart taller than the screen (phones) sticks by its bottom edge, so all of it can be read.
  const fitGraphic = () => { graphic.style.top = `${Math.min(0, window.innerHeight - graphic.offsetHeight)}px`; };
  const update = () => show(activeStep(steps.map((s) => s.getBoundingClientRect()), window.innerHeight));

  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; update(); });
  };
  const observer = new IntersectionObserver(schedule, { rootMargin: '-50% 0px -50% 0px' });
  for (const step of steps) observer.observe(step);
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', () => { fitGraphic(); schedule(); });
  window.addEventListener('hashchange', schedule);
  // Keyboard readers move step by step; the focused step wins.
  steps.forEach((step, i) => step.addEventListener('focusin', () => show(i)));
  update();
}

const root = document.querySelector<HTMLElement>('.scrolly');
if (root) enhance(root);
